import SalesDomain

extension FrameworkDocument {
    /// The default framework's area *Prospecting* as framework-file YAML (see ``nordicB2BYAML``).
    static let nordicB2BProspecting = #"""
    - key: prospecting
      name:
        en: Prospecting
        sv: Prospektering
        nb: Prospektering
      competencies:
      - key: prospecting.target-account-selection
        name:
          en: Choosing target accounts
          sv: Val av målkunder
          nb: Valg av målkunder
        description:
          en: Spends prospecting time on organizations that match the ideal customer profile and have a reason to change now.
          sv: Lägger prospekteringstiden på organisationer som matchar den ideala kundprofilen och har ett skäl att förändra något nu.
          nb: Bruker prospekteringstiden på virksomheter som passer den ideelle kundeprofilen og har en grunn til å endre noe nå.
        levels:
        - level: 1
          behavior:
            en: Works through whatever list is at hand, alphabetically or by company size, without asking whether the account fits.
            sv: Betar av den lista som råkar finnas, i bokstavsordning eller efter storlek, utan att fråga sig om kunden passar.
            nb: Går gjennom den listen som tilfeldigvis finnes, alfabetisk eller etter størrelse, uten å spørre seg om kunden passer.
          ineffective:
          - en: Books ten meetings in a month with companies far too small to buy the platform, and reports the number as progress.
            sv: Bokar tio möten på en månad med företag som är alldeles för små för att köpa plattformen och redovisar antalet som framsteg.
            nb: Booker ti møter på en måned med selskaper som er altfor små til å kjøpe plattformen, og rapporterer antallet som fremgang.
        - level: 2
          behavior:
            en: Uses the ideal customer profile when the sales manager reminds them, but the target list in the CRM still mixes good and poor fits.
            sv: Använder den ideala kundprofilen när säljchefen påminner, men mållistan i CRM blandar fortfarande bra och dåliga kandidater.
            nb: Bruker den ideelle kundeprofilen når salgssjefen minner om det, men mållisten i CRM blander fortsatt gode og dårlige kandidater.
        - level: 3
          behavior:
            en: Keeps a target list in the CRM where every account has a noted reason for fitting, and reviews it each quarter without being asked.
            sv: Håller en mållista i CRM där varje kund har ett noterat skäl till att den passar, och ser över den varje kvartal utan att bli ombedd.
            nb: Holder en målliste i CRM der hver kunde har en notert grunn til at den passer, og går gjennom den hvert kvartal uten å bli bedt om det.
        - level: 4
          behavior:
            en: Watches for trigger events such as a new CFO, a merger or an expiring framework agreement, and moves those accounts to the top within the week.
            sv: Bevakar utlösande händelser som en ny ekonomichef, en sammanslagning eller ett ramavtal som löper ut, och flyttar de kunderna överst samma vecka.
            nb: Følger med på utløsende hendelser som en ny økonomisjef, en fusjon eller en rammeavtale som løper ut, og flytter de kundene øverst samme uke.
          effective:
          - en: Sees in a municipality's published procurement plan that its framework agreement expires in nine months, and contacts the user side before the tender documents are written.
            sv: Ser i kommunens publicerade upphandlingsplan att ramavtalet löper ut om nio månader och tar kontakt med verksamheten innan förfrågningsunderlaget skrivs.
            nb: Ser i kommunens publiserte anskaffelsesplan at rammeavtalen løper ut om ni måneder, og tar kontakt med fagmiljøet før konkurransegrunnlaget skrives.
        - level: 5
          behavior:
            en: Sharpens the ideal customer profile from won and lost deals and teaches it to the team, so more of the team's first meetings lead to a next step.
            sv: Skärper den ideala kundprofilen utifrån vunna och förlorade affärer och lär ut den till teamet, så att fler av teamets första möten leder till ett nästa steg.
            nb: Skjerper den ideelle kundeprofilen ut fra vunne og tapte avtaler og lærer den bort til teamet, slik at flere av teamets første møter fører til et neste steg.
      - key: prospecting.multi-channel-outreach
        name:
          en: Multi-channel outreach
          sv: Kontakt i flera kanaler
          nb: Kontakt i flere kanaler
        description:
          en: Reaches new contacts through a planned mix of phone, email, LinkedIn and events, with a relevant reason in every touch.
          sv: Når nya kontakter genom en planerad mix av telefon, mejl, LinkedIn och evenemang, med ett relevant skäl i varje kontakt.
          nb: Når nye kontakter gjennom en planlagt miks av telefon, e-post, LinkedIn og arrangementer, med en relevant grunn i hver henvendelse.
        levels:
        - level: 1
          behavior:
            en: Sends one generic email and, when no one answers, considers the account not interested.
            sv: Skickar ett standardmejl och betraktar kunden som ointresserad när ingen svarar.
            nb: Sender én standard e-post og regner kunden som uinteressert når ingen svarer.
          ineffective:
          - en: Sends the same 300-word email to forty contacts on a Friday afternoon and logs nothing in the CRM.
            sv: Skickar samma mejl på 300 ord till fyrtio kontakter en fredagseftermiddag och loggar ingenting i CRM.
            nb: Sender den samme e-posten på 300 ord til førti kontakter en fredag ettermiddag og logger ingenting i CRM.
        - level: 2
          behavior:
            en: Follows up by phone or LinkedIn when reminded, but the messages are about our product rather than the customer's situation.
            sv: Följer upp via telefon eller LinkedIn när någon påminner, men budskapen handlar om vår produkt snarare än om kundens situation.
            nb: Følger opp på telefon eller LinkedIn når noen minner om det, men budskapene handler om produktet vårt heller enn om kundens situasjon.
        - level: 3
          behavior:
            en: Runs a planned sequence of six to eight touches over three weeks, each with a reason relevant to the person's role, and logs every touch in the CRM.
            sv: Genomför en planerad sekvens på sex till åtta kontakter under tre veckor, var och en med ett skäl som är relevant för personens roll, och loggar varje kontakt i CRM.
            nb: Gjennomfører en planlagt sekvens på seks til åtte henvendelser over tre uker, hver med en grunn som er relevant for personens rolle, og logger hver henvendelse i CRM.
        - level: 4
          behavior:
            en: Adapts channel and message to each person in the buying group, for example a short call to the operations manager and a written summary to the CFO.
            sv: Anpassar kanal och budskap till varje person i köpgruppen, till exempel ett kort samtal med driftchefen och en skriftlig sammanfattning till ekonomichefen.
            nb: Tilpasser kanal og budskap til hver person i innkjøpsgruppen, for eksempel en kort samtale med driftssjefen og en skriftlig oppsummering til økonomisjefen.
          effective:
          - en: After commenting on the customer's quarterly report on LinkedIn, calls the head of logistics with one concrete question about delivery times and books a meeting.
            sv: Kommenterar kundens kvartalsrapport på LinkedIn, ringer sedan logistikchefen med en konkret fråga om leveranstiderna och bokar ett möte.
            nb: Kommenterer kundens kvartalsrapport på LinkedIn, ringer deretter logistikksjefen med et konkret spørsmål om leveransetidene og booker et møte.
        - level: 5
          behavior:
            en: Tests openings and sequences, shares with the team which ones get replies, and helps colleagues rewrite their messages.
            sv: Testar inledningar och sekvenser, delar med teamet vilka som får svar och hjälper kollegor att skriva om sina budskap.
            nb: Tester åpninger og sekvenser, deler med teamet hvilke som får svar, og hjelper kolleger med å skrive om budskapene sine.
      - key: prospecting.referrals-and-networks
        name:
          en: Referrals and networks
          sv: Referenser och nätverk
          nb: Referanser og nettverk
        description:
          en: Uses satisfied customers, partners and industry networks to get introduced instead of arriving cold.
          sv: Använder nöjda kunder, partner och branschnätverk för att bli introducerad i stället för att komma kallt.
          nb: Bruker fornøyde kunder, partnere og bransjenettverk for å bli introdusert i stedet for å komme kaldt.
        levels:
        - level: 1
          behavior:
            en: Never asks customers for introductions and does not know which industry networks the customers meet in.
            sv: Ber aldrig kunder om introduktioner och vet inte i vilka branschnätverk kunderna träffas.
            nb: Ber aldri kunder om introduksjoner og vet ikke hvilke bransjenettverk kundene møtes i.
        - level: 2
          behavior:
            en: Asks for referrals now and then, usually vaguely (“do you know anyone?”) and without following up.
            sv: Ber ibland om tips på nya kunder, oftast vagt (”känner du någon?”) och utan att följa upp.
            nb: Ber av og til om tips om nye kunder, som regel vagt («kjenner du noen?») og uten å følge opp.
          ineffective:
          - en: A happy customer says “let me know if I can help”; the seller thanks them and never comes back with a name.
            sv: En nöjd kund säger ”hör av dig om jag kan hjälpa till”; säljaren tackar och återkommer aldrig med ett namn.
            nb: En fornøyd kunde sier «si fra hvis jeg kan hjelpe»; selgeren takker og kommer aldri tilbake med et navn.
        - level: 3
          behavior:
            en: After a successful delivery, asks the customer for an introduction to a named person in a similar role at another company, and logs the source in the CRM.
            sv: Ber efter en lyckad leverans kunden om en introduktion till en namngiven person i motsvarande roll på ett annat företag och loggar källan i CRM.
            nb: Ber etter en vellykket leveranse kunden om en introduksjon til en navngitt person i tilsvarende rolle i et annet selskap, og logger kilden i CRM.
        - level: 4
          behavior:
            en: Is active in one or two industry networks or associations where customers meet, and gets at least one new opportunity a quarter from them.
            sv: Är aktiv i ett eller två branschnätverk eller föreningar där kunderna möts och får minst en ny affärsmöjlighet per kvartal därifrån.
            nb: Er aktiv i ett eller to bransjenettverk eller foreninger der kundene møtes, og får minst én ny salgsmulighet per kvartal derfra.
          effective:
          - en: Asks the IT manager of a reference customer for an introduction to the counterpart at a sister company in Denmark, and the first meeting is booked the same week.
            sv: Ber it-chefen hos en referenskund om en introduktion till sin motsvarighet på ett systerbolag i Danmark, och första mötet bokas samma vecka.
            nb: Ber IT-sjefen hos en referansekunde om en introduksjon til kollegaen sin i et søsterselskap i Danmark, og det første møtet bookes samme uke.
        - level: 5
          behavior:
            en: Builds a reference program of customers who gladly take calls, and helps colleagues get introduced through it.
            sv: Bygger upp ett referensprogram med kunder som gärna tar samtal och hjälper kollegor att bli introducerade genom det.
            nb: Bygger opp et referanseprogram med kunder som gjerne tar en telefon, og hjelper kolleger med å bli introdusert gjennom det.
    """#
}
