/// An open stage of a sales pipeline (`"prospecting"`, `"negotiation"` …).
///
/// Stages are the organization's (or CRM's) own, so this is a normalized code rather than an
/// enum. Won and lost are not stages but a deal's ``DealOutcome``: a closed deal keeps the stage
/// it was closed from, which is what conversion per stage needs.
///
/// Stages compare by code; use ``DealPipeline`` for the order deals move in.
public typealias DealStage = NormalizedCode<DealStageKind>

/// The tag that makes ``DealStage`` a kind of code of its own.
public enum DealStageKind {}
