import Foundation
import KeelStore
import SalesDomain

/// `/competence/role-profiles`: per framework, what each role is measured against — a profile
/// per job role, for all markets or one. Everyone reads them (a seller sees what their role
/// expects); leadership edits them and sets up a profile for a role that has none.
enum RoleProfilesPage {
    struct Row: Sendable {
        var profile: RoleProfile
        var market: Market?
    }

    struct Model: Sendable {
        /// The newest published version of each framework, the most recently published first.
        var frameworks: [CompetencyFramework]
        /// The one whose profiles are shown; `nil` when nothing is published.
        var framework: CompetencyFramework?
        var rows: [Row]
        var markets: [Market]
    }

    /// What names a profile in element ids: `account_executive-all`, `sdr-{market id}`.
    static func key(_ jobRole: JobRole, _ market: Market.ID?) -> String {
        "\(jobRole.rawValue)-\(market?.description ?? "all")"
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return Layout.page(title: text(.roleProfilesTitle), context: context) {
            p { a(.href("/competence")) { text(.competenceBack) } }
            h1(.id("role-profiles-title")) { text(.roleProfilesTitle) }
            p(.class("meta")) { text(.roleProfilesIntro) }
            if let framework = model.framework {
                frameworkChoice(model, chosen: framework, context: context)
                profilesTable(model, framework: framework, context: context)
                if context.can(.configureRules) { newProfileForm(model, framework: framework, context: context) }
            } else {
                p(.id("no-published-framework")) { text(.roleProfilesNoFramework) }
            }
        }
    }

    static func frameworkChoice(_ model: Model, chosen: CompetencyFramework, context: PageContext) -> Node {
        let text = context.text
        return form(.method("get"), .action("/competence/role-profiles"), .class("inline"), .id("role-profiles-framework")) {
            label(.for("framework-choice")) { text(.frameworkLabel) }
            select(.id("framework-choice"), .name("framework")) {
                for framework in model.frameworks {
                    let name = "\(framework.name.text(in: text.language)) — v\(framework.version)"
                    if framework.id == chosen.id {
                        option(.value(framework.id.description), .selected) { name }
                    } else {
                        option(.value(framework.id.description)) { name }
                    }
                }
            }
            button(.type("submit"), .id("framework-show"), .class("secondary")) { text(.roleProfilesShow) }
        }
    }

    static func profilesTable(_ model: Model, framework: CompetencyFramework, context: PageContext) -> Node {
        let text = context.text
        let editable = context.can(.configureRules)
        return fragment {
            if model.rows.isEmpty {
                p(.id("no-role-profiles")) { text(.roleProfilesNone) }
            } else {
                div(.class("table-wrap")) {
                    table(.id("role-profiles")) {
                        RoleProfilePage.columnHeads(
                            [.columnJobRole, .columnMarket, .columnCompetencies] + (editable ? [.roleProfileEdit] : []), text: text)
                        tbody {
                            for row in model.rows {
                                let profile = row.profile
                                let key = key(profile.jobRole, profile.marketID)
                                tr(.id("role-profile-\(key)")) {
                                    td {
                                        a(.href(RoleProfilePage.path(.view, framework: framework.id, jobRole: profile.jobRole, market: profile.marketID)),
                                          .id("view-\(key)")) { text.name(of: profile.jobRole) }
                                    }
                                    td { row.market.map(text.market) ?? text(.roleProfilesAllMarkets) }
                                    td(.class("num")) { String(profile.entries.count) }
                                    if editable {
                                        td {
                                            a(.href(RoleProfilePage.path(.edit, framework: framework.id, jobRole: profile.jobRole, market: profile.marketID)),
                                              .id("edit-\(key)")) { text(.roleProfileEdit) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A GET form onto the edit page: a role and market that already have a profile open it, so
    /// the form cannot make a second one.
    static func newProfileForm(_ model: Model, framework: CompetencyFramework, context: PageContext) -> Node {
        let text = context.text
        return section(.class("card"), .id("role-profile-new")) {
            h2 { text(.roleProfileNewTitle) }
            p(.class("meta")) { text(.roleProfileNewIntro) }
            form(.method("get"), .action("/competence/role-profiles/edit"), .class("stacked")) {
                input(.type("hidden"), .name("framework"), .value(framework.id.description))
                label(.for("new-job-role")) { text(.columnJobRole) }
                select(.id("new-job-role"), .name("jobRole")) {
                    for role in JobRole.allCases where role.isSellingRole {
                        option(.value(role.rawValue)) { text.name(of: role) }
                    }
                }
                label(.for("new-market")) { text(.columnMarket) }
                select(.id("new-market"), .name("market")) {
                    option(.value("")) { text(.roleProfilesAllMarkets) }
                    for market in model.markets {
                        option(.value(market.id.description)) { text.market(market) }
                    }
                }
                button(.type("submit"), .id("role-profile-new-submit")) { text(.roleProfileNewSubmit) }
            }
        }
    }
}
