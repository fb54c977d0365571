extension PracticeLibraryDocument {
    /// The default practice library's items for the area *account-development* (see ``nordicB2BYAML``).
    static let nordicB2BAccountDevelopment = #"""
    - key: account-development.delivered-value.value-review-prep
      competency: account-development.delivered-value
      kind: drill
      aim-level: 3
      minutes: 20
      title:
        en: Prepare a value review against the original business case
        sv: Förbered en värdeuppföljning mot det ursprungliga affärscaset
        nb: Forbered en verdigjennomgang mot den opprinnelige business casen
      instructions:
        en: |-
          1. Pick one customer who signed six to eighteen months ago and has had no value review since.
          2. Find the business case or the promises from the sale: the proposal, the meeting notes, the figures the customer agreed to.
          3. Write down the two or three results that were promised, each with the figure from the sale (for example “order lead time from five days to two”).
          4. For each, write what you know about the result today and where the number could come from: the customer's own reports, our usage data, support tickets.
          5. Mark each result as reached, partly reached, not reached or unknown.
          6. Contact your customer this week and propose a 45-minute review with the person who owned the business case. Send the list of results you will go through in advance.
          7. If anything is not reached, talk to delivery or support before the meeting and bring a proposal.
        sv: |-
          1. Välj en kund som skrev på för sex till arton månader sedan och som inte har haft någon värdeuppföljning sedan dess.
          2. Ta fram affärscaset eller löftena från försäljningen: förslaget, mötesanteckningarna, de siffror kunden ställde sig bakom.
          3. Skriv ned de två eller tre resultat som utlovades, vart och ett med siffran från försäljningen (till exempel ”ledtiden för order från fem dagar till två”).
          4. Skriv för vart och ett vad du vet om resultatet i dag och var siffran kan hämtas: kundens egna rapporter, vår användningsdata, supportärenden.
          5. Markera varje resultat som uppnått, delvis uppnått, inte uppnått eller okänt.
          6. Kontakta kunden den här veckan och föreslå en genomgång på 45 minuter med den person som ägde affärscaset. Skicka listan över resultaten ni ska gå igenom i förväg.
          7. Är något inte uppnått, prata med leverans eller support före mötet och kom med ett förslag.
        nb: |-
          1. Velg én kunde som signerte for seks til atten måneder siden og ikke har hatt noen verdigjennomgang siden.
          2. Finn fram business casen eller løftene fra salget: tilbudet, møtenotatene, tallene kunden sluttet seg til.
          3. Skriv ned de to eller tre resultatene som ble lovet, hvert med tallet fra salget (for eksempel «ledetiden for ordre fra fem dager til to»).
          4. Skriv for hvert av dem hva du vet om resultatet i dag, og hvor tallet kan hentes fra: kundens egne rapporter, bruksdataene våre, supportsaker.
          5. Marker hvert resultat som nådd, delvis nådd, ikke nådd eller ukjent.
          6. Kontakt kunden denne uken og foreslå en gjennomgang på 45 minutter med personen som eide business casen. Send listen over resultatene dere skal gå gjennom, på forhånd.
          7. Er noe ikke nådd, snakk med leveranse eller support før møtet og kom med et forslag.
    - key: account-development.delivered-value.results-lagging
      competency: account-development.delivered-value
      kind: role-play
      aim-level: 4
      minutes: 25
      title:
        en: Value review where the promised results have not come
        sv: Värdeuppföljning där de utlovade resultaten uteblivit
        nb: Verdigjennomgang der de lovede resultatene har uteblitt
      situation:
        en: Value review with the head of department at a Swedish municipality that bought your case-management system a year ago. The business case promised that handling time per case would fall by a quarter. Usage data shows that one of the three units still uses the old spreadsheets for half its cases. The agreement comes up for extension in five months, and the municipality can choose to procure again instead.
        sv: Värdeuppföljning med förvaltningschefen i en svensk kommun som köpte ert ärendehanteringssystem för ett år sedan. Affärscaset utlovade att handläggningstiden per ärende skulle minska med en fjärdedel. Användningsdata visar att en av de tre enheterna fortfarande använder de gamla kalkylarken för hälften av sina ärenden. Om fem månader ska kommunen ta ställning till förlängning och kan välja att upphandla på nytt i stället.
        nb: Verdigjennomgang med kommunalsjefen i en svensk kommune som kjøpte saksbehandlingssystemet deres for et år siden. Business casen lovet at saksbehandlingstiden per sak skulle gå ned med en firedel. Bruksdataene viser at én av de tre enhetene fortsatt bruker de gamle regnearkene for halvparten av sakene sine. Om fem måneder skal kommunen ta stilling til forlengelse og kan velge å gjennomføre en ny anskaffelse i stedet.
      customer-part:
        en: You are the head of department. Overall you are fairly satisfied, but your controller has told you that the savings are smaller than promised, and you have not raised it with the supplier. The unit that still uses spreadsheets lost its team leader in the spring, and its staff never got proper training. If the seller presents only the good figures, you nod and say nothing about your doubts. If the seller raises the gap honestly and asks what happened, you explain about the unit and become constructive. If the seller proposes a concrete fix with dates, you mention that you will need to justify the extension to the politicians in the autumn.
        sv: Du är förvaltningschef. På det hela taget är du ganska nöjd, men din controller har sagt att besparingarna är mindre än utlovat, och det har du inte tagit upp med leverantören. Enheten som fortfarande använder kalkylark förlorade sin teamledare i våras, och personalen fick aldrig någon ordentlig utbildning. Visar säljaren bara de bra siffrorna nickar du och säger ingenting om dina tvivel. Tar säljaren ärligt upp gapet och frågar vad som hänt berättar du om enheten och blir konstruktiv. Föreslår säljaren en konkret åtgärd med datum nämner du att du behöver motivera förlängningen för politikerna i höst.
        nb: Du er kommunalsjef. Alt i alt er du ganske fornøyd, men controlleren din har sagt at besparelsene er mindre enn lovet, og det har du ikke tatt opp med leverandøren. Enheten som fortsatt bruker regneark, mistet teamlederen sin i vår, og de ansatte fikk aldri skikkelig opplæring. Viser selgeren bare de gode tallene, nikker du og sier ingenting om tvilen din. Tar selgeren ærlig opp gapet og spør hva som har skjedd, forteller du om enheten og blir konstruktiv. Foreslår selgeren et konkret tiltak med datoer, nevner du at du må begrunne forlengelsen overfor politikerne i høst.
      good-looks-like:
      - level: 1
        text:
          en: Has not prepared the business case, talks about new features, and first hears about the doubts when the municipality announces a new procurement.
          sv: Har inte förberett affärscaset, pratar om nya funktioner och hör talas om tvivlen först när kommunen annonserar en ny upphandling.
          nb: Har ikke forberedt business casen, snakker om nye funksjoner og hører om tvilen først når kommunen kunngjør en ny anskaffelse.
      - level: 2
        text:
          en: Has a friendly conversation and asks whether the customer is satisfied, but does not compare results with the promises, and misses the spreadsheet unit.
          sv: Har ett trevligt samtal och frågar om kunden är nöjd men jämför inte resultaten med löftena och missar enheten med kalkylarken.
          nb: Har en hyggelig samtale og spør om kunden er fornøyd, men sammenligner ikke resultatene med løftene og går glipp av enheten med regnearkene.
      - level: 3
        text:
          en: Goes through the business case point by point, shows the results including the gap in one unit, asks what happened, and agrees on who will follow up.
          sv: Går igenom affärscaset punkt för punkt, visar resultaten inklusive gapet i en enhet, frågar vad som hänt och kommer överens om vem som följer upp.
          nb: Går gjennom business casen punkt for punkt, viser resultatene inkludert gapet i én enhet, spør hva som har skjedd, og avtaler hvem som følger opp.
      - level: 4
        text:
          en: Raises the gap first and has already talked to delivery, proposes training for the unit with dates and a new measurement in three months, and offers to prepare the figures the head of department needs for the politicians.
          sv: Tar själv upp gapet först och har redan pratat med leveransteamet, föreslår utbildning för enheten med datum och en ny mätning om tre månader, och erbjuder sig att ta fram de siffror förvaltningschefen behöver inför politikerna.
          nb: Tar selv opp gapet først og har allerede snakket med leveranseteamet, foreslår opplæring for enheten med datoer og en ny måling om tre måneder, og tilbyr å lage tallene kommunalsjefen trenger overfor politikerne.
      - level: 5
        text:
          en: Handles the review as at level 4 and uses it to show the team how a value review routine catches problems early, before renewal is at risk.
          sv: Genomför uppföljningen som på nivå 4 och använder den för att visa teamet hur en rutin för värdeuppföljning fångar problem tidigt, innan förlängningen är i fara.
          nb: Gjennomfører gjennomgangen som på nivå 4 og bruker den til å vise teamet hvordan en rutine for verdigjennomganger fanger opp problemer tidlig, før fornyelsen står i fare.
    - key: account-development.account-growth.one-page-account-plan
      competency: account-development.account-growth
      kind: drill
      aim-level: 3
      minutes: 25
      title:
        en: One-page account plan for one key customer
        sv: Kundplan på en sida för en nyckelkund
        nb: Kundeplan på én side for én nøkkelkunde
      instructions:
        en: |-
          1. Pick one of your key customers.
          2. List their units, sites or subsidiaries. Mark the ones that buy from us, the ones that could, and the ones you know nothing about.
          3. Write the customer's main goals for the coming year, as they have said them or as their annual report and strategy state them.
          4. For each goal, write whether we can help with it, and how.
          5. Write two possible next deals, each with the unit, the need, the person to talk to and an approximate value.
          6. Write the one next step for each deal, with a date, and log the opportunities in the CRM.
          7. Put a reminder to update the plan in three months.
        sv: |-
          1. Välj en av dina nyckelkunder.
          2. Lista kundens enheter, anläggningar eller dotterbolag. Markera dem som köper av oss, dem som skulle kunna göra det och dem du inte vet något om.
          3. Skriv ned kundens viktigaste mål för det kommande året, så som kunden själv har uttryckt dem eller som de står i årsredovisningen och strategin.
          4. Skriv för varje mål om vi kan hjälpa till med det, och hur.
          5. Skriv ned två möjliga nästa affärer, var och en med enhet, behov, vem du ska prata med och ett ungefärligt värde.
          6. Skriv ned nästa steg för varje affär, med datum, och registrera affärsmöjligheterna i CRM.
          7. Lägg in en påminnelse om att uppdatera planen om tre månader.
        nb: |-
          1. Velg én av nøkkelkundene dine.
          2. List opp kundens enheter, anlegg eller datterselskaper. Marker dem som kjøper av oss, dem som kunne gjort det, og dem du ikke vet noe om.
          3. Skriv ned kundens viktigste mål for det kommende året, slik kunden selv har formulert dem eller slik de står i årsrapporten og strategien.
          4. Skriv for hvert mål om vi kan hjelpe med det, og hvordan.
          5. Skriv ned to mulige neste avtaler, hver med enhet, behov, hvem du skal snakke med, og en omtrentlig verdi.
          6. Skriv ned neste steg for hver avtale, med dato, og registrer salgsmulighetene i CRM.
          7. Legg inn en påminnelse om å oppdatere planen om tre måneder.
    - key: account-development.account-growth.ask-about-next-year
      competency: account-development.account-growth
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: Grow from the customer's strategy, not from our product list
        sv: Väx utifrån kundens strategi, inte utifrån vår produktlista
        nb: Voks ut fra kundens strategi, ikke ut fra produktlisten vår
      lesson:
        en: |-
          The easiest way to grow an account is to offer more of what the customer already has: more licences, another module. It works, but it is also what every competitor can do, and it depends on the customer asking. The larger opportunities come from the customer's own plans: a new market, a new plant, a sustainability goal the board has set, a merger, new reporting demands. At that stage nobody has written a specification and no competitor is involved. You only learn about these plans if you ask, and you only get a real answer if you have already delivered value. Use the value review or the quarterly meeting to ask: “What are the most important things you must achieve next year? What is hardest about them?” Listen as in a first meeting. Log what you hear as opportunities, even if they are early.
        sv: |-
          Det enklaste sättet att växa hos en kund är att erbjuda mer av det kunden redan har: fler licenser, en modul till. Det fungerar, men det kan också alla konkurrenter göra, och det förutsätter att kunden frågar. De större möjligheterna kommer ur kundens egna planer: en ny marknad, en ny fabrik, ett hållbarhetsmål som styrelsen har satt, en sammanslagning, nya krav på rapportering. I det skedet har ingen skrivit någon kravspecifikation och ingen konkurrent är inblandad. Du får bara veta något om planerna om du frågar, och du får bara ett ärligt svar om du redan har levererat värde. Använd värdeuppföljningen eller kvartalsmötet till att fråga: ”Vilka är de viktigaste sakerna ni måste lyckas med nästa år? Vad är svårast med dem?” Lyssna som på ett första möte. Registrera det du hör som affärsmöjligheter, även om de är tidiga.
        nb: |-
          Den enkleste måten å vokse hos en kunde på er å tilby mer av det kunden allerede har: flere lisenser, en modul til. Det fungerer, men det kan også alle konkurrenter gjøre, og det forutsetter at kunden spør. De større mulighetene kommer fra kundens egne planer: et nytt marked, en ny fabrikk, et bærekraftsmål styret har satt, en fusjon, nye krav til rapportering. På det stadiet har ingen skrevet noen kravspesifikasjon, og ingen konkurrent er involvert. Du får bare vite om disse planene hvis du spør, og du får bare et ærlig svar hvis du allerede har levert verdi. Bruk verdigjennomgangen eller kvartalsmøtet til å spørre: «Hva er de viktigste tingene dere må få til neste år? Hva er vanskeligst med dem?» Lytt som i et første møte. Registrer det du hører som salgsmuligheter, selv om de er tidlige.
      question:
        en: Pick your largest existing customer. What are their two most important goals for next year, how do you know, and which of them could we help with?
        sv: Välj din största befintliga kund. Vilka är kundens två viktigaste mål för nästa år, hur vet du det och vilket av dem skulle vi kunna hjälpa till med?
        nb: Velg den største eksisterende kunden din. Hva er kundens to viktigste mål for neste år, hvordan vet du det, og hvilket av dem kunne vi hjelpe med?
    - key: account-development.relationship-breadth.relationship-map
      competency: account-development.relationship-breadth
      kind: drill
      aim-level: 3
      minutes: 15
      title:
        en: Draw the relationship map of one key customer
        sv: Rita relationskartan för en nyckelkund
        nb: Tegn relasjonskartet for én nøkkelkunde
      instructions:
        en: |-
          1. Pick a key customer. Draw a simple grid: functions across (users, operations, procurement, finance, IT, management), levels down (staff, middle managers, management).
          2. Write in each cell the people you know there, and when you last had real contact with each of them (not a newsletter).
          3. Add which colleagues of ours know someone there: delivery, support, consultants, management.
          4. Mark the cells that are empty, and the people you have not talked to in six months.
          5. Ask yourself: if your main contact left tomorrow, who would you call?
          6. Choose two empty or cold cells and plan how to reach someone there: an introduction from your contact, a value review, an invitation to a user meeting.
          7. Book the first contact this week and log the people and their roles in the CRM.
        sv: |-
          1. Välj en nyckelkund. Rita ett enkelt rutnät: funktioner på bredden (användare, drift, inköp, ekonomi, it, ledning) och nivåer på höjden (medarbetare, mellanchefer, ledning).
          2. Skriv i varje ruta de personer du känner där och när du senast hade verklig kontakt med var och en (ett nyhetsbrev räknas inte).
          3. Lägg till vilka av våra kollegor som känner någon där: leverans, support, konsulter, ledning.
          4. Markera de rutor som är tomma och de personer du inte har pratat med på sex månader.
          5. Fråga dig: om din huvudkontakt slutade i morgon, vem skulle du ringa?
          6. Välj två tomma eller kalla rutor och planera hur du når någon där: en introduktion från din kontakt, en värdeuppföljning, en inbjudan till en användarträff.
          7. Boka den första kontakten den här veckan och registrera personerna och deras roller i CRM.
        nb: |-
          1. Velg én nøkkelkunde. Tegn et enkelt rutenett: funksjoner bortover (brukere, drift, innkjøp, økonomi, IT, ledelse) og nivåer nedover (medarbeidere, mellomledere, ledelse).
          2. Skriv i hver rute personene du kjenner der, og når du sist hadde reell kontakt med hver av dem (et nyhetsbrev teller ikke).
          3. Legg til hvilke av kollegene våre som kjenner noen der: leveranse, support, konsulenter, ledelse.
          4. Marker rutene som er tomme, og personene du ikke har snakket med på seks måneder.
          5. Spør deg selv: Hvis hovedkontakten din sluttet i morgen, hvem ville du ringt?
          6. Velg to tomme eller kalde ruter og planlegg hvordan du når noen der: en introduksjon fra kontakten din, en verdigjennomgang, en invitasjon til et brukermøte.
          7. Book den første kontakten denne uken og registrer personene og rollene deres i CRM.
    - key: account-development.relationship-breadth.when-your-contact-leaves
      competency: account-development.relationship-breadth
      kind: micro-lesson
      aim-level: 2
      minutes: 10
      title:
        en: When your only contact changes jobs
        sv: När din enda kontakt byter jobb
        nb: Når den eneste kontakten din bytter jobb
      lesson:
        en: |-
          People change jobs, go on parental leave or get reorganized, and in the Nordic labour market that happens often. If the whole account hangs on one person, the day they leave you are back to a cold call, and a new manager may want to choose their own supplier or put the agreement out to tender. Broad relationships are insurance, but they are also better business: users tell you what works, procurement tells you when the agreement is reviewed, and management tells you where the organization is heading. Breadth does not mean going around your contact. Ask them openly who else should know about the results, and offer something useful to each new person: a review of their unit's figures, a user meeting, a short briefing for management. Involve your colleagues too, so that delivery and support have their own contacts at the customer.
        sv: |-
          Människor byter jobb, går på föräldraledighet eller omorganiseras, och på den nordiska arbetsmarknaden händer det ofta. Hänger hela kunden på en person är du tillbaka på ett kallt samtal den dag hen slutar, och en ny chef kanske vill välja sin egen leverantör eller upphandla avtalet på nytt. Breda relationer är en försäkring, men de är också bättre affärer: användarna berättar vad som fungerar, inköp berättar när avtalet ska ses över och ledningen berättar vart organisationen är på väg. Bredd betyder inte att gå förbi din kontakt. Fråga öppet vilka fler som borde få veta om resultaten, och erbjud varje ny person något användbart: en genomgång av enhetens siffror, en användarträff, en kort dragning för ledningen. Involvera också dina kollegor, så att leverans och support har egna kontakter hos kunden.
        nb: |-
          Folk bytter jobb, går ut i foreldrepermisjon eller blir omorganisert, og i det nordiske arbeidsmarkedet skjer det ofte. Henger hele kunden på én person, er du tilbake til en kald telefon den dagen vedkommende slutter, og en ny leder vil kanskje velge sin egen leverandør eller konkurranseutsette avtalen på nytt. Brede relasjoner er en forsikring, men de er også bedre forretning: brukerne forteller hva som fungerer, innkjøp forteller når avtalen skal gjennomgås, og ledelsen forteller hvor virksomheten er på vei. Bredde betyr ikke å gå forbi kontakten din. Spør åpent hvem flere som burde få vite om resultatene, og tilby hver ny person noe nyttig: en gjennomgang av enhetens tall, et brukermøte, en kort orientering for ledelsen. Involver også kollegene dine, slik at leveranse og support har egne kontakter hos kunden.
      question:
        en: Pick the key customer where you depend most on one person. If that person left tomorrow, who at the customer would you call, and when did you last speak to them?
        sv: Välj den nyckelkund där du är mest beroende av en person. Om den personen slutade i morgon, vem hos kunden skulle du ringa, och när pratade ni senast?
        nb: Velg den nøkkelkunden der du er mest avhengig av én person. Hvis den personen sluttet i morgen, hvem hos kunden ville du ringt, og når snakket dere sist?
    - key: account-development.delivered-value.renewal-starts-at-signing
      competency: account-development.delivered-value
      kind: micro-lesson
      aim-level: 3
      minutes: 10
      title:
        en: The renewal is decided long before the renewal date
        sv: Förlängningen avgörs långt före förlängningsdatumet
        nb: Fornyelsen avgjøres lenge før fornyelsesdatoen
      lesson:
        en: |-
          Customers rarely decide not to renew in the month the agreement expires. They decide gradually, when the promised results do not come and nobody from the supplier seems to notice. By the time procurement announces a new tender, the user side has already made up its mind. The business case you built during the sale is your best tool afterwards: it says what the customer expected, in their own figures. Compare the results with it at least twice a year, together with the person who owned the decision. When results are good, the customer gets figures to show their management, and you get a reference and often the next deal. When results lag, you learn it while there is still time to bring in delivery or support. Either way, the conversation is about the customer's results, not about our product.
        sv: |-
          Kunder bestämmer sig sällan för att inte förlänga samma månad som avtalet löper ut. De bestämmer sig gradvis, när de utlovade resultaten uteblir och ingen hos leverantören verkar märka det. När inköp annonserar en ny upphandling har verksamheten redan bestämt sig. Affärscaset du byggde under försäljningen är ditt bästa verktyg efteråt: det säger vad kunden förväntade sig, i kundens egna siffror. Jämför resultaten med det minst två gånger om året, tillsammans med den person som ägde beslutet. När resultaten är bra får kunden siffror att visa sin ledning, och du får en referens och ofta nästa affär. När resultaten släpar får du veta det medan det fortfarande finns tid att ta in leverans eller support. I båda fallen handlar samtalet om kundens resultat, inte om vår produkt.
        nb: |-
          Kunder bestemmer seg sjelden for ikke å fornye i den måneden avtalen løper ut. De bestemmer seg gradvis, når de lovede resultatene uteblir og ingen hos leverandøren ser ut til å merke det. Når innkjøp kunngjør en ny konkurranse, har fagmiljøet allerede bestemt seg. Business casen du bygde under salget, er det beste verktøyet ditt etterpå: den sier hva kunden forventet, i kundens egne tall. Sammenlign resultatene med den minst to ganger i året, sammen med personen som eide beslutningen. Når resultatene er gode, får kunden tall å vise ledelsen sin, og du får en referanse og ofte neste avtale. Når resultatene henger etter, får du vite det mens det fortsatt er tid til å hente inn leveranse eller support. Uansett handler samtalen om kundens resultater, ikke om produktet vårt.
      question:
        en: Pick the customer whose agreement expires next. What results did they expect when they signed, what has actually happened, and when did you last discuss it with the person who owned the decision?
        sv: Välj den kund vars avtal löper ut härnäst. Vilka resultat förväntade de sig när de skrev på, vad har faktiskt hänt och när pratade du senast om det med den person som ägde beslutet?
        nb: Velg den kunden som har avtalen som løper ut først. Hvilke resultater forventet de da de signerte, hva har faktisk skjedd, og når snakket du sist om det med personen som eide beslutningen?
    - key: account-development.account-growth.quarterly-review-plans
      competency: account-development.account-growth
      kind: role-play
      aim-level: 4
      minutes: 20
      title:
        en: Use the quarterly review to learn the customer's plans for next year
        sv: Använd kvartalsmötet till att lära dig kundens planer för nästa år
        nb: Bruk kvartalsmøtet til å bli kjent med kundens planer for neste år
      situation:
        en: Quarterly review with the logistics director of a Swedish manufacturer that has used your transport-planning service for two years with good results. The agenda covers delivery statistics and two open support issues. You have booked 60 minutes and plan to use the last 20 for the customer's plans.
        sv: Kvartalsmöte med logistikdirektören på en svensk tillverkare som har använt er tjänst för transportplanering i två år med goda resultat. Dagordningen tar upp leveransstatistik och två öppna supportärenden. Du har bokat 60 minuter och tänker använda de sista 20 till kundens planer.
        nb: Kvartalsmøte med logistikkdirektøren i en svensk produsent som har brukt transportplanleggingstjenesten deres i to år med gode resultater. Agendaen tar opp leveransstatistikk og to åpne supportsaker. Du har booket 60 minutter og har tenkt å bruke de siste 20 til kundens planer.
      customer-part:
        en: You are the logistics director. You are satisfied and happy to talk. Next year the company opens a warehouse in Norway to serve Norwegian customers faster, and the board has set a target of cutting transport emissions by 30 percent within three years. Nobody has asked you about suppliers for either yet. You only mention these things if asked about next year's goals or what is hardest right now. If the seller only goes through statistics and offers more licences, you end the meeting early and pleasantly.
        sv: Du är logistikdirektör. Du är nöjd och pratar gärna. Nästa år öppnar företaget ett lager i Norge för att nå norska kunder snabbare, och styrelsen har satt ett mål om att minska transporternas utsläpp med 30 procent inom tre år. Ingen har frågat dig om leverantörer för något av dem än. Du nämner detta bara om du får frågor om nästa års mål eller om vad som är svårast just nu. Går säljaren bara igenom statistik och erbjuder fler licenser avslutar du mötet tidigt och trevligt.
        nb: Du er logistikkdirektør. Du er fornøyd og snakker gjerne. Neste år åpner selskapet et lager i Norge for å nå norske kunder raskere, og styret har satt et mål om å kutte utslippene fra transport med 30 prosent innen tre år. Ingen har spurt deg om leverandører til noen av delene ennå. Du nevner dette bare hvis du blir spurt om målene for neste år eller hva som er vanskeligst akkurat nå. Går selgeren bare gjennom statistikk og tilbyr flere lisenser, avslutter du møtet tidlig og hyggelig.
      good-looks-like:
      - level: 1
        text:
          en: Goes through the statistics and the support issues and closes the meeting; the account is treated as done.
          sv: Går igenom statistiken och supportärendena och avslutar mötet; kunden betraktas som klar.
          nb: Går gjennom statistikken og supportsakene og avslutter møtet; kunden anses som ferdig.
      - level: 2
        text:
          en: Offers more licences or an add-on module; hears nothing about the warehouse in Norway or the emissions target.
          sv: Erbjuder fler licenser eller en tilläggsmodul; får inte höra något om lagret i Norge eller utsläppsmålet.
          nb: Tilbyr flere lisenser eller en tilleggsmodul; får ikke høre noe om lageret i Norge eller utslippsmålet.
      - level: 3
        text:
          en: Asks about next year's goals, learns about the Norwegian warehouse and the emissions target, updates the account plan with both, and agrees on a follow-up on one of them.
          sv: Frågar om nästa års mål, får veta om lagret i Norge och utsläppsmålet, uppdaterar kundplanen med båda och kommer överens om en uppföljning av ett av dem.
          nb: Spør om målene for neste år, får vite om lageret i Norge og utslippsmålet, oppdaterer kundeplanen med begge og avtaler en oppfølging av ett av dem.
      - level: 4
        text:
          en: Also explores what is hardest about each goal, links the emissions target to route data the customer already has with us, leaves with two opportunities logged in the CRM, and books a meeting with the person responsible for the Norwegian warehouse before any competitor is involved.
          sv: Undersöker dessutom vad som är svårast med varje mål, kopplar utsläppsmålet till ruttdata som kunden redan har hos oss, går därifrån med två affärsmöjligheter registrerade i CRM och bokar ett möte med den som ansvarar för lagret i Norge innan någon konkurrent är inblandad.
          nb: Utforsker i tillegg hva som er vanskeligst med hvert mål, kobler utslippsmålet til rutedata kunden allerede har hos oss, går derfra med to salgsmuligheter registrert i CRM og booker et møte med den som er ansvarlig for lageret i Norge før noen konkurrent er involvert.
      - level: 5
        text:
          en: Runs the review as at level 4 and uses it as the example in an account-planning workshop for the team's largest customers.
          sv: Genomför mötet som på nivå 4 och använder det som exempel i en workshop om kundplanering för teamets största kunder.
          nb: Gjennomfører møtet som på nivå 4 og bruker det som eksempel i en workshop om kundeplanlegging for teamets største kunder.
    - key: account-development.relationship-breadth.introduce-me-upwards
      competency: account-development.relationship-breadth
      kind: role-play
      aim-level: 3
      minutes: 15
      title:
        en: Ask your contact for access to management without going around them
        sv: Be din kontakt om kontakt med ledningen utan att gå förbi hen
        nb: Be kontakten din om tilgang til ledelsen uten å gå forbi vedkommende
      situation:
        en: For three years your only contact at a Norwegian municipality has been the IT coordinator in the education sector, who is loyal and helpful. The agreement is renewed every year by the head of education, whom you have never met. You have learned that the municipality is reorganizing its services next year. You meet the IT coordinator for your regular catch-up.
        sv: I tre år har din enda kontakt i en norsk kommun varit it-samordnaren inom skolförvaltningen, som är lojal och hjälpsam. Avtalet förnyas varje år av skolchefen, som du aldrig har träffat. Du har fått veta att kommunen ska omorganisera sina förvaltningar nästa år. Du träffar it-samordnaren på er vanliga avstämning.
        nb: I tre år har den eneste kontakten din i en norsk kommune vært IT-koordinatoren i oppvekstsektoren, som er lojal og hjelpsom. Avtalen fornyes hvert år av kommunalsjefen for oppvekst, som du aldri har møtt. Du har fått vite at kommunen skal omorganisere tjenestene sine neste år. Du møter IT-koordinatoren på den faste oppfølgingen deres.
      customer-part:
        en: You are the IT coordinator. You like the supplier and feel some ownership of the relationship. If the seller says they want to “meet the decision-maker”, you feel bypassed and say the head of education is very busy. If the seller explains that the reorganization puts the agreement at risk, and suggests a short review of the results for the head of education that you present together, you are glad to help and suggest a date. You also mention that the school principals' network meets monthly and could be interested in hearing about the results.
        sv: Du är it-samordnare. Du tycker om leverantören och känner ett visst ägarskap för relationen. Säger säljaren att hen vill ”träffa beslutsfattaren” känner du dig förbigången och säger att skolchefen har mycket att göra. Förklarar säljaren att omorganisationen gör avtalet sårbart och föreslår en kort genomgång av resultaten för skolchefen som ni presenterar tillsammans blir du glad att hjälpa till och föreslår ett datum. Du nämner också att rektorsnätverket träffas varje månad och kan vara intresserat av att höra om resultaten.
        nb: Du er IT-koordinator. Du liker leverandøren og føler et visst eierskap til relasjonen. Sier selgeren at hun eller han vil «møte beslutningstakeren», føler du deg forbigått og sier at kommunalsjefen har det travelt. Forklarer selgeren at omorganiseringen gjør avtalen sårbar, og foreslår en kort gjennomgang av resultatene for kommunalsjefen som dere legger fram sammen, blir du glad for å hjelpe og foreslår en dato. Du nevner også at rektornettverket møtes hver måned og kan være interessert i å høre om resultatene.
      good-looks-like:
      - level: 1
        text:
          en: Does not raise the question; the relationship continues to hang on one person.
          sv: Tar inte upp frågan; relationen fortsätter att hänga på en person.
          nb: Tar ikke opp spørsmålet; relasjonen fortsetter å henge på én person.
      - level: 2
        text:
          en: Asks to “meet the decision-maker”, gets a polite no, and leaves it there; or contacts the head of education directly and damages the trust of the coordinator.
          sv: Ber om att ”få träffa beslutsfattaren”, får ett artigt nej och låter det bero; eller kontaktar skolchefen direkt och skadar förtroendet hos samordnaren.
          nb: Ber om å «få møte beslutningstakeren», får et høflig nei og lar det ligge; eller kontakter kommunalsjefen direkte og skader tilliten hos koordinatoren.
      - level: 3
        text:
          en: Explains openly why broader contact matters with the reorganization coming, proposes a joint results review for the head of education, agrees on a date, and logs the new contacts in the CRM.
          sv: Förklarar öppet varför bredare kontakt är viktig inför omorganisationen, föreslår en gemensam resultatgenomgång för skolchefen, kommer överens om ett datum och registrerar de nya kontakterna i CRM.
          nb: Forklarer åpent hvorfor bredere kontakt er viktig med omorganiseringen i vente, foreslår en felles resultatgjennomgang for kommunalsjefen, avtaler en dato og registrerer de nye kontaktene i CRM.
      - level: 4
        text:
          en: Does the above so that the coordinator gains standing from it, follows up on the principals' network, and prepares the review so the head of education leaves with figures to use in the reorganization.
          sv: Gör ovanstående så att samordnaren själv vinner på det, följer upp rektorsnätverket och förbereder genomgången så att skolchefen går därifrån med siffror att använda i omorganisationen.
          nb: Gjør det over slik at koordinatoren selv får anerkjennelse for det, følger opp rektornettverket og forbereder gjennomgangen slik at kommunalsjefen går derfra med tall å bruke i omorganiseringen.
      - level: 5
        text:
          en: Handles it as at level 4 and pairs colleagues with their counterparts at the municipality, such as support with the IT coordinator and a manager of ours with the head of education.
          sv: Hanterar det som på nivå 4 och parar ihop kollegor med deras motsvarigheter i kommunen, till exempel support med it-samordnaren och en av våra chefer med skolchefen.
          nb: Håndterer det som på nivå 4 og kobler kolleger med motpartene deres i kommunen, for eksempel support med IT-koordinatoren og en av lederne våre med kommunalsjefen.
    """#
}
