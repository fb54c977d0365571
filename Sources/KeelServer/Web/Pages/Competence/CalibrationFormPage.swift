import Foundation
import KeelStore
import SalesDomain

/// `/competence/calibrations/new`: leadership starts a calibration exercise — which managers
/// rate, which competencies of a published framework, and what they rate: people chosen from
/// their teams one by one or a whole team at once (`teams[]`, without script: the server brings
/// in the team's people, ``CalibrationCandidates``), or written or recorded cases that keep real
/// people out of it.
enum CalibrationFormPage {
    struct Model: Sendable {
        /// The latest published version of every framework.
        var frameworks: [CompetencyFramework]
        var framework: CompetencyFramework?
        /// Active managers and leaders: the people whose judgement calibration is about.
        var raters: [Person]
        /// Active people of the organization who can be calibrated, by team in the team tree's
        /// order, with who choosing a whole team brings in.
        var candidates: CalibrationCandidates
        /// What was typed when the form was refused, by field name.
        var entered: [String: String] = [:]
        var chosenCompetencies: Set<Competency.ID> = []
        var chosenRaters: Set<Person.ID> = []
        var chosenPeople: Set<Person.ID> = []
        var chosenTeams: Set<Team.ID> = []
        var errors: [FieldError] = []
    }

    static let nameField = "calibration-name"
    static let competenciesField = "competencies"
    static let ratersField = "raters"
    static let peopleField = "calibration-people"
    static let casesField = "calibration-cases"

    /// A whole team's choice, named as its checkbox is, so a problem with it links there.
    static func teamField(_ team: Team.ID) -> String { "team-\(team)" }

    static func isTeamField(_ field: String) -> Bool { field.hasPrefix("team-") }

    /// Where the summary links a problem: a team's to its checkbox, or where the team is listed
    /// when it offers none (out of reach, or nobody to bring in), else to the people list.
    static func anchors(_ model: Model) -> [String: String] {
        var anchors: [String: String] = [:]
        for error in model.errors where isTeamField(error.field) {
            let group = model.candidates.groups.first { $0.team.map { teamField($0.id) } == error.field }
            if group?.everyone.isEmpty ?? true {
                anchors[error.field] = group?.team.map { "team-group-\($0.id)" } ?? peopleField
            }
        }
        return anchors
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        return Layout.page(title: text(.calibrationNewTitle), context: context) {
            p { a(.href("/competence")) { text(.competenceBack) } }
            h1(.id("calibration-new-title")) { text(.calibrationNewTitle) }
            p(.class("meta")) { text(.calibrationNewIntro) }
            if !model.errors.isEmpty {
                let teamLabels = model.errors.filter { isTeamField($0.field) }.map { ($0.field, context.text(.calibrationPeople)) }
                FormErrorSummary.render(FormProblems(model.errors, text: context.text), labels: [
                    nameField: context.text(.calibrationName), competenciesField: context.text(
                        .calibrationCompetencies, ["framework": model.framework.map { "\($0.name.text(in: language)) v\($0.version)" } ?? ""]),
                    ratersField: context.text(.calibrationRaters), peopleField: context.text(.calibrationPeople),
                    casesField: context.text(.calibrationCases),
                ].merging(teamLabels, uniquingKeysWith: { first, _ in first }), context: context, anchors: anchors(model))
            }
            if model.frameworks.count > 1 {
                form(.method("get"), .action("/competence/calibrations/new"), .class("row card"), .id("calibration-framework-choice")) {
                    label {
                        text(.frameworkLabel)
                        select(.name("framework"), .id("calibration-framework")) {
                            for framework in model.frameworks {
                                Node.element("option", [.value(framework.reference.formValue)]
                                             + (framework.reference == model.framework?.reference ? [.selected] : []),
                                             [.text("\(framework.name.text(in: language)) v\(framework.version)")])
                            }
                        }
                    }
                    button(.type("submit")) { text(.calibrationChooseFramework) }
                }
            }
            if let framework = model.framework {
                form(.method("post"), .action("/competence/calibrations"), .class("stacked"), .id("calibration-form")) {
                    Layout.csrfField(context)
                    input(.type("hidden"), .name("framework"), .value(framework.reference.formValue))
                    label {
                        text(.calibrationName)
                        input(.type("text"), .name("name"), .id(nameField), .value(model.entered["name"] ?? ""), .required, Attribute("maxlength", "200"))
                    }
                    fieldset(.class("card"), .id(competenciesField)) {
                        legend { text(.calibrationCompetencies, ["framework": "\(framework.name.text(in: language)) v\(framework.version)"]) }
                        for area in framework.areas {
                            p(.class("meta")) { area.name.text(in: language) }
                            for competency in area.competencies {
                                label(.for("competency-\(competency.id)"), .class("check-row")) {
                                    Node.voidElement("input", [.type("checkbox"), .name("competencies[]"), .value(competency.id.description),
                                                           .id("competency-\(competency.id)")]
                                                 + (model.chosenCompetencies.contains(competency.id) ? [.checked] : []))
                                    span { competency.name.text(in: language) }
                                }
                            }
                        }
                    }
                    fieldset(.class("card"), .id(ratersField)) {
                        legend { text(.calibrationRaters) }
                        p(.class("meta")) { text(.calibrationRatersHint) }
                        for person in model.raters {
                            label(.for("rater-\(person.id)"), .class("check-row")) {
                                Node.voidElement("input", [.type("checkbox"), .name("raters[]"), .value(person.id.description), .id("rater-\(person.id)")]
                                             + (model.chosenRaters.contains(person.id) ? [.checked] : []))
                                span { "\(person.name) (\(person.email))" }
                            }
                        }
                    }
                    fieldset(.class("card"), .id("calibration-targets")) {
                        legend { text(.calibrationTargets) }
                        p(.class("meta")) { text(.calibrationTargetsHint) }
                        fieldset(.id(peopleField)) {
                            legend { text(.calibrationPeople) }
                            p(.class("meta")) { text(.calibrationTeamsHint) }
                            for group in model.candidates.groups {
                                // Indented by depth up to three steps, so a deep tree stays readable at 390 px.
                                div(.class("team-group team-depth-\(min(group.depth, 3))"), .id(group.team.map { "team-group-\($0.id)" } ?? "team-group-none")) {
                                    p(.class("team-heading")) { group.team?.name ?? text(.calibrationNoTeam) }
                                    if let team = group.team, !group.everyone.isEmpty {
                                        label(.for("team-\(team.id)"), .class("check-row team-choice")) {
                                            Node.voidElement("input", [.type("checkbox"), .name("teams[]"), .value(team.id.description), .id("team-\(team.id)")]
                                                         + (model.chosenTeams.contains(team.id) ? [.checked] : []))
                                            span { text(.calibrationEveryoneInTeam, ["team": team.name, "count": String(group.everyone.count)]) }
                                        }
                                    }
                                    let names = PersonLabels.labels(of: group.people)
                                    for person in group.people {
                                        label(.for("person-\(person.id)"), .class("check-row")) {
                                            Node.voidElement("input", [.type("checkbox"), .name("people[]"), .value(person.id.description),
                                                                   .id("person-\(person.id)")]
                                                         + (model.chosenPeople.contains(person.id) ? [.checked] : []))
                                            span { "\(names[person.id] ?? person.name) · \(text.name(of: person.jobRole))" }
                                        }
                                    }
                                }
                            }
                        }
                        label {
                            text(.calibrationCases)
                            Node.element("textarea", [.id(casesField), .name("cases"), Attribute("rows", "4")], [.text(model.entered["cases"] ?? "")])
                        }
                    }
                    button(.type("submit"), .id("calibration-create")) { text(.calibrationCreate) }
                }
            } else {
                p(.id("calibration-needs-framework")) { text(.cycleNeedsFramework) }
            }
        }
    }
}

