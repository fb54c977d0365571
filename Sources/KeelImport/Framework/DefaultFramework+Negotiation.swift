import SalesDomain

extension FrameworkDocument {
    /// The default framework's area *Negotiation* as framework-file YAML (see ``nordicB2BYAML``).
    static let nordicB2BNegotiation = #"""
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
    """#
}
