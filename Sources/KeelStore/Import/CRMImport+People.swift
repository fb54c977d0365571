import FluentKit
import Foundation
import KeelImport
import SalesDomain

extension CRMImport {
    /// Sellers from a CRM's team list. Each office becomes a top-level team and each manager a
    /// team below it, led by that manager; sellers join their manager's team. People are
    /// matched by e-mail address: a known person is moved or renamed (keeping history), a new
    /// one is added as a seller who can't sign in until given a password.
    public func importPeople(_ stream: RecordStream<PersonRecord>, options: Options) async throws -> ImportSummary {
        let organization = organizationID
        let mapping = stream.binding.mapping
        return try await run(.people, options, reading: stream.dialect) { database, _, summary in
            let directory = Directory(database: database, organizationID: organization)
            var teams = try await directory.teams()
            var placedManagers: Set<String> = []

            func team(named name: String, under parent: Team.ID?) async throws -> Team {
                if let found = teams.first(where: { $0.name == name && $0.parentID == parent && $0.isActive }) { return found }
                let created = try await directory.addTeam(TeamDraft(name: name, parentID: parent, marketID: nil), actor: options.actor, at: options.asOf)
                teams.append(created)
                return created
            }

            func person(email: String) async throws -> Person? {
                guard let model = try await PersonModel.query(on: database)
                    .filter(\.$organizationID == organization.rawValue).filter(\.$email == email).first()
                else { return nil }
                return try await directory.person(.init(model.id!))
            }

            /// Adds or moves someone; returns whether anything changed.
            func place(name: String, email: String, team: Team.ID?, job: JobRole, access: AccessRole) async throws -> (inserted: Bool, changed: Bool) {
                if let existing = try await person(email: email) {
                    guard existing.name != name || existing.teamID != team else { return (false, false) }
                    let draft = PersonDraft(name: name, email: email, jobRole: existing.jobRole, accessRole: existing.accessRole,
                                            teamID: team,
                                            marketID: PersonDraft.market(keeping: existing.marketID, movingTo: teams.first { $0.id == team }),
                                            leaderMarketIDs: existing.leaderMarketIDs)
                    _ = try await directory.updatePerson(existing.id, with: draft, actor: options.actor, at: options.asOf)
                    return (false, true)
                }
                let draft = PersonDraft(name: name, email: email, jobRole: job, accessRole: access, teamID: team, marketID: nil)
                _ = try await directory.addPerson(draft, actor: options.actor, at: options.asOf)
                return (true, true)
            }

            try await Self.forEachRecord(in: stream, summary: &summary, key: { RecordKey(value: $0.email, field: .email, noun: "person") }) { record, summary in
                if summary.isRejected { return }
                var teamID: Team.ID?
                do {
                    let office = try await record.office.asyncMap { try await team(named: $0, under: nil) }
                    if let manager = record.manager {
                        let managerTeam = try await team(named: "Team \(manager)", under: office?.id)
                        teamID = managerTeam.id
                        if let pattern = mapping.emailPattern {
                            let managerEmail = try EmailAddress.normalize(EmailPattern.address(for: manager, pattern: pattern))
                            if placedManagers.insert(managerEmail).inserted {
                                let placed = try await place(name: manager, email: managerEmail, team: managerTeam.id, job: .salesManager, access: .manager)
                                if placed.inserted { summary.inserted += 1 } else if placed.changed { summary.updated += 1 }
                            }
                        }
                    } else {
                        teamID = office?.id
                    }
                    let placed = try await place(name: record.name, email: record.email, team: teamID, job: .accountExecutive, access: .seller)
                    if placed.inserted { summary.inserted += 1 } else if placed.changed { summary.updated += 1 } else { summary.unchanged += 1 }
                } catch {
                    guard let errors = [FieldError](refusal: error) else { throw error }
                    summary.add(errors.map {
                        RowProblem(line: record.line, column: nil, value: record.name, reason: $0.description, problem: $0.problem)
                    })
                }
            }
        }
    }
}

extension Optional {
    func asyncMap<Result>(_ transform: (Wrapped) async throws -> Result) async rethrows -> Result? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
