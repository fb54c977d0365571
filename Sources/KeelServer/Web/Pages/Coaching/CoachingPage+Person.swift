import SalesDomain

extension CoachingPage {
    /// One seller's own coaching: the sessions planned with them, their open next steps, and the
    /// sessions held since the first month shown — each session one click from its page, which
    /// shows the seller its notes and next steps, never the coach's private notes.
    static func person(_ coaching: SellerCoaching, overview: CoachingOverview, seller: Person.ID, context: PageContext) -> Node {
        let text = context.text
        let own = context.viewer?.id == seller
        let overdue = coaching.commitments.filter { $0.isOverdue(on: coaching.today) }.count
        return fragment {
            section(.class("card"), .id("coaching-upcoming")) {
                h2 { text(.coachingUpcomingTitle) }
                if coaching.upcoming.isEmpty {
                    p(.class("meta"), .id("coaching-no-upcoming")) { text(own ? .coachingNoUpcomingOwn : .coachingNothingPlanned) }
                } else {
                    ul(.class("plan")) {
                        for session in coaching.upcoming {
                            li(.id("coaching-upcoming-\(session.id)")) { sessionLink(session, coaching: coaching, overview: overview, context: context) }
                        }
                    }
                }
            }
            section(.class("card"), .id("coaching-commitments")) {
                h2 { text(own ? .startCommitmentsTitle : .coachingColumnOpenSteps) }
                if coaching.commitments.isEmpty {
                    p(.class("meta")) { text(.startNoCommitments) }
                } else {
                    p(.class("meta"), .id("coaching-commitments-count")) {
                        text(.coachingCommitmentsCount, ["count": String(coaching.commitments.count), "overdue": String(overdue)])
                    }
                    CommitmentList.render(
                        coaching.commitments, seller: seller, viewerCoaches: overview.viewerCoaches, today: coaching.today, names: coaching.names,
                        focusNames: overview.focusNames, returnTo: "/coaching?scope=person:\(seller)#coaching-commitments", context: context)
                }
            }
            section(.id("coaching-past")) {
                h2 { text(.coachingPastTitle, ["from": text.month(overview.months.lowerBound)]) }
                if coaching.past.isEmpty {
                    p(.class("meta"), .id("coaching-no-past")) { text(.coachingNoPast) }
                } else {
                    p(.class("meta")) { text(.coachingPastCaption, ["count": String(coaching.past.count)]) }
                    div(.class("table-wrap sticky-first")) {
                        table(.class("stacked")) {
                            thead {
                                tr {
                                    th(.scope("col")) { text(.coachingColumnSession) }
                                    th(.scope("col")) { text(.sessionFocus) }
                                    th(.scope("col")) { text(.coachingColumnCoach) }
                                    th(.scope("col")) { text(.columnStatus) }
                                }
                            }
                            tbody {
                                for session in coaching.past {
                                    tr(.id("coaching-past-\(session.id)")) {
                                        th(.scope("row")) {
                                            a(.href("/coaching/sessions/\(session.id)")) {
                                                FormDate.string(session.scheduledAt, in: context.calendar) + " · " + CoachingNames.type(session.type, text: text)
                                            }
                                        }
                                        td(.data("label", text(.sessionFocus))) {
                                            session.focus.map { CoachingNames.focus($0, names: overview.focusNames, text: text) } ?? "—"
                                        }
                                        td(.data("label", text(.coachingColumnCoach))) { coaching.names[session.coachID] ?? "—" }
                                        td(.data("label", text(.columnStatus))) {
                                            session.status == .completed ? CoachingNames.status(.completed, text: text) : text(.coachingNotRecorded)
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

    /// "14 Jan 2027 at 09:30, Skill and behaviour coaching with Anna — about Cold calling", to its page.
    static func sessionLink(_ session: CoachingSession, coaching: SellerCoaching, overview: CoachingOverview, context: PageContext) -> Node {
        let text = context.text
        var line = text(.coachingSessionLine, [
            "date": FormDate.string(session.scheduledAt, in: context.calendar), "time": SessionPage.time(session.scheduledAt, context: context),
            "type": CoachingNames.type(session.type, text: text), "coach": coaching.names[session.coachID] ?? "—",
        ])
        if let focus = session.focus { line += " — " + CoachingNames.focus(focus, names: overview.focusNames, text: text) }
        return a(.href("/coaching/sessions/\(session.id)")) { line }
    }
}
