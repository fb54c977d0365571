/// The mappings Keel ships, by name. Column names are those each product writes in an English
/// export with its default fields; an export with other columns needs a custom YAML mapping.
public enum BuiltInMappings {
    public static let all: [ColumnMapping] = mavenCRM + salesforce + hubSpot + pipedrive

    public static func named(_ name: String) -> ColumnMapping? {
        all.first { $0.name == name }
    }

    /// The public "CRM Sales Opportunities" sample (Maven Analytics): `sales_pipeline.csv`,
    /// `sales_teams.csv`, `accounts.csv`, `products.csv`.
    static let mavenCRM: [ColumnMapping] = [
        ColumnMapping(
            name: "maven-crm-deals", kind: .deals,
            description: "sales_pipeline.csv of the CRM Sales Opportunities sample",
            columns: [.externalID: "opportunity_id", .owner: "sales_agent", .product: "product", .account: "account",
                      .stage: "deal_stage", .engagedOn: "engage_date", .closedOn: "close_date", .value: "close_value"],
            values: [
                .stage: ["Prospecting": "prospecting", "Engaging": "engaging", "Won": "won", "Lost": "lost"],
                // The pipeline writes the product `GTX Pro` as `GTXPro`; products.csv has it right.
                .product: ["GTXPro": "GTX Pro"],
            ],
            stageOrder: ["prospecting", "engaging"]
        ),
        ColumnMapping(
            name: "maven-crm-people", kind: .people, description: "sales_teams.csv of the CRM Sales Opportunities sample",
            columns: [.name: "sales_agent", .manager: "manager", .office: "regional_office"],
            // The sample lists people by name only; this is the pattern its fictional company would use.
            emailPattern: "{first}.{last}@mavencrm.example"
        ),
        ColumnMapping(
            name: "maven-crm-accounts", kind: .accounts, description: "accounts.csv of the CRM Sales Opportunities sample",
            columns: [.name: "account", .sector: "sector", .country: "office_location"]
        ),
        ColumnMapping(
            name: "maven-crm-products", kind: .products, description: "products.csv of the CRM Sales Opportunities sample",
            columns: [.name: "product", .series: "series", .price: "sales_price"]
        ),
    ]

    static let salesforce: [ColumnMapping] = [
        ColumnMapping(
            name: "salesforce-opportunities", kind: .deals, description: "Salesforce opportunities report, exported as CSV (details only)",
            columns: [.externalID: "Opportunity ID", .title: "Opportunity Name", .owner: "Opportunity Owner", .account: "Account Name",
                      .stage: "Stage", .value: "Amount", .createdOn: "Created Date", .closedOn: "Close Date"],
            dateFormat: .usSlashes,
            values: [.stage: [
                "Prospecting": "prospecting", "Qualification": "qualification", "Needs Analysis": "needs_analysis",
                "Value Proposition": "value_proposition", "Id. Decision Makers": "decision_makers",
                "Perception Analysis": "perception_analysis", "Proposal/Price Quote": "proposal",
                "Negotiation/Review": "negotiation", "Closed Won": "won", "Closed Lost": "lost",
            ]],
            stageOrder: ["prospecting", "qualification", "needs_analysis", "value_proposition", "decision_makers",
                         "perception_analysis", "proposal", "negotiation"]
        ),
        ColumnMapping(
            name: "salesforce-activities", kind: .activities, description: "Salesforce activities report, exported as CSV (details only)",
            columns: [.externalID: "Activity ID", .type: "Type", .subject: "Subject", .owner: "Assigned", .plannedOn: "Date",
                      .doneOn: "Completed Date", .durationMinutes: "Duration", .deal: "Opportunity ID", .account: "Account Name"],
            dateFormat: .usSlashes
        ),
    ]

    static let hubSpot: [ColumnMapping] = [
        ColumnMapping(
            name: "hubspot-deals", kind: .deals, description: "HubSpot deals export (all properties or the default view)",
            columns: [.externalID: "Record ID", .title: "Deal Name", .owner: "Deal owner", .stage: "Deal Stage",
                      .value: "Amount", .createdOn: "Create Date", .closedOn: "Close Date", .account: "Associated Company"],
            values: [.stage: [
                "Appointment Scheduled": "appointment_scheduled", "Qualified To Buy": "qualified",
                "Presentation Scheduled": "presentation_scheduled", "Decision Maker Bought-In": "decision_maker_bought_in",
                "Contract Sent": "contract_sent", "Closed Won": "won", "Closed Lost": "lost",
            ]],
            stageOrder: ["appointment_scheduled", "qualified", "presentation_scheduled", "decision_maker_bought_in", "contract_sent"]
        ),
        ColumnMapping(
            name: "hubspot-engagements", kind: .activities, description: "HubSpot activities (calls, meetings, tasks) export",
            columns: [.externalID: "Record ID", .type: "Activity type", .subject: "Activity title", .owner: "Activity assigned to",
                      .plannedOn: "Activity date", .doneOn: "Completed date", .durationMinutes: "Duration (minutes)",
                      .deal: "Associated Deal"]
        ),
    ]

    static let pipedrive: [ColumnMapping] = [
        ColumnMapping(
            name: "pipedrive-deals", kind: .deals, description: "Pipedrive deals export (Deal - … columns)",
            columns: [.externalID: "Deal - ID", .title: "Deal - Title", .owner: "Deal - Owner", .account: "Deal - Organization",
                      .stage: "Deal - Stage", .status: "Deal - Status", .value: "Deal - Value",
                      .createdOn: "Deal - Deal created", .closedOn: "Deal - Deal closed on"],
            values: [.status: ["Open": "open", "Won": "won", "Lost": "lost", "open": "open", "won": "won", "lost": "lost"]]
        ),
        ColumnMapping(
            name: "pipedrive-activities", kind: .activities, description: "Pipedrive activities export (Activity - … columns)",
            columns: [.externalID: "Activity - ID", .type: "Activity - Type", .subject: "Activity - Subject",
                      .owner: "Activity - Assigned to user", .plannedOn: "Activity - Due date",
                      .doneOn: "Activity - Marked as done time", .durationMinutes: "Activity - Duration",
                      .deal: "Activity - Deal ID"]
        ),
    ]
}
