import SalesDomain

extension FrameworkDocument {
    /// The default framework's area *Planning and prioritization* as framework-file YAML (see ``nordicB2BYAML``).
    static let nordicB2BPlanningAndPrioritization = #"""
    - key: planning-and-prioritization
      name:
        en: Planning and prioritization
        sv: Planering och prioritering
        nb: Planlegging og prioritering
      competencies:
      - key: planning-and-prioritization.deal-prioritization
        name:
          en: Prioritizing accounts and deals
          sv: Prioritering av kunder och affärer
          nb: Prioritering av kunder og avtaler
        description:
          en: Spends time where the value and the chance of winning are highest, and says no to the rest in time.
          sv: Lägger tiden där värdet och chansen att vinna är störst och säger nej till resten i tid.
          nb: Bruker tiden der verdien og sjansen for å vinne er størst, og sier nei til resten i tide.
        levels:
        - level: 1
          behavior:
            en: "Works on whatever is most urgent or most pleasant: the customer who called last, or the friendliest account."
            sv: "Arbetar med det som är mest akut eller trevligast: kunden som ringde senast eller den vänligaste kunden."
            nb: "Jobber med det som haster mest eller er hyggeligst: kunden som ringte sist, eller den vennligste kunden."
          ineffective:
          - en: Spends two days on a bid where only price counts and a competitor shaped the requirements, while an interested prospect waits for a call.
            sv: Lägger två dagar på ett anbud där bara priset avgör och en konkurrent har format kraven, medan en intresserad kund väntar på ett samtal.
            nb: Bruker to dager på et tilbud der bare prisen avgjør og en konkurrent har formet kravene, mens en interessert kunde venter på en telefon.
        - level: 2
          behavior:
            en: Ranks deals when the sales manager asks in their one-to-one, but the calendar does not follow the ranking.
            sv: Rangordnar affärer när säljchefen ber om det vid avstämningen, men kalendern följer inte rangordningen.
            nb: Rangerer avtaler når salgssjefen ber om det i oppfølgingssamtalen, men kalenderen følger ikke rangeringen.
        - level: 3
          behavior:
            en: Ranks accounts and deals every week by value and likelihood, and most of the selling time in the calendar goes to the top of the list.
            sv: Rangordnar kunder och affärer varje vecka efter värde och sannolikhet, och största delen av säljtiden i kalendern går till toppen av listan.
            nb: Rangerer kunder og avtaler hver uke etter verdi og sannsynlighet, og mesteparten av salgstiden i kalenderen går til toppen av listen.
        - level: 4
          behavior:
            en: Drops or hands over low-value deals early and explains why, for example by declining to bid on a tender the team cannot win.
            sv: Släpper eller lämnar över affärer med lågt värde tidigt och förklarar varför, till exempel genom att avstå från att lämna anbud i en upphandling som teamet inte kan vinna.
            nb: Slipper eller overlater avtaler med lav verdi tidlig og forklarer hvorfor, for eksempel ved å la være å levere tilbud i en konkurranse teamet ikke kan vinne.
        - level: 5
          behavior:
            en: Helps the team agree on shared rules for prioritizing, and the team's win rate rises because the effort goes to fewer and better deals.
            sv: Hjälper teamet att enas om gemensamma regler för prioritering, och teamets vinstandel ökar eftersom kraften läggs på färre och bättre affärer.
            nb: Hjelper teamet med å bli enige om felles regler for prioritering, og teamets vinnrate øker fordi innsatsen går til færre og bedre avtaler.
          effective:
          - en: Shows the team at the Monday meeting how to score deals on three questions, and two colleagues drop deals that had stood still for months.
            sv: Visar teamet på måndagsmötet hur affärer kan poängsättas utifrån tre frågor, och två kollegor släpper affärer som har stått still i månader.
            nb: Viser teamet på mandagsmøtet hvordan avtaler kan poengsettes ut fra tre spørsmål, og to kolleger slipper avtaler som har stått fast i flere måneder.
      - key: planning-and-prioritization.protecting-selling-time
        name:
          en: Protecting selling time
          sv: Skydda säljtiden
          nb: Beskytte salgstiden
        description:
          en: Plans the week so that selling activities happen as planned, and does not let internal work push them aside.
          sv: Planerar veckan så att säljande aktiviteter blir av som planerat och låter inte internt arbete tränga undan dem.
          nb: Planlegger uken slik at salgsaktivitetene blir gjennomført som planlagt, og lar ikke internt arbeid skyve dem til side.
        levels:
        - level: 1
          behavior:
            en: Has no planned selling time; customer contact happens when nothing else is going on.
            sv: Har ingen planerad säljtid; kundkontakt blir av när inget annat pågår.
            nb: Har ingen planlagt salgstid; kundekontakt skjer når ingenting annet står på.
        - level: 2
          behavior:
            en: Plans selling activities but often postpones them for internal meetings and reports, giving “no time” as the reason.
            sv: Planerar säljande aktiviteter men skjuter ofta upp dem för interna möten och rapporter, med ”ingen tid” som orsak.
            nb: Planlegger salgsaktiviteter, men utsetter dem ofte for interne møter og rapporter, med «ikke tid» som årsak.
          ineffective:
          - en: Moves the Thursday prospecting block three weeks in a row for internal meetings that did not need a seller.
            sv: Flyttar torsdagens prospekteringspass tre veckor i rad för interna möten som inte behövde någon säljare.
            nb: Flytter torsdagens prospekteringsøkt tre uker på rad for interne møter som ikke trengte noen selger.
        - level: 3
          behavior:
            en: Blocks fixed time for prospecting and customer meetings every week and carries out most of it as planned, even in busy weeks.
            sv: Bokar fasta tider för prospektering och kundmöten varje vecka och genomför det mesta som planerat, även under pressade veckor.
            nb: Setter av faste tider til prospektering og kundemøter hver uke og gjennomfører det meste som planlagt, også i travle uker.
        - level: 4
          behavior:
            en: Delegates or declines internal work that does not help customers, and names real obstacles rather than excuses when an activity slips.
            sv: Delegerar eller tackar nej till internt arbete som inte hjälper kunder och anger verkliga hinder snarare än bortförklaringar när en aktivitet skjuts upp.
            nb: Delegerer eller sier nei til internt arbeid som ikke hjelper kunder, og oppgir reelle hindre heller enn bortforklaringer når en aktivitet blir utsatt.
          effective:
          - en: In the busy budget week, keeps both planned customer meetings and asks a colleague to cover the internal review instead.
            sv: Behåller under den pressade budgetveckan båda de planerade kundmötena och ber en kollega att ta den interna genomgången i stället.
            nb: Holder i den travle budsjettuken fast ved begge de planlagte kundemøtene og ber en kollega ta den interne gjennomgangen i stedet.
        - level: 5
          behavior:
            en: Raises structural obstacles that eat selling time, such as approval rounds, with sales leadership and gets them removed for the whole team.
            sv: Lyfter strukturella hinder som äter säljtid, som attestrundor, med säljledningen och får dem borttagna för hela teamet.
            nb: Tar opp strukturelle hindre som spiser salgstid, som godkjenningsrunder, med salgsledelsen og får dem fjernet for hele teamet.
      - key: planning-and-prioritization.meeting-preparation
        name:
          en: Customer-meeting preparation
          sv: Förberedelse inför kundmöte
          nb: Forberedelse til kundemøte
        description:
          en: Prepares every customer meeting with a goal, knowledge of the participants and a desired next step, and shares the plan with colleagues who join.
          sv: Förbereder varje kundmöte med ett mål, kunskap om deltagarna och ett önskat nästa steg, och delar planen med kollegor som följer med.
          nb: Forbereder hvert kundemøte med et mål, kunnskap om deltakerne og et ønsket neste steg, og deler planen med kolleger som blir med.
        levels:
        - level: 1
          behavior:
            en: Arrives without knowing who will attend or what the meeting should lead to.
            sv: Kommer till mötet utan att veta vem som deltar eller vad mötet ska leda till.
            nb: Kommer til møtet uten å vite hvem som deltar eller hva møtet skal føre til.
          ineffective:
          - en: Brings a technical specialist to a meeting with the CFO without a briefing, and the specialist spends the hour on integration details.
            sv: Tar med en teknisk specialist till ett möte med ekonomichefen utan genomgång, och specialisten ägnar timmen åt integrationsdetaljer.
            nb: Tar med en teknisk spesialist på et møte med økonomisjefen uten forberedelse, og spesialisten bruker timen på integrasjonsdetaljer.
        - level: 2
          behavior:
            en: Reads up on the company just before the meeting, but has no goal or next step in mind.
            sv: Läser på om företaget strax före mötet men har inget mål eller nästa steg i tankarna.
            nb: Leser seg opp på selskapet rett før møtet, men har ikke noe mål eller neste steg i tankene.
        - level: 3
          behavior:
            en: Writes down the goal, the participants' roles, the key questions and the desired next step before every important meeting.
            sv: Skriver före varje viktigt möte ned målet, deltagarnas roller, de viktigaste frågorna och önskat nästa steg.
            nb: Skriver før hvert viktige møte ned målet, deltakernes roller, de viktigste spørsmålene og ønsket neste steg.
        - level: 4
          behavior:
            en: Prepares for likely objections and a fallback next step, and agrees with colleagues who join on who says what.
            sv: Förbereder sig på troliga invändningar och ett alternativt nästa steg och kommer överens med kollegor som följer med om vem som säger vad.
            nb: Forbereder seg på sannsynlige innvendinger og et alternativt neste steg, og avtaler med kolleger som blir med, hvem som sier hva.
          effective:
          - en: Sends a short agenda the day before and asks whether anything is missing; the customer adds data storage in Norway, so the seller arrives with the answer.
            sv: Skickar en kort dagordning dagen före och frågar om något saknas; kunden lägger till datalagring i Norge, så säljaren kommer med svaret.
            nb: Sender en kort agenda dagen før og spør om noe mangler; kunden legger til datalagring i Norge, så selgeren kommer med svaret.
        - level: 5
          behavior:
            en: Uses meeting preparation as a coaching tool, reviewing colleagues' plans before their key meetings, and their meetings end with clearer next steps.
            sv: Använder mötesförberedelser som coachingverktyg genom att gå igenom kollegors planer inför deras viktiga möten, och deras möten slutar med tydligare nästa steg.
            nb: Bruker møteforberedelser som coachingverktøy ved å gå gjennom kollegers planer før viktige møter, og møtene deres ender med tydeligere neste steg.
    """#
}
