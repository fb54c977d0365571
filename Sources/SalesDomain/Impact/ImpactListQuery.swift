/// Which page of the interventions a viewer may read the impact list shows: a leader's markets
/// hold tens of thousands, so the page and the API answer one window of them and say of how many.
public typealias ImpactListQuery = ListPage
