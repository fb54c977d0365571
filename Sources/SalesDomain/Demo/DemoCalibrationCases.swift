/// The written cases the demo's calibration exercise rates: short, recognizable B2B situations
/// with a quality from weak (1) to strong (5) on the scale of 1–5, so the raters have real
/// differences to agree on.
///
/// A case's title and material are the organization's free text, stored once and shown as
/// written to every reader. The demo organization sells in Sweden, Norway, Denmark and Finland
/// and writes what all its managers rate in Swedish, Norwegian and English, in that order and
/// separated by " / ", as such companies do with shared material — so a Swedish or Norwegian
/// page shows its reader's words first instead of English alone.
enum DemoCalibrationCases {
    struct Case {
        let title: String
        let material: String
        /// Where the seller in the case stands, on a 1–5 scale.
        let quality: Double

        init(_ titles: [String], _ materials: [String], quality: Double) {
            title = titles.joined(separator: " / ")
            material = materials.joined(separator: " / ")
            self.quality = quality
        }
    }

    /// "Kalibrering" is the Swedish and the Norwegian word.
    static let exerciseName = "Kalibrering / Calibration"

    static let all: [Case] = [
        Case(["Behovssamtal med logistikinköpare", "Behovssamtale med logistikkinnkjøper", "Discovery call with a logistics buyer"],
             ["Säljaren frågar om volymer och leveransfönster men aldrig om vad sena leveranser kostar.",
              "Selgeren spør om volumer og leveransevinduer, men aldri om hva sene leveranser koster.",
              "The seller asks about volumes and delivery windows but never about the cost of late deliveries."],
             quality: 2),
        Case(["Förnyelsemöte hos kommunal IT-avdelning", "Fornyelsesmøte hos kommunal IT-avdeling", "Renewal meeting at a municipal IT department"],
             ["Säljaren börjar med kundens mål för nästa budgetår och knyter varje förslag till ett av dem.",
              "Selgeren starter med kundens mål for neste budsjettår og knytter hvert forslag til ett av dem.",
              "The seller opens with the customer's goals for the next budget year and ties every proposal to one of them."],
             quality: 4),
        Case(["Prisinvändning från detaljhandelskedja", "Prisinnvending fra detaljhandelskjede", "Price objection from a retail chain"],
             ["Köparen begär 15 % rabatt; säljaren ger 10 % direkt och ber inte om något tillbaka.",
              "Kjøperen ber om 15 % rabatt; selgeren gir 10 % med en gang og ber ikke om noe tilbake.",
              "The buyer asks for 15 % off; the seller gives 10 % at once and asks for nothing in return."],
             quality: 1.5),
        Case(["Offert för utrullning på flera orter", "Tilbud om utrulling på flere steder", "Multi-site rollout proposal"],
             ["En skriftlig offert med affärskalkyl byggd på kundens egna siffror, en pilot och namngivna beslutsfattare.",
              "Et skriftlig tilbud med forretningscase bygget på kundens egne tall, en pilot og navngitte beslutningstakere.",
              "A written proposal with a business case built from the customer's own figures, a pilot and named decision makers."],
             quality: 5),
        Case(["Kalla samtal till ekonomichef i industrin", "Kald samtale til økonomisjef i industrien", "Cold call to a manufacturing CFO"],
             ["Säljaren läser ett manus om produktfunktioner och avslutar samtalet när kunden ber om ett mejl.",
              "Selgeren leser et manus om produktfunksjoner og avslutter samtalen når kunden ber om en e-post.",
              "The seller reads a script about product features and ends the call when asked to send an e-mail."],
             quality: 1),
        Case(["Kvartalsgenomgång med kund", "Kvartalsgjennomgang med kunde", "Quarterly account review"],
             ["En strukturerad genomgång av användning och öppna frågor; nästa steg är överenskommet, men inga nya behov utforskas.",
              "En strukturert gjennomgang av bruk og åpne saker; neste steg er avtalt, men ingen nye behov utforskes.",
              "A structured review of usage and open issues; the next step is agreed, but no new need is explored."],
             quality: 3),
        Case(["Förhandling med inköpsavdelningen", "Forhandling med innkjøpsavdelingen", "Negotiation with procurement"],
             ["Säljaren byter ett längre avtal mot ett lägre pris, har en eftergift i reserv och sammanfattar skriftligt.",
              "Selgeren bytter en lengre avtale mot en lavere pris, holder en innrømmelse i reserve og oppsummerer skriftlig.",
              "The seller trades a longer contract for a lower price, keeps a concession in reserve and summarizes in writing."],
             quality: 4.5),
        Case(["Överlämning från SDR till kundansvarig säljare", "Overlevering fra SDR til kundeansvarlig selger", "Hand-over from SDR to account executive"],
             ["Mötesanteckningarna listar kundens problem och köpprocess, men budgetfrågan ställdes aldrig.",
              "Møtenotatene lister kundens problemer og kjøpsprosess, men budsjettspørsmålet ble aldri stilt.",
              "The meeting notes list the customer's pains and the buying process, but the budget question was never asked."],
             quality: 2.5),
    ]
}
