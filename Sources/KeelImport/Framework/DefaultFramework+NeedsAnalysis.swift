import SalesDomain

extension FrameworkDocument {
    /// The default framework's area *Needs analysis* as framework-file YAML (see ``nordicB2BYAML``).
    static let nordicB2BNeedsAnalysis = #"""
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
    """#
}
