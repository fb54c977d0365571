import Foundation

/// Every column that holds who a person is, or a text they wrote or that is about them, and
/// what an erasure (GDPR article 17) and the retention sweep (article 5) do to it — in one
/// list, so a feature that stores a new personal text adds its column here and is erased with
/// the rest. The store test that erases a person scans every text column of every table for
/// their name and e-mail, so a column missing from this list fails it.
///
/// Numbers stay: ratings' levels, activities, deals and rollups are other people's aggregates,
/// and once the person's name and e-mail are gone their ids lead to nobody.
enum ErasureRegister {
    static let rules: [ErasureRule] = [
        // Who the person is, and how they sign in.
        ErasureRule("people", "name", .pseudonym, rowsOf: [.column("id")]),
        ErasureRule("people", "email", .pseudonymEmail, rowsOf: [.column("id")]),
        ErasureRule("people", "search_key", .pseudonymSearchKey, rowsOf: [.column("id")]),
        ErasureRule("people", "password_hash", .null, rowsOf: [.column("id")]),
        ErasureRule.rows("web_sessions", of: [.column("person_id")]),
        ErasureRule.rows("api_tokens", of: [.column("person_id")]),
        ErasureRule.rows("calendar_feeds", of: [.column("person_id")]),
        // Digests sent to them (their address and name in every body), and their choice.
        ErasureRule.rows("mail_outbox", of: [.column("person_id")]),
        ErasureRule.rows("digest_preferences", of: [.column("person_id")]),
        // Texts they wrote or that are about them, with when each was written.
        ErasureRule("ratings", "evidence", .blank, rowsOf: [.column("rater_id"), .column("ratee_id")], written: .column("updated_at")),
        ErasureRule("result_comments", "text", .blank, rowsOf: [.column("person_id")], written: .column("updated_at")),
        ErasureRule("postponements", "note", .null, rowsOf: [.column("owner_id"), .column("reviewer_id")], written: .column("logged_at")),
        ErasureRule(
            "coaching_sessions", "notes", .blank, rowsOf: [.column("seller_id"), .column("coach_id")], written: .column("scheduled_at")),
        ErasureRule(
            "coaching_sessions", "private_notes", .blank, rowsOf: [.column("seller_id"), .column("coach_id")],
            written: .column("scheduled_at")),
        ErasureRule(
            "coaching_action_items", "text", .blank, rowsOf: [.column("seller_id"), .column("owner_id")],
            written: .through("session_id", "coaching_sessions", .column("scheduled_at"))),
        ErasureRule(
            "coaching_item_reviews", "comment", .blank,
            rowsOf: [
                .through("item_id", "coaching_action_items", .column("seller_id")),
                .through("item_id", "coaching_action_items", .column("owner_id")),
            ],
            written: .through("session_id", "coaching_sessions", .column("scheduled_at"))),
        ErasureRule("practice_reps", "note", .blank, rowsOf: [.column("person_id"), .column("observer_id")], written: .column("done_at")),
        ErasureRule(
            "practice_reps", "observer_comment", .null, rowsOf: [.column("person_id"), .column("observer_id")],
            written: .column("done_at")),
        // A manager's digest names their sellers and quotes their next steps.
        ErasureRule("mail_outbox", "subject", .replaceMentions, rowsOf: []),
        ErasureRule("mail_outbox", "text_body", .replaceMentions, rowsOf: []),
        ErasureRule("mail_outbox", "html_body", .replaceMentions, rowsOf: []),
        // An individual goal's title is about its person. Goals are not swept by age: a company's
        // or team's goal is no personal text, and a live goal keeps its title while it is used.
        ErasureRule("goals", "title", .blank, rowsOf: [.column("person_id")]),
        ErasureRule("wins", "text", .blank, rowsOf: [.column("person_id"), .column("posted_by")], written: .column("posted_at")),
        // Texts about customers and deals, which may still name a colleague.
        ErasureRule("activities", "subject", .replaceMentions, rowsOf: []),
        ErasureRule("deals", "title", .replaceMentions, rowsOf: []),
    ]

    /// The keys of audit changes that hold free texts (`AuditTrail` records the columns above
    /// under these names): blanked in events the person did, and in events older than the
    /// retention period. Events about the person lose every value.
    static let auditTextKeys: Set<String> = ["evidence", "text", "note", "notes", "comment", "privateNotes", "observerComment", "goalTitle"]
}

/// One column of ``ErasureRegister``: which rows belong to a person, what erasing does to the
/// column, and — for texts — when a row was written, which the retention sweep ages it by.
struct ErasureRule: Sendable {
    enum Method: Sendable {
        /// "Erased person 7f3a" (``SalesDomain/ErasedIdentity``).
        case pseudonym
        case pseudonymEmail
        /// The pseudonym and its e-mail, lower-cased, as a person's search key is kept.
        case pseudonymSearchKey
        /// An empty text, for a column that is required.
        case blank
        case null
        /// The whole row goes (sessions, tokens, calendar links: nothing in them is an aggregate).
        case deleteRow
        /// The text stays; where it names the person, the pseudonym replaces the name and e-mail.
        case replaceMentions

        /// Texts of any row that name the person get the pseudonym too, not only the person's rows.
        var isText: Bool {
            switch self {
            case .blank, .null, .replaceMentions: true
            case .pseudonym, .pseudonymEmail, .pseudonymSearchKey, .deleteRow: false
            }
        }
    }

    /// A column of the row, or of a row it refers to (`session_id` → `coaching_sessions`).
    indirect enum Link: Sendable {
        case column(String)
        case through(String, String, Link)
    }

    let table: String
    let column: String?
    let method: Method
    let rowsOf: [Link]
    let written: Link?

    init(_ table: String, _ column: String, _ method: Method, rowsOf: [Link], written: Link? = nil) {
        self.table = table
        self.column = column
        self.method = method
        self.rowsOf = rowsOf
        self.written = written
    }

    static func rows(_ table: String, of links: [Link]) -> ErasureRule {
        ErasureRule(table: table, column: nil, method: .deleteRow, rowsOf: links, written: nil)
    }

    private init(table: String, column: String?, method: Method, rowsOf: [Link], written: Link?) {
        self.table = table
        self.column = column
        self.method = method
        self.rowsOf = rowsOf
        self.written = written
    }

    /// How the audit event of an erasure names this rule (`ratings.evidence`).
    var name: String { column.map { "\(table).\($0)" } ?? table }
}
