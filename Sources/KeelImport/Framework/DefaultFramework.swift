import SalesDomain

extension FrameworkDocument {
    /// Keel's default competency framework for Nordic B2B selling: 8 areas from prospecting to
    /// planning, 23 competencies, each level written as behavior a sales manager can see in a
    /// meeting or in the CRM, in English, Swedish and Norwegian (bokmål). The demo organization
    /// uses it, and a new organization can start from it and make it its own.
    ///
    /// Parsed from ``nordicB2BYAML`` on first use. A problem in that text is a bug in Keel, not
    /// something a user can fix, so it stops the program; `DefaultFrameworkTests` parse the text
    /// with every check and name the line long before a release could.
    public static let nordicB2B: FrameworkDocument = {
        do {
            return try FrameworkFile.parse(nordicB2BYAML)
        } catch {
            preconditionFailure("The default framework does not parse:\n\(error)")
        }
    }()

    /// The default framework as a YAML framework file (the format ``FrameworkFile`` reads).
    ///
    /// Kept as Swift source rather than a bundled resource so that the `keel` binary can be
    /// copied to a server on its own. Levels: 1 = not yet shown, 2 = shown with support or
    /// inconsistently, 3 = solid and independent, 4 = adapts to complex deals, 5 = a role model
    /// who raises others. Every competency has an ineffective example at level 1 or 2 and an
    /// effective one at level 4 or 5.
    public static let nordicB2BYAML = #"""
    format: 1
    key: nordic-b2b
    name:
      en: Nordic B2B selling
      sv: Nordisk B2B-försäljning
      nb: Nordisk B2B-salg
    scale:
      min: 1
      max: 5
    areas:

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

    - key: needs-analysis
      name:
        en: Needs analysis
        sv: Behovsanalys
        nb: Behovsanalyse
      competencies:
      - key: needs-analysis.questioning-and-listening
        name:
          en: Questioning and listening
          sv: Frågeteknik och lyssnande
          nb: Spørreteknikk og lytting
        description:
          en: Uncovers the customer's situation, problems and priorities with open questions and active listening before proposing anything.
          sv: Tar reda på kundens situation, problem och prioriteringar med öppna frågor och aktivt lyssnande innan något föreslås.
          nb: Finner ut av kundens situasjon, problemer og prioriteringer med åpne spørsmål og aktiv lytting før noe blir foreslått.
        levels:
        - level: 1
          behavior:
            en: Opens the meeting with the company presentation and talks most of the time; the customer's own words are missing from the notes.
            sv: Inleder mötet med företagspresentationen och pratar större delen av tiden; kundens egna ord saknas i anteckningarna.
            nb: Åpner møtet med selskapspresentasjonen og snakker mesteparten av tiden; kundens egne ord mangler i notatene.
          ineffective:
          - en: Spends 40 minutes of a one-hour first meeting on slides and learns only that the customer “is looking at options”.
            sv: Lägger 40 minuter av ett första möte på en timme på bilder och får bara veta att kunden ”tittar på alternativ”.
            nb: Bruker 40 minutter av et første møte på én time på lysbilder og får bare vite at kunden «ser på alternativer».
        - level: 2
          behavior:
            en: Asks prepared questions but moves on to the next one without following up on the answer.
            sv: Ställer förberedda frågor men går vidare till nästa utan att följa upp svaret.
            nb: Stiller forberedte spørsmål, men går videre til det neste uten å følge opp svaret.
        - level: 3
          behavior:
            en: Lets the customer talk for most of the meeting, asks follow-up questions that go deeper, and summarizes the needs back before moving on.
            sv: Låter kunden prata större delen av mötet, ställer följdfrågor som går på djupet och sammanfattar behoven innan samtalet går vidare.
            nb: Lar kunden snakke mesteparten av møtet, stiller oppfølgingsspørsmål som går i dybden, og oppsummerer behovene før samtalen går videre.
        - level: 4
          behavior:
            en: Brings out needs the customer had not put into words, such as an unspoken worry about the roll-out, and gets the customer to confirm them.
            sv: Lockar fram behov som kunden inte har satt ord på, som en outtalad oro för införandet, och får kunden att bekräfta dem.
            nb: Får fram behov som kunden ikke har satt ord på, som en uuttalt bekymring for innføringen, og får kunden til å bekrefte dem.
          effective:
          - en: When the buyer says “we need better reporting”, asks which decision they cannot make today, and learns that the board questions the delivery figures.
            sv: När köparen säger ”vi behöver bättre rapportering” frågar säljaren vilket beslut de inte kan fatta i dag, och får veta att styrelsen ifrågasätter leveranssiffrorna.
            nb: Når kjøperen sier «vi trenger bedre rapportering», spør selgeren hvilken beslutning de ikke kan ta i dag, og får vite at styret stiller spørsmål ved leveransetallene.
        - level: 5
          behavior:
            en: Coaches colleagues in questioning through joint meeting practice and recorded calls, and the team's meeting notes visibly improve.
            sv: Coachar kollegor i frågeteknik genom gemensam mötesträning och inspelade samtal, och teamets mötesanteckningar blir märkbart bättre.
            nb: Coacher kolleger i spørreteknikk gjennom felles møtetrening og opptak av samtaler, og teamets møtenotater blir merkbart bedre.
      - key: needs-analysis.buying-group-mapping
        name:
          en: Mapping the buying group
          sv: Kartläggning av köpgruppen
          nb: Kartlegging av innkjøpsgruppen
        description:
          en: Identifies everyone who influences the decision, with their role, interests and stance, and how the organization reaches consensus.
          sv: Identifierar alla som påverkar beslutet, med deras roll, intressen och inställning, och hur organisationen når samsyn.
          nb: Identifiserer alle som påvirker beslutningen, med rolle, interesser og holdning, og hvordan organisasjonen kommer fram til enighet.
        levels:
        - level: 1
          behavior:
            en: Talks only to the first contact and assumes that person makes the decision.
            sv: Pratar bara med den första kontaktpersonen och utgår från att den personen fattar beslutet.
            nb: Snakker bare med den første kontaktpersonen og går ut fra at den personen tar beslutningen.
        - level: 2
          behavior:
            en: Knows there are other stakeholders but cannot name them or say what each of them cares about.
            sv: Vet att det finns fler intressenter men kan inte namnge dem eller säga vad var och en bryr sig om.
            nb: Vet at det finnes flere interessenter, men kan ikke navngi dem eller si hva hver av dem er opptatt av.
          ineffective:
          - en: A deal marked 80% stands still for two months because the seller never met the CFO, who had another supplier in mind.
            sv: En affär markerad med 80 % står still i två månader eftersom säljaren aldrig träffade ekonomichefen, som hade en annan leverantör i tankarna.
            nb: En avtale merket med 80 % står fast i to måneder fordi selgeren aldri møtte økonomisjefen, som hadde en annen leverandør i tankene.
        - level: 3
          behavior:
            en: Records for every deal in the CRM the decision-maker, users, procurement, finance and IT with their stance, and meets at least three of them.
            sv: Registrerar för varje affär i CRM beslutsfattare, användare, inköp, ekonomi och it med deras inställning, och träffar minst tre av dem.
            nb: Registrerer for hver avtale i CRM beslutningstaker, brukere, innkjøp, økonomi og IT med deres holdning, og møter minst tre av dem.
        - level: 4
          behavior:
            en: Finds out how the decision is actually made, for example who must agree before the management group meets, and plans contacts accordingly.
            sv: Tar reda på hur beslutet faktiskt fattas, till exempel vilka som måste vara överens innan ledningsgruppen möts, och planerar kontakterna därefter.
            nb: Finner ut hvordan beslutningen faktisk tas, for eksempel hvem som må være enige før ledergruppen møtes, og planlegger kontaktene deretter.
          effective:
          - en: Before the steering group meets, has met the union representative and the IT security officer and adjusted the proposal to both of their concerns.
            sv: Har före styrgruppens möte träffat den fackliga representanten och it-säkerhetsansvarige och anpassat förslaget efter bådas farhågor.
            nb: Har før styringsgruppens møte truffet den tillitsvalgte og den IT-sikkerhetsansvarlige og tilpasset forslaget til bekymringene til begge.
        - level: 5
          behavior:
            en: Helps the customer's internal champion build consensus, and teaches the team to spot deals with only one contact in the pipeline review.
            sv: Hjälper kundens interna förespråkare att skapa samsyn och lär teamet att upptäcka affärer med bara en kontakt vid pipelinegenomgången.
            nb: Hjelper kundens interne pådriver med å skape enighet, og lærer teamet å oppdage avtaler med bare én kontakt i pipelinegjennomgangen.
      - key: needs-analysis.business-impact
        name:
          en: Quantifying business impact
          sv: Kvantifiering av affärsnytta
          nb: Tallfesting av forretningsverdi
        description:
          en: "Turns the customer's problems into figures the customer agrees with: cost, risk, revenue or time."
          sv: "Omvandlar kundens problem till siffror som kunden håller med om: kostnad, risk, intäkter eller tid."
          nb: "Gjør kundens problemer om til tall som kunden er enig i: kostnad, risiko, inntekter eller tid."
        levels:
        - level: 1
          behavior:
            en: Describes needs only in general terms such as “they want to be more efficient”.
            sv: Beskriver behov bara i allmänna termer som ”de vill bli effektivare”.
            nb: Beskriver behov bare i generelle vendinger som «de vil bli mer effektive».
          ineffective:
          - en: Writes “improve efficiency” as the customer's need and has no answer when the buyer asks what it is worth to them.
            sv: Skriver ”effektivisera” som kundens behov och har inget svar när köparen frågar vad det är värt för dem.
            nb: Skriver «effektivisere» som kundens behov og har ikke noe svar når kjøperen spør hva det er verdt for dem.
        - level: 2
          behavior:
            en: Uses our standard savings figures instead of the customer's own numbers.
            sv: Använder våra standardsiffror för besparingar i stället för kundens egna.
            nb: Bruker våre standardtall for besparelser i stedet for kundens egne tall.
        - level: 3
          behavior:
            en: Works out with the customer, from their own figures, what the problem costs today, and writes it into the meeting notes.
            sv: Räknar tillsammans med kunden fram vad problemet kostar i dag, utifrån kundens egna siffror, och skriver in det i mötesanteckningarna.
            nb: Regner sammen med kunden ut hva problemet koster i dag, ut fra kundens egne tall, og skriver det inn i møtenotatene.
        - level: 4
          behavior:
            en: Builds a business case that the customer's finance function accepts, including the cost of doing nothing.
            sv: Tar fram en affärskalkyl som kundens ekonomifunktion godtar, inklusive kostnaden för att inte göra något.
            nb: Lager en lønnsomhetsberegning som kundens økonomifunksjon godtar, inkludert kostnaden ved å ikke gjøre noe.
          effective:
          - en: Works out with the warehouse manager that manual picking errors cost 1.2 million kronor a year, and the CFO quotes that figure in the decision memo.
            sv: Räknar tillsammans med lagerchefen fram att manuella plockfel kostar 1,2 miljoner kronor om året, och ekonomichefen citerar siffran i beslutsunderlaget.
            nb: Regner sammen med lagersjefen ut at manuelle plukkfeil koster 1,2 millioner kroner i året, og økonomisjefen siterer tallet i beslutningsnotatet.
        - level: 5
          behavior:
            en: Builds reusable value calculations from real customer results and trains colleagues to use them in their own meetings.
            sv: Bygger återanvändbara värdekalkyler på verkliga kundresultat och tränar kollegor i att använda dem på sina egna möten.
            nb: Bygger gjenbrukbare verdiberegninger på faktiske kunderesultater og trener kolleger i å bruke dem i egne møter.

    - key: value-presentation
      name:
        en: Value presentation
        sv: Värdepresentation
        nb: Verdipresentasjon
      competencies:
      - key: value-presentation.tailored-solution
        name:
          en: Tailoring the solution
          sv: Anpassad lösning
          nb: Tilpasset løsning
        description:
          en: Presents only what answers the needs the customer has confirmed, in the customer's own words and order of priority.
          sv: Presenterar bara det som svarar mot de behov kunden har bekräftat, med kundens egna ord och prioriteringar.
          nb: Presenterer bare det som svarer på behovene kunden har bekreftet, med kundens egne ord og prioriteringer.
        levels:
        - level: 1
          behavior:
            en: Shows the full standard demo regardless of what came up in the needs analysis.
            sv: Visar hela standarddemon oavsett vad som kom fram i behovsanalysen.
            nb: Viser hele standarddemoen uansett hva som kom fram i behovsanalysen.
          ineffective:
          - en: Demonstrates the reporting module for twenty minutes to a customer who said in the first meeting that reporting works fine today.
            sv: Demonstrerar rapportmodulen i tjugo minuter för en kund som sa på första mötet att rapporteringen fungerar bra i dag.
            nb: Demonstrerer rapportmodulen i tjue minutter for en kunde som sa i det første møtet at rapporteringen fungerer fint i dag.
        - level: 2
          behavior:
            en: Adds a slide about the customer at the start but otherwise presents features in the usual order.
            sv: Lägger till en bild om kunden i början men presenterar i övrigt funktionerna i vanlig ordning.
            nb: Legger til et lysbilde om kunden i starten, men presenterer ellers funksjonene i vanlig rekkefølge.
        - level: 3
          behavior:
            en: Builds the presentation around the customer's three or four confirmed needs and links each part of the solution to one of them.
            sv: Bygger presentationen kring kundens tre eller fyra bekräftade behov och kopplar varje del av lösningen till ett av dem.
            nb: Bygger presentasjonen rundt kundens tre eller fire bekreftede behov og knytter hver del av løsningen til ett av dem.
        - level: 4
          behavior:
            en: Adapts the same proposal to different people in the buying group, showing operations the daily workflow and the CFO the payback time.
            sv: Anpassar samma förslag till olika personer i köpgruppen och visar verksamheten det dagliga arbetsflödet och ekonomichefen återbetalningstiden.
            nb: Tilpasser det samme forslaget til ulike personer i innkjøpsgruppen og viser driften den daglige arbeidsflyten og økonomisjefen tilbakebetalingstiden.
          effective:
          - en: Opens with “You told us manual order entry is your biggest problem, so we start there” and shows nothing the customer has not asked about.
            sv: Inleder med ”Ni sa att den manuella orderhanteringen är ert största problem, så vi börjar där” och visar inget som kunden inte har frågat efter.
            nb: Åpner med «Dere sa at den manuelle ordrehåndteringen er det største problemet deres, så vi begynner der» og viser ikke noe kunden ikke har spurt om.
        - level: 5
          behavior:
            en: Creates presentation material that colleagues reuse, and reviews their presentations before important meetings.
            sv: Tar fram presentationsmaterial som kollegor återanvänder och går igenom deras presentationer inför viktiga möten.
            nb: Lager presentasjonsmateriell som kolleger gjenbruker, og går gjennom presentasjonene deres før viktige møter.
      - key: value-presentation.proof-and-references
        name:
          en: Proof and references
          sv: Bevis och referenser
          nb: Bevis og referanser
        description:
          en: Backs claims with relevant references, figures and pilots the customer can check, not with adjectives.
          sv: Underbygger påståenden med relevanta referenser, siffror och piloter som kunden kan kontrollera, inte med adjektiv.
          nb: Underbygger påstander med relevante referanser, tall og piloter som kunden kan sjekke, ikke med adjektiver.
        levels:
        - level: 1
          behavior:
            en: Describes the offering as “market-leading” and “flexible” without any evidence.
            sv: Beskriver erbjudandet som ”marknadsledande” och ”flexibelt” utan några belägg.
            nb: Beskriver tilbudet som «markedsledende» og «fleksibelt» uten noe belegg.
        - level: 2
          behavior:
            en: Mentions well-known customers by name but cannot say what results they got.
            sv: Nämner kända kunder vid namn men kan inte säga vilka resultat de fick.
            nb: Nevner kjente kunder ved navn, men kan ikke si hvilke resultater de fikk.
          ineffective:
          - en: Promises “at least 30% savings” in a meeting and cannot point to a single customer who achieved it.
            sv: Lovar ”minst 30 % besparing” på ett möte och kan inte visa en enda kund som har uppnått det.
            nb: Lover «minst 30 % besparelse» i et møte og kan ikke vise til en eneste kunde som har oppnådd det.
        - level: 3
          behavior:
            en: Chooses a reference of the same industry and size, gives its measured results, and offers a call with the reference.
            sv: Väljer en referens i samma bransch och storlek, redogör för dess uppmätta resultat och erbjuder ett samtal med referensen.
            nb: Velger en referanse i samme bransje og størrelse, redegjør for de målte resultatene og tilbyr en samtale med referansen.
        - level: 4
          behavior:
            en: When the customer doubts a claim, proposes a limited pilot with success criteria agreed in writing.
            sv: Föreslår en avgränsad pilot med skriftligt överenskomna framgångskriterier när kunden tvivlar på ett påstående.
            nb: Foreslår en avgrenset pilot med skriftlig avtalte suksesskriterier når kunden tviler på en påstand.
          effective:
          - en: When the IT manager doubts the integration will work, agrees on a four-week pilot with three measurable criteria and a decision date.
            sv: När it-chefen tvivlar på att integrationen kommer att fungera kommer säljaren överens om en pilot på fyra veckor med tre mätbara kriterier och ett beslutsdatum.
            nb: Når IT-sjefen tviler på at integrasjonen vil fungere, avtaler selgeren en pilot på fire uker med tre målbare kriterier og en beslutningsdato.
        - level: 5
          behavior:
            en: Keeps the team's reference library current with new customer cases and results, and colleagues use it in their proposals.
            sv: Håller teamets referensbibliotek aktuellt med nya kundcase och resultat, och kollegorna använder det i sina förslag.
            nb: Holder teamets referansebibliotek oppdatert med nye kundecaser og resultater, og kollegene bruker det i forslagene sine.
      - key: value-presentation.handling-objections
        name:
          en: Handling objections
          sv: Hantering av invändningar
          nb: Håndtering av innvendinger
        description:
          en: Explores the concern behind an objection and answers it directly, without arguing or glossing over it.
          sv: Utforskar oron bakom en invändning och bemöter den rakt, utan att säga emot eller släta över.
          nb: Utforsker bekymringen bak en innvending og svarer direkte på den, uten å argumentere imot eller glatte over.
        levels:
        - level: 1
          behavior:
            en: Argues back or changes the subject when the customer raises an objection.
            sv: Säger emot eller byter ämne när kunden har en invändning.
            nb: Sier imot eller bytter tema når kunden kommer med en innvending.
          ineffective:
          - en: When the IT manager says “we already have a system for this”, lists features for five minutes.
            sv: När it-chefen säger ”vi har redan ett system för det” räknar säljaren upp funktioner i fem minuter.
            nb: Når IT-sjefen sier «vi har allerede et system for dette», ramser selgeren opp funksjoner i fem minutter.
        - level: 2
          behavior:
            en: Answers the objection at once with a standard reply, without asking what lies behind it.
            sv: Besvarar invändningen direkt med ett standardsvar, utan att fråga vad som ligger bakom.
            nb: Svarer på innvendingen med en gang med et standardsvar, uten å spørre hva som ligger bak.
        - level: 3
          behavior:
            en: Asks what lies behind the objection, answers the real concern honestly, and checks that the answer was enough.
            sv: Frågar vad som ligger bakom invändningen, besvarar den verkliga oron ärligt och kontrollerar att svaret räckte.
            nb: Spør hva som ligger bak innvendingen, svarer ærlig på det egentlige bekymringet og sjekker at svaret var godt nok.
        - level: 4
          behavior:
            en: Raises likely objections before the customer does, including weaknesses in our own offer, and so builds trust.
            sv: Tar upp troliga invändningar innan kunden gör det, även svagheter i vårt eget erbjudande, och bygger på så sätt förtroende.
            nb: Tar opp sannsynlige innvendinger før kunden gjør det, også svakheter i vårt eget tilbud, og bygger på den måten tillit.
          effective:
          - en: "Says early in the meeting: “You will probably ask about our delivery capacity in Norway – here is how it looks, including what is not in place yet.”"
            sv: "Säger tidigt i mötet: ”Ni kommer säkert att fråga om vår leveranskapacitet i Norge – så här ser den ut, även det som inte är på plats än.”"
            nb: "Sier tidlig i møtet: «Dere kommer sikkert til å spørre om leveransekapasiteten vår i Norge – slik ser den ut, også det som ikke er på plass ennå.»"
        - level: 5
          behavior:
            en: Collects recurring objections with the answers that worked and runs practice sessions on them with the team.
            sv: Samlar återkommande invändningar med de svar som fungerat och håller träningspass på dem med teamet.
            nb: Samler gjentakende innvendinger med svarene som har fungert, og holder treningsøkter på dem med teamet.

    - key: negotiation
      name:
        en: Negotiation
        sv: Förhandling
        nb: Forhandling
      competencies:
      - key: negotiation.preparation
        name:
          en: Negotiation preparation
          sv: Förhandlingsförberedelse
          nb: Forberedelse til forhandling
        description:
          en: Enters every negotiation with a target, a walk-away point, what can be traded and a view of the customer's alternatives.
          sv: Går in i varje förhandling med ett mål, en smärtgräns, vad som kan bytas och en bild av kundens alternativ.
          nb: Går inn i hver forhandling med et mål, en smertegrense, hva som kan byttes, og et bilde av kundens alternativer.
        levels:
        - level: 1
          behavior:
            en: Goes into price discussions unprepared and decides on discounts in the room.
            sv: Går oförberedd in i prisdiskussioner och bestämmer rabatter på plats.
            nb: Går uforberedt inn i prisdiskusjoner og bestemmer rabatter der og da.
          ineffective:
          - en: Agrees to a 20% discount in the first negotiation meeting because “the customer seemed serious”, without checking the margin.
            sv: Går med på 20 % rabatt på första förhandlingsmötet eftersom ”kunden verkade seriös”, utan att ha kontrollerat marginalen.
            nb: Går med på 20 % rabatt i det første forhandlingsmøtet fordi «kunden virket seriøs», uten å ha sjekket marginen.
        - level: 2
          behavior:
            en: Knows the list price and the maximum discount, but has not thought about what else could be traded.
            sv: Känner till listpriset och den högsta tillåtna rabatten men har inte tänkt igenom vad mer som kan bytas.
            nb: Kjenner listeprisen og den høyeste tillatte rabatten, men har ikke tenkt gjennom hva annet som kan byttes.
        - level: 3
          behavior:
            en: Writes down before each negotiation the target, the walk-away point and what can be traded, such as term, volume, payment terms and start date.
            sv: Skriver före varje förhandling ned mål, smärtgräns och vad som kan bytas, till exempel avtalstid, volym, betalningsvillkor och startdatum.
            nb: Skriver før hver forhandling ned mål, smertegrense og hva som kan byttes, for eksempel avtaletid, volum, betalingsbetingelser og oppstartsdato.
        - level: 4
          behavior:
            en: Assesses the customer's alternatives and pressures, and plans the order of concessions with the sales manager before the meeting.
            sv: Bedömer kundens alternativ och tryck och planerar ordningen på eftergifterna tillsammans med säljchefen före mötet.
            nb: Vurderer kundens alternativer og press og planlegger rekkefølgen på innrømmelsene sammen med salgssjefen før møtet.
          effective:
          - en: Before renegotiating a framework agreement, rehearses with a colleague playing the procurement manager and prepares three trades that protect the margin.
            sv: Övar inför omförhandlingen av ett ramavtal med en kollega som spelar inköpschef och förbereder tre byten som skyddar marginalen.
            nb: Øver før reforhandlingen av en rammeavtale med en kollega som spiller innkjøpssjef, og forbereder tre byttehandler som beskytter marginen.
        - level: 5
          behavior:
            en: Runs negotiation rehearsals before colleagues' large deals, playing the buyer's role.
            sv: Leder förhandlingsövningar inför kollegornas stora affärer och spelar själv köparens roll.
            nb: Leder forhandlingsøvelser før kollegenes store avtaler og spiller selv kjøperens rolle.
      - key: negotiation.trading-concessions
        name:
          en: Trading concessions
          sv: Byta eftergifter
          nb: Bytte innrømmelser
        description:
          en: Gives nothing away without getting something back, and holds on to the agreed value when the customer pushes on price.
          sv: Ger inget utan att få något tillbaka och håller fast vid det överenskomna värdet när kunden pressar priset.
          nb: Gir ikke bort noe uten å få noe tilbake, og holder fast ved den avtalte verdien når kunden presser prisen.
        levels:
        - level: 1
          behavior:
            en: Lowers the price as soon as the buyer hesitates.
            sv: Sänker priset så fort köparen tvekar.
            nb: Setter ned prisen så snart kjøperen nøler.
        - level: 2
          behavior:
            en: Sometimes asks for something in return, but usually gives in at the second push.
            sv: Ber ibland om något i gengäld men ger oftast med sig vid andra påtryckningen.
            nb: Ber av og til om noe tilbake, men gir seg som regel ved det andre presset.
          ineffective:
          - en: When asked for a lower price, agrees and adds free training on top to keep the mood good.
            sv: Går med på ett lägre pris när kunden ber om det och lägger dessutom till gratis utbildning för att hålla stämningen uppe.
            nb: Går med på en lavere pris når kunden ber om det, og legger i tillegg til gratis opplæring for å holde stemningen oppe.
        - level: 3
          behavior:
            en: Links every concession to something in return (“if you…, then we…”) and records the trades in the CRM.
            sv: Kopplar varje eftergift till en motprestation (”om ni …, så kan vi …”) och dokumenterar bytena i CRM.
            nb: Knytter hver innrømmelse til en motytelse («hvis dere …, så kan vi …») og dokumenterer byttene i CRM.
        - level: 4
          behavior:
            en: Stays calm under pressure from professional buyers, and lands at or above the target margin even when the buyer plays suppliers against each other.
            sv: Behåller lugnet under press från professionella inköpare och landar på eller över målmarginalen även när köparen spelar ut leverantörer mot varandra.
            nb: Beholder roen under press fra profesjonelle innkjøpere og lander på eller over målmarginen selv når kjøperen spiller leverandørene ut mot hverandre.
          effective:
          - en: Answers a request for 10% off with “If you sign for three years and pay annually in advance, we can go down 6%”, and the buyer accepts.
            sv: Svarar på en begäran om 10 % rabatt med ”Om ni skriver på för tre år och betalar årsvis i förskott kan vi gå ned 6 %”, och köparen accepterar.
            nb: Svarer på et ønske om 10 % rabatt med «Hvis dere signerer for tre år og betaler årlig på forskudd, kan vi gå ned 6 %», og kjøperen takker ja.
        - level: 5
          behavior:
            en: Is the one colleagues call before a tough price meeting, and the team's average discount falls after joint preparation.
            sv: Är den som kollegorna ringer före ett tufft prismöte, och teamets genomsnittliga rabatt sjunker efter gemensamma förberedelser.
            nb: Er den kollegene ringer før et tøft prismøte, og teamets gjennomsnittlige rabatt går ned etter felles forberedelser.
      - key: negotiation.procurement-and-framework-agreements
        name:
          en: Procurement and framework agreements
          sv: Upphandling och ramavtal
          nb: Anskaffelser og rammeavtaler
        description:
          en: "Handles formal procurement, tenders and framework agreements: influences requirements early, submits correct bids and wins call-offs afterwards."
          sv: "Hanterar formell upphandling, anbud och ramavtal: påverkar kraven i tid, lämnar korrekta anbud och vinner avrop efteråt."
          nb: "Håndterer formelle anskaffelser, anbudskonkurranser og rammeavtaler: påvirker kravene tidlig, leverer korrekte tilbud og vinner avrop etterpå."
        levels:
        - level: 1
          behavior:
            en: Discovers tenders only when they are published, and bids without reading the evaluation criteria closely.
            sv: Upptäcker upphandlingar först när de annonseras och lämnar anbud utan att läsa utvärderingskriterierna noga.
            nb: Oppdager konkurranser først når de kunngjøres, og leverer tilbud uten å lese tildelingskriteriene nøye.
          ineffective:
          - en: Misses a mandatory requirement on page 34 of the tender documents, and the bid is rejected before the price is even compared.
            sv: Missar ett obligatoriskt krav på sidan 34 i förfrågningsunderlaget, och anbudet förkastas innan priset ens jämförs.
            nb: Overser et obligatorisk krav på side 34 i konkurransegrunnlaget, og tilbudet avvises før prisen i det hele tatt blir sammenlignet.
        - level: 2
          behavior:
            en: Submits compliant bids with help from colleagues, but treats a won framework agreement as a finished sale.
            sv: Lämnar anbud som uppfyller kraven med hjälp av kollegor men ser ett vunnet ramavtal som en färdig affär.
            nb: Leverer tilbud som oppfyller kravene med hjelp fra kolleger, men ser på en vunnet rammeavtale som et ferdig salg.
        - level: 3
          behavior:
            en: Follows the customer's procurement plan, takes part in market dialogues, submits complete bids on time and works for call-offs once an agreement is won.
            sv: Följer kundens upphandlingsplan, deltar i marknadsdialoger, lämnar kompletta anbud i tid och arbetar för avrop när ett avtal är vunnet.
            nb: Følger kundens anskaffelsesplan, deltar i markedsdialoger, leverer komplette tilbud i tide og jobber for avrop når en avtale er vunnet.
        - level: 4
          behavior:
            en: Influences the requirements through the market dialogue within the rules, and knows which evaluation criteria will decide the award.
            sv: Påverkar kraven genom marknadsdialogen inom regelverkets ramar och vet vilka utvärderingskriterier som kommer att avgöra tilldelningen.
            nb: Påvirker kravene gjennom markedsdialogen innenfor regelverket og vet hvilke tildelingskriterier som vil avgjøre valget av leverandør.
          effective:
          - en: After winning a framework agreement with a region, visits the five largest units that can place call-offs and gets three of them ordering within six months.
            sv: Besöker efter ett vunnet ramavtal med en region de fem största enheterna som kan göra avrop och får tre av dem att beställa inom sex månader.
            nb: Besøker etter en vunnet rammeavtale med en fylkeskommune de fem største enhetene som kan gjøre avrop, og får tre av dem til å bestille innen seks måneder.
        - level: 5
          behavior:
            en: Leads the bid team on large tenders, and the team's win rate on tenders rises because lessons from lost bids are written down and used.
            sv: Leder anbudsteamet i stora upphandlingar, och teamets vinstandel i upphandlingar ökar eftersom lärdomar från förlorade anbud skrivs ned och används.
            nb: Leder tilbudsteamet i store konkurranser, og teamets vinnrate i konkurranser øker fordi lærdom fra tapte tilbud skrives ned og brukes.

    - key: closing
      name:
        en: Closing
        sv: Avslut
        nb: Avslutning
      competencies:
      - key: closing.mutual-action-plan
        name:
          en: Mutual action plan
          sv: Gemensam handlingsplan
          nb: Felles handlingsplan
        description:
          en: Agrees with the customer on the steps, owners and dates that lead to a decision and a start, and keeps both sides to them.
          sv: Kommer överens med kunden om steg, ansvariga och datum fram till beslut och start, och ser till att båda sidor håller dem.
          nb: Blir enig med kunden om steg, ansvarlige og datoer fram til beslutning og oppstart, og sørger for at begge sider holder dem.
        levels:
        - level: 1
          behavior:
            en: Waits for the customer to get back after a proposal, with no agreed next step.
            sv: Väntar på att kunden ska återkomma efter en offert, utan något överenskommet nästa steg.
            nb: Venter på at kunden skal komme tilbake etter et tilbud, uten noe avtalt neste steg.
          ineffective:
          - en: Sends the proposal in June, hears nothing until September, and then learns that the budget went to another project.
            sv: Skickar offerten i juni, hör ingenting förrän i september och får då veta att budgeten har gått till ett annat projekt.
            nb: Sender tilbudet i juni, hører ingenting før i september og får da vite at budsjettet har gått til et annet prosjekt.
        - level: 2
          behavior:
            en: Agrees on the next meeting but not on the path to a decision, so the close date in the CRM keeps moving.
            sv: Kommer överens om nästa möte men inte om vägen till beslut, så avslutsdatumet i CRM flyttas gång på gång.
            nb: Avtaler neste møte, men ikke veien fram til beslutning, så avslutningsdatoen i CRM flyttes gang på gang.
        - level: 3
          behavior:
            en: "Writes a shared plan with the customer for every deal in the final stages: legal review, security review, board approval, signature and start date."
            sv: "Skriver en gemensam plan med kunden för varje affär i slutfaserna: juridisk granskning, säkerhetsgranskning, styrelsebeslut, underskrift och startdatum."
            nb: "Skriver en felles plan med kunden for hver avtale i sluttfasene: juridisk gjennomgang, sikkerhetsgjennomgang, styrebehandling, signering og oppstartsdato."
        - level: 4
          behavior:
            en: Works backwards from the date the customer needs the solution running, and sees delays such as summer holidays or budget meetings months ahead.
            sv: Räknar baklänges från det datum då kunden behöver ha lösningen i drift och ser förseningar som sommarsemester eller budgetmöten flera månader i förväg.
            nb: Regner baklengs fra datoen da kunden trenger løsningen i drift, og ser forsinkelser som sommerferie eller budsjettmøter flere måneder i forveien.
          effective:
          - en: Agrees with the customer in April that the contract must be signed before 20 June for a start in September, and books the legal review for May.
            sv: Kommer i april överens med kunden om att avtalet måste skrivas under före den 20 juni för start i september och bokar in den juridiska granskningen i maj.
            nb: Blir i april enig med kunden om at avtalen må signeres før 20. juni for oppstart i september, og setter opp den juridiske gjennomgangen i mai.
        - level: 5
          behavior:
            en: Makes the mutual action plan standard practice in the team, and the team's forecast close dates become more reliable.
            sv: Gör den gemensamma handlingsplanen till standard i teamet, och teamets prognostiserade avslutsdatum blir mer tillförlitliga.
            nb: Gjør den felles handlingsplanen til standard i teamet, og teamets prognoser for avslutningsdato blir mer pålitelige.
      - key: closing.asking-for-commitment
        name:
          en: Asking for commitment
          sv: Be om beslut
          nb: Be om beslutning
        description:
          en: Asks clearly for the decision or the next commitment when the customer is ready, and handles a no directly.
          sv: Ber tydligt om beslutet eller nästa åtagande när kunden är redo och hanterar ett nej rakt.
          nb: Ber tydelig om beslutningen eller neste forpliktelse når kunden er klar, og håndterer et nei direkte.
        levels:
        - level: 1
          behavior:
            en: Ends meetings with “let me know what you think” and never asks for a decision.
            sv: Avslutar möten med ”hör av er vad ni tycker” och ber aldrig om ett beslut.
            nb: Avslutter møter med «gi beskjed om hva dere synes» og ber aldri om en beslutning.
        - level: 2
          behavior:
            en: Asks for the order only when the sales manager is in the meeting, or pushes so hard at the wrong moment that the customer pulls back.
            sv: Ber om ordern bara när säljchefen är med på mötet, eller pressar så hårt vid fel tillfälle att kunden backar.
            nb: Ber om ordren bare når salgssjefen er med i møtet, eller presser så hardt i feil øyeblikk at kunden trekker seg.
          ineffective:
          - en: After a good demo, says “we will send over some material” instead of asking for the pilot decision the customer was ready to make.
            sv: Säger efter en bra demo ”vi skickar över lite material” i stället för att be om det pilotbeslut som kunden var redo att fatta.
            nb: Sier etter en god demo «vi sender over litt materiell» i stedet for å be om pilotbeslutningen kunden var klar til å ta.
        - level: 3
          behavior:
            en: Ends every meeting with a concrete commitment from the customer, and asks directly for the decision once the agreed criteria are met.
            sv: Avslutar varje möte med ett konkret åtagande från kunden och ber rakt om beslutet när de överenskomna kriterierna är uppfyllda.
            nb: Avslutter hvert møte med en konkret forpliktelse fra kunden og ber direkte om beslutningen når de avtalte kriteriene er oppfylt.
        - level: 4
          behavior:
            en: Tests readiness with questions such as “what would stop you from signing this month?” and turns a no into a clear reason and a next step.
            sv: Prövar om kunden är redo med frågor som ”vad skulle hindra er från att skriva under den här månaden?” och gör ett nej till en tydlig orsak och ett nästa steg.
            nb: Prøver om kunden er klar med spørsmål som «hva ville hindre dere i å signere denne måneden?» og gjør et nei om til en tydelig årsak og et neste steg.
          effective:
          - en: Asks “Is there anything that would stop you from signing on Friday?”, hears that the security review is still open, and books it for Wednesday.
            sv: Frågar ”Finns det något som skulle hindra er från att skriva under på fredag?”, får höra att säkerhetsgranskningen återstår och bokar in den till onsdag.
            nb: Spør «Er det noe som ville hindre dere i å signere på fredag?», får høre at sikkerhetsgjennomgangen gjenstår, og booker den til onsdag.
        - level: 5
          behavior:
            en: Coaches colleagues in asking for commitment the way Nordic buyers respect – directly, without pushing – and joins their key meetings.
            sv: Coachar kollegor i att be om åtaganden på ett sätt som nordiska köpare respekterar – rakt, utan att pressa – och är med på deras viktiga möten.
            nb: Coacher kolleger i å be om forpliktelser på en måte som nordiske kjøpere respekterer – direkte, uten å presse – og blir med på de viktige møtene deres.

    - key: account-development
      name:
        en: Account development
        sv: Kundutveckling
        nb: Kundeutvikling
      competencies:
      - key: account-development.delivered-value
        name:
          en: Following up delivered value
          sv: Uppföljning av levererat värde
          nb: Oppfølging av levert verdi
        description:
          en: Checks with the customer after delivery that the promised value is being realized, and acts when it is not.
          sv: Stämmer av med kunden efter leveransen att det utlovade värdet uppnås och agerar när det inte gör det.
          nb: Sjekker med kunden etter leveransen at den lovede verdien blir realisert, og handler når den ikke blir det.
        levels:
        - level: 1
          behavior:
            en: Has no contact with the customer between signing and renewal.
            sv: Har ingen kontakt med kunden mellan underskrift och förnyelse.
            nb: Har ingen kontakt med kunden mellom signering og fornyelse.
          ineffective:
          - en: After a year without a single meeting, learns from the customer's procurement department that the agreement will not be renewed.
            sv: Får efter ett år utan ett enda möte veta av kundens inköpsavdelning att avtalet inte kommer att förnyas.
            nb: Får etter et år uten et eneste møte vite fra kundens innkjøpsavdeling at avtalen ikke blir fornyet.
        - level: 2
          behavior:
            en: Calls the customer now and then, but without checking whether the promised results have come.
            sv: Ringer kunden då och då men utan att kontrollera om de utlovade resultaten har kommit.
            nb: Ringer kunden av og til, men uten å sjekke om de lovede resultatene har kommet.
        - level: 3
          behavior:
            en: Holds a value review with the customer at least twice a year, comparing results with the business case from the sale.
            sv: Håller en värdeavstämning med kunden minst två gånger om året och jämför resultaten med affärskalkylen från försäljningen.
            nb: Holder en verdigjennomgang med kunden minst to ganger i året og sammenligner resultatene med lønnsomhetsberegningen fra salget.
        - level: 4
          behavior:
            en: Spots accounts where usage or results are falling, and brings in delivery or support before the customer complains.
            sv: Upptäcker kunder där användningen eller resultaten sjunker och tar in leverans eller support innan kunden klagar.
            nb: Oppdager kunder der bruken eller resultatene går ned, og trekker inn leveranse eller kundestøtte før kunden klager.
          effective:
          - en: Shows the customer's management group that order lead times fell from five days to two, and they ask for the same solution at two more sites.
            sv: Visar kundens ledningsgrupp att ledtiden för order har sjunkit från fem dagar till två, och de ber om samma lösning på ytterligare två anläggningar.
            nb: Viser kundens ledergruppe at ledetiden for ordrer har gått ned fra fem dager til to, og de ber om den samme løsningen på ytterligere to anlegg.
        - level: 5
          behavior:
            en: Sets up a value review routine that the whole team follows, and the share of renewed agreements rises.
            sv: Inför en rutin för värdeavstämningar som hela teamet följer, och andelen förnyade avtal ökar.
            nb: Innfører en rutine for verdigjennomganger som hele teamet følger, og andelen fornyede avtaler øker.
      - key: account-development.account-growth
        name:
          en: Growing existing accounts
          sv: Utveckling av befintliga kunder
          nb: Utvikling av eksisterende kunder
        description:
          en: Finds and pursues new needs, units and products at existing customers, building on the value already delivered.
          sv: Hittar och driver nya behov, enheter och produkter hos befintliga kunder utifrån det värde som redan har levererats.
          nb: Finner og følger opp nye behov, enheter og produkter hos eksisterende kunder ut fra verdien som allerede er levert.
        levels:
        - level: 1
          behavior:
            en: Treats the account as done once the first order is signed.
            sv: Betraktar kunden som klar när den första ordern är underskriven.
            nb: Ser på kunden som ferdig når den første ordren er signert.
        - level: 2
          behavior:
            en: Sells more only when the customer asks, and does not know the customer's other units.
            sv: Säljer mer bara när kunden själv frågar och känner inte till kundens andra enheter.
            nb: Selger mer bare når kunden selv spør, og kjenner ikke til kundens andre enheter.
          ineffective:
          - en: Hears in a routine call that the customer is opening an office in Oslo, but neither follows it up nor notes it in the CRM.
            sv: Hör i ett rutinsamtal att kunden ska öppna kontor i Oslo men varken följer upp det eller noterar det i CRM.
            nb: Hører i en rutinesamtale at kunden skal åpne kontor i Oslo, men verken følger det opp eller noterer det i CRM.
        - level: 3
          behavior:
            en: Keeps an account plan for each key customer with known units, needs and possible next deals, updated every quarter.
            sv: Har en kundplan för varje nyckelkund med kända enheter, behov och möjliga nästa affärer, uppdaterad varje kvartal.
            nb: Har en kundeplan for hver nøkkelkunde med kjente enheter, behov og mulige neste avtaler, oppdatert hvert kvartal.
        - level: 4
          behavior:
            en: Develops new opportunities with the customer from their strategy, such as a new market or a sustainability goal, before any competitor is involved.
            sv: Tar fram nya affärsmöjligheter tillsammans med kunden utifrån deras strategi, till exempel en ny marknad eller ett hållbarhetsmål, innan någon konkurrent är inblandad.
            nb: Utvikler nye salgsmuligheter sammen med kunden ut fra strategien deres, for eksempel et nytt marked eller et bærekraftsmål, før noen konkurrent er involvert.
          effective:
          - en: Uses the quarterly review to ask about the customer's plans for next year, and leaves with two new opportunities logged in the CRM.
            sv: Använder kvartalsavstämningen till att fråga om kundens planer för nästa år och går därifrån med två nya affärsmöjligheter registrerade i CRM.
            nb: Bruker kvartalsgjennomgangen til å spørre om kundens planer for neste år og går derfra med to nye salgsmuligheter registrert i CRM.
        - level: 5
          behavior:
            en: Leads account planning workshops for the team's largest customers, and the share of revenue from existing customers grows.
            sv: Leder workshoppar i kundplanering för teamets största kunder, och andelen intäkter från befintliga kunder växer.
            nb: Leder arbeidsmøter om kundeplanlegging for teamets største kunder, og andelen inntekter fra eksisterende kunder vokser.
      - key: account-development.relationship-breadth
        name:
          en: Broad customer relationships
          sv: Bredd i kundrelationen
          nb: Bredde i kunderelasjonen
        description:
          en: Builds relationships of trust at several levels and functions of the account, so that the business does not hang on one person.
          sv: Bygger förtroendefulla relationer på flera nivåer och i flera funktioner hos kunden, så att affären inte hänger på en enda person.
          nb: Bygger tillitsfulle relasjoner på flere nivåer og i flere funksjoner hos kunden, slik at kundeforholdet ikke henger på én person.
        levels:
        - level: 1
          behavior:
            en: Knows one person at the customer.
            sv: Känner en person hos kunden.
            nb: Kjenner én person hos kunden.
          ineffective:
          - en: The only contact at a large customer changes jobs, and the seller has to start again with a cold call.
            sv: Den enda kontakten hos en stor kund byter jobb, och säljaren får börja om med ett kallt samtal.
            nb: Den eneste kontakten hos en stor kunde bytter jobb, og selgeren må begynne på nytt med en kald telefon.
        - level: 2
          behavior:
            en: Has a few contacts, but all at the same level and in the same department.
            sv: Har några kontakter, men alla på samma nivå och på samma avdelning.
            nb: Har noen kontakter, men alle på samme nivå og i samme avdeling.
        - level: 3
          behavior:
            en: Has regular contact with the users, procurement and at least one manager at each key customer, logged in the CRM.
            sv: Har regelbunden kontakt med användarna, inköp och minst en chef hos varje nyckelkund, loggad i CRM.
            nb: Har jevnlig kontakt med brukerne, innkjøp og minst én leder hos hver nøkkelkunde, logget i CRM.
        - level: 4
          behavior:
            en: Is treated as an advisor by the customer's management, who call for advice before starting new projects.
            sv: Behandlas som rådgivare av kundens ledning, som ringer för att rådfråga innan de startar nya projekt.
            nb: Blir behandlet som rådgiver av kundens ledelse, som ringer for å få råd før de starter nye prosjekter.
        - level: 5
          behavior:
            en: Pairs colleagues with their counterparts at the customer, from service to management, so the relationship survives when individuals change.
            sv: Kopplar ihop kollegor med deras motsvarigheter hos kunden, från service till ledning, så att relationen överlever när enskilda personer byts ut.
            nb: Kobler kolleger sammen med motpartene deres hos kunden, fra service til ledelse, slik at relasjonen overlever når enkeltpersoner byttes ut.
          effective:
          - en: When the customer's CEO is replaced, colleagues already know the rest of the management group, and the agreement is renewed without being put out to tender.
            sv: När kundens vd byts ut känner kollegorna redan resten av ledningsgruppen, och avtalet förnyas utan att konkurrensutsättas.
            nb: Når kundens daglige leder byttes ut, kjenner kollegene allerede resten av ledergruppen, og avtalen fornyes uten å bli konkurranseutsatt.

    - key: pipeline-discipline
      name:
        en: Pipeline discipline
        sv: Pipelinedisciplin
        nb: Pipelinedisiplin
      competencies:
      - key: pipeline-discipline.crm-hygiene
        name:
          en: Keeping the CRM current
          sv: Uppdaterat CRM
          nb: Oppdatert CRM
        description:
          en: Keeps deals, contacts, activities and next steps in the CRM current, so that others can rely on them without asking.
          sv: Håller affärer, kontakter, aktiviteter och nästa steg i CRM aktuella, så att andra kan lita på dem utan att fråga.
          nb: Holder avtaler, kontakter, aktiviteter og neste steg i CRM oppdatert, slik at andre kan stole på dem uten å spørre.
        levels:
        - level: 1
          behavior:
            en: Updates the CRM only before the pipeline review, if at all.
            sv: Uppdaterar CRM bara inför pipelinegenomgången, om ens då.
            nb: Oppdaterer CRM bare før pipelinegjennomgangen, om i det hele tatt.
          ineffective:
          - en: Half of the seller's open deals have a close date in the past, and the sales manager has to ask in the corridor what is going on.
            sv: Hälften av säljarens öppna affärer har ett avslutsdatum som redan har passerat, och säljchefen måste fråga i korridoren vad som händer.
            nb: Halvparten av selgerens åpne avtaler har en avslutningsdato som allerede er passert, og salgssjefen må spørre på gangen hva som skjer.
        - level: 2
          behavior:
            en: Logs meetings but lets amounts, close dates and next steps go out of date.
            sv: Loggar möten men låter belopp, avslutsdatum och nästa steg bli inaktuella.
            nb: Logger møter, men lar beløp, avslutningsdatoer og neste steg bli utdatert.
        - level: 3
          behavior:
            en: Updates every open deal within a day of each customer contact, with a dated next step.
            sv: Uppdaterar varje öppen affär inom ett dygn efter varje kundkontakt, med ett daterat nästa steg.
            nb: Oppdaterer hver åpen avtale innen et døgn etter hver kundekontakt, med et datert neste steg.
        - level: 4
          behavior:
            en: Writes notes a colleague could take over the deal from, including the buying group, the risks and what has been promised.
            sv: Skriver anteckningar som en kollega skulle kunna ta över affären utifrån, med köpgrupp, risker och vad som har utlovats.
            nb: Skriver notater som en kollega kunne ha overtatt avtalen ut fra, med innkjøpsgruppe, risikoer og hva som er lovet.
          effective:
          - en: Goes on parental leave at short notice, and a colleague carries three deals forward from the CRM notes without having to call.
            sv: Går på föräldraledighet med kort varsel, och en kollega driver tre affärer vidare utifrån anteckningarna i CRM utan att behöva ringa.
            nb: Går ut i foreldrepermisjon på kort varsel, og en kollega fører tre avtaler videre ut fra notatene i CRM uten å måtte ringe.
        - level: 5
          behavior:
            en: Shows colleagues how a current CRM saves them time, and the team's share of deals without a next step drops.
            sv: Visar kollegor hur ett uppdaterat CRM sparar tid åt dem, och teamets andel affärer utan nästa steg minskar.
            nb: Viser kolleger hvordan et oppdatert CRM sparer dem for tid, og teamets andel avtaler uten neste steg går ned.
      - key: pipeline-discipline.stage-qualification
        name:
          en: Honest stage qualification
          sv: Ärlig fasbedömning
          nb: Ærlig fasevurdering
        description:
          en: Moves a deal to the next stage only when the customer has done what that stage requires, and removes deals that are not real.
          sv: Flyttar en affär till nästa fas först när kunden har gjort det som fasen kräver och tar bort affärer som inte är verkliga.
          nb: Flytter en avtale til neste fase først når kunden har gjort det fasen krever, og fjerner avtaler som ikke er reelle.
        levels:
        - level: 1
          behavior:
            en: Moves deals forward on gut feeling and keeps dead deals in the pipeline to make it look full.
            sv: Flyttar affärer framåt på magkänsla och behåller döda affärer i pipelinen för att den ska se full ut.
            nb: Flytter avtaler videre på magefølelse og beholder døde avtaler i pipelinen for at den skal se full ut.
        - level: 2
          behavior:
            en: Knows the criteria for each stage but stretches them when the month is weak.
            sv: Känner till kriterierna för varje fas men tänjer på dem när månaden är svag.
            nb: Kjenner kriteriene for hver fase, men tøyer dem når måneden er svak.
          ineffective:
          - en: Keeps a deal in the “negotiation” stage for five months although the customer has not answered an email since spring.
            sv: Låter en affär ligga kvar i fasen ”förhandling” i fem månader trots att kunden inte har svarat på ett mejl sedan i våras.
            nb: Lar en avtale bli liggende i fasen «forhandling» i fem måneder selv om kunden ikke har svart på en e-post siden i vår.
        - level: 3
          behavior:
            en: Can point to the customer action behind each stage, such as a confirmed budget or a named decision-maker, and closes lost deals with a reason.
            sv: Kan peka på kundens handling bakom varje fas, som en bekräftad budget eller en namngiven beslutsfattare, och stänger förlorade affärer med en orsak.
            nb: Kan vise til kundens handling bak hver fase, som et bekreftet budsjett eller en navngitt beslutningstaker, og lukker tapte avtaler med en årsak.
        - level: 4
          behavior:
            en: Challenges their own deals in the pipeline review before the sales manager does, and moves stalled deals back a stage with a plan to revive them.
            sv: Ifrågasätter sina egna affärer vid pipelinegenomgången innan säljchefen gör det och flyttar affärer som står still tillbaka en fas med en plan för att få fart på dem.
            nb: Utfordrer sine egne avtaler i pipelinegjennomgangen før salgssjefen gjør det, og flytter avtaler som står fast, tilbake en fase med en plan for å få dem i gang igjen.
          effective:
          - en: Closes four old deals as lost, each with a reason, before the quarterly review; the pipeline shrinks, but the sales manager trusts it.
            sv: Stänger fyra gamla affärer som förlorade, var och en med en orsak, före kvartalsgenomgången; pipelinen krymper, men säljchefen litar på den.
            nb: Lukker fire gamle avtaler som tapt, hver med en årsak, før kvartalsgjennomgangen; pipelinen krymper, men salgssjefen stoler på den.
        - level: 5
          behavior:
            en: Helps the team agree on clear stage criteria based on what the customer has done, so conversion between stages can be compared across teams.
            sv: Hjälper teamet att enas om tydliga faskriterier som bygger på vad kunden har gjort, så att konverteringen mellan faserna går att jämföra mellan team.
            nb: Hjelper teamet med å bli enige om tydelige fasekriterier som bygger på hva kunden har gjort, slik at konverteringen mellom fasene kan sammenlignes på tvers av team.
      - key: pipeline-discipline.forecast-accuracy
        name:
          en: Forecast accuracy
          sv: Träffsäker prognos
          nb: Treffsikker prognose
        description:
          en: Commits to a forecast built on evidence in each deal, lands close to it, and raises risks early.
          sv: Lämnar en prognos som bygger på fakta i varje affär, hamnar nära den och flaggar risker tidigt.
          nb: Leverer en prognose som bygger på fakta i hver avtale, havner nær den og varsler risiko tidlig.
        levels:
        - level: 1
          behavior:
            en: Gives a forecast that is a hope, and misses it without warning.
            sv: Lämnar en prognos som är en förhoppning och missar den utan förvarning.
            nb: Leverer en prognose som er et håp, og bommer på den uten forvarsel.
          ineffective:
          - en: Reports three large deals as certain in the last week of the quarter; none of them signs, and the sales manager finds out on the last day.
            sv: Rapporterar tre stora affärer som säkra sista veckan i kvartalet; ingen av dem skrivs under, och säljchefen får veta det sista dagen.
            nb: Rapporterer tre store avtaler som sikre den siste uken i kvartalet; ingen av dem blir signert, og salgssjefen får vite det den siste dagen.
        - level: 2
          behavior:
            en: Forecasts roughly right for the quarter but cannot say which deals will make up the number.
            sv: Prognostiserar ungefär rätt för kvartalet men kan inte säga vilka affärer som ska ge siffran.
            nb: Treffer omtrent riktig for kvartalet, men kan ikke si hvilke avtaler som skal gi tallet.
        - level: 3
          behavior:
            en: Separates committed deals from possible upside, and lands within about 10% of the committed forecast in most quarters.
            sv: Skiljer på säkra affärer och möjlig uppsida och hamnar inom ungefär 10 % av den säkra prognosen de flesta kvartal.
            nb: Skiller mellom sikre avtaler og mulig oppside og havner innenfor omtrent 10 % av den sikre prognosen i de fleste kvartaler.
        - level: 4
          behavior:
            en: Flags in the forecast meeting as soon as a deal starts to slip, and says what it would take to save it.
            sv: Flaggar i prognosmötet så fort en affär börjar glida och säger vad som krävs för att rädda den.
            nb: Sier fra i prognosemøtet så snart en avtale begynner å gli ut, og sier hva som skal til for å redde den.
          effective:
          - en: Tells the sales manager in week 6 that the largest deal will slip because the customer's board meeting has moved, and brings two other deals forward to cover.
            sv: Berättar för säljchefen vecka 6 att den största affären kommer att glida eftersom kundens styrelsemöte har flyttats, och tidigarelägger två andra affärer för att täcka upp.
            nb: Forteller salgssjefen i uke 6 at den største avtalen vil gli ut fordi kundens styremøte er flyttet, og framskynder to andre avtaler for å dekke opp.
        - level: 5
          behavior:
            en: Helps colleagues test their forecasts against evidence in their deals, and the team's forecasts become the most accurate in the organization.
            sv: Hjälper kollegor att pröva sina prognoser mot fakta i affärerna, och teamets prognoser blir de mest träffsäkra i organisationen.
            nb: Hjelper kolleger med å teste prognosene sine mot fakta i avtalene, og teamets prognoser blir de mest treffsikre i organisasjonen.

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
