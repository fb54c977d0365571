/// The agendas Keel ships, after the seeds' description of each kind of coaching conversation.
extension AgendaTemplate {
    public static func standard(for type: CoachingSessionType) -> AgendaTemplate {
        AgendaTemplate(type: type, items: standardItems[type] ?? [])
    }

    private static let standardItems: [CoachingSessionType: [LocalizedText]] = [
        .deal: [
            LocalizedText(
                english: "Where the deal stands: stage, days in stage, the customer's last step",
                swedish: "Var affären står: steg, dagar i steget, kundens senaste steg",
                norwegianBokmal: "Hvor avtalen står: fase, dager i fasen, kundens siste steg"),
            LocalizedText(
                english: "Who decides, who influences, and what they need to see",
                swedish: "Vem beslutar, vem påverkar, och vad de behöver se",
                norwegianBokmal: "Hvem bestemmer, hvem påvirker, og hva de trenger å se"),
            LocalizedText(
                english: "What could stop it, and what the seller will do about it",
                swedish: "Vad som kan stoppa den, och vad säljaren gör åt det",
                norwegianBokmal: "Hva som kan stoppe den, og hva selgeren gjør med det"),
            LocalizedText(
                english: "The next step with the customer, with a date",
                swedish: "Nästa steg med kunden, med datum",
                norwegianBokmal: "Neste steg med kunden, med dato"),
        ],
        .pipeline: [
            LocalizedText(
                english: "Coverage: enough deals at each stage for the period's goal?",
                swedish: "Täckning: tillräckligt med affärer i varje steg för periodens mål?",
                norwegianBokmal: "Dekning: nok avtaler i hver fase for periodens mål?"),
            LocalizedText(
                english: "Stalled deals: move, requalify or close",
                swedish: "Affärer som står still: flytta fram, kvalificera om eller avsluta",
                norwegianBokmal: "Avtaler som står fast: flytte frem, kvalifisere på nytt eller avslutte"),
            LocalizedText(
                english: "The forecast: what closes this month, and how sure it is",
                swedish: "Prognosen: vad som stängs denna månad, och hur säkert det är",
                norwegianBokmal: "Prognosen: hva som lukkes denne måneden, og hvor sikkert det er"),
            LocalizedText(
                english: "Prospecting needed to fill the gaps",
                swedish: "Prospektering som behövs för att fylla luckorna",
                norwegianBokmal: "Prospektering som trengs for å fylle hullene"),
        ],
        .skill: [
            LocalizedText(
                english: "The competency: what the seller's level and the next level look like in practice",
                swedish: "Kompetensen: hur säljarens nivå och nästa nivå ser ut i praktiken",
                norwegianBokmal: "Kompetansen: hvordan selgerens nivå og neste nivå ser ut i praksis"),
            LocalizedText(
                english: "A recent situation: what was done, what worked, what did not",
                swedish: "En färsk situation: vad som gjordes, vad som fungerade, vad som inte gjorde det",
                norwegianBokmal: "En fersk situasjon: hva som ble gjort, hva som fungerte, hva som ikke gjorde det"),
            LocalizedText(
                english: "Practise it now: role-play the next such situation",
                swedish: "Träna nu: rollspela nästa sådana situation",
                norwegianBokmal: "Tren nå: rollespill neste slike situasjon"),
            LocalizedText(
                english: "Where the seller will use it this week",
                swedish: "Var säljaren använder det denna vecka",
                norwegianBokmal: "Hvor selgeren bruker det denne uken"),
        ],
        .followUp: [
            LocalizedText(
                english: "Goals and KPIs: where the seller stands against target",
                swedish: "Mål och KPI:er: var säljaren står mot målet",
                norwegianBokmal: "Mål og KPI-er: hvor selgeren står mot målet"),
            LocalizedText(
                english: "The planned work that was not done, and the reasons given",
                swedish: "Det planerade arbetet som inte blev gjort, och orsakerna som angavs",
                norwegianBokmal: "Det planlagte arbeidet som ikke ble gjort, og årsakene som ble oppgitt"),
            LocalizedText(
                english: "Obstacles: which are real, and which the manager must remove",
                swedish: "Hinder: vilka som är verkliga, och vilka chefen måste ta bort",
                norwegianBokmal: "Hindringer: hvilke som er reelle, og hvilke lederen må fjerne"),
            LocalizedText(
                english: "Priorities for the coming weeks",
                swedish: "Prioriteringar för de kommande veckorna",
                norwegianBokmal: "Prioriteringer for de kommende ukene"),
        ],
        .meetingPreparation: [
            LocalizedText(
                english: "The meeting's goal: what the customer should decide or do afterwards",
                swedish: "Mötets mål: vad kunden ska besluta eller göra efteråt",
                norwegianBokmal: "Møtets mål: hva kunden skal bestemme eller gjøre etterpå"),
            LocalizedText(
                english: "The customer: their situation, needs and who attends",
                swedish: "Kunden: deras situation, behov och vem som deltar",
                norwegianBokmal: "Kunden: deres situasjon, behov og hvem som deltar"),
            LocalizedText(
                english: "Questions to ask and objections to expect",
                swedish: "Frågor att ställa och invändningar att vänta sig",
                norwegianBokmal: "Spørsmål å stille og innvendinger å forvente"),
            LocalizedText(
                english: "The proposed next step to ask for",
                swedish: "Nästa steg att be kunden om",
                norwegianBokmal: "Neste steg å be kunden om"),
        ],
    ]
}
