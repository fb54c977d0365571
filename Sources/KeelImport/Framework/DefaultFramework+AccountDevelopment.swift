import SalesDomain

extension FrameworkDocument {
    /// The default framework's area *Account development* as framework-file YAML (see ``nordicB2BYAML``).
    static let nordicB2BAccountDevelopment = #"""
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
    """#
}
