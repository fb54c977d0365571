extension PracticeLibraryDocument {
    /// The default practice library's items for the area *value-presentation* (see ``nordicB2BYAML``).
    static let nordicB2BValuePresentation = #"""
    - key: value-presentation.tailored-solution.cut-the-demo
      competency: value-presentation.tailored-solution
      kind: drill
      aim-level: 3
      minutes: 20
      title:
        en: Cut your next demo down to the customer's confirmed needs
        sv: Skala ned nästa demo till kundens bekräftade behov
        nb: Kutt ned neste demo til kundens bekreftede behov
      instructions:
        en: |-
          1. Take the next presentation or demo in your calendar.
          2. From your meeting notes, write down the customer's three or four confirmed needs, in the customer's words, in the customer's order of priority. If you cannot, book a short call to confirm them first.
          3. Go through your standard deck or demo script. For each part, write which need it answers. Delete or hide every part that answers none.
          4. Reorder what is left so that the customer's most important need comes first.
          5. Write the opening sentence, for example “You told us that X is your biggest problem, so we start there.”
          6. After the meeting, note which parts the customer asked about and which got no reaction, and adjust the next presentation.
        sv: |-
          1. Ta nästa presentation eller demo i din kalender.
          2. Skriv utifrån dina mötesanteckningar ned kundens tre eller fyra bekräftade behov, med kundens ord och i kundens prioritetsordning. Går det inte, boka först ett kort samtal och bekräfta dem.
          3. Gå igenom din standardpresentation eller ditt demomanus. Skriv för varje del vilket behov den svarar på. Ta bort eller göm varje del som inte svarar på något.
          4. Kasta om det som är kvar så att kundens viktigaste behov kommer först.
          5. Skriv inledningsmeningen, till exempel ”Ni berättade att X är ert största problem, så vi börjar där.”
          6. Notera efter mötet vilka delar kunden frågade om och vilka som inte fick någon reaktion, och justera nästa presentation.
        nb: |-
          1. Ta neste presentasjon eller demo i kalenderen din.
          2. Skriv ut fra møtenotatene ned kundens tre eller fire bekreftede behov, med kundens ord og i kundens prioriterte rekkefølge. Går ikke det, book først en kort samtale og bekreft dem.
          3. Gå gjennom standardpresentasjonen eller demomanuset ditt. Skriv for hver del hvilket behov den svarer på. Fjern eller skjul hver del som ikke svarer på noe.
          4. Endre rekkefølgen på det som er igjen, slik at kundens viktigste behov kommer først.
          5. Skriv åpningssetningen, for eksempel «Dere fortalte at X er det største problemet deres, så vi begynner der.»
          6. Noter etter møtet hvilke deler kunden spurte om og hvilke som ikke fikk noen reaksjon, og juster neste presentasjon.
    - key: value-presentation.tailored-solution.one-proposal-many-readers
      competency: value-presentation.tailored-solution
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: One proposal, several readers
        sv: Ett förslag, flera läsare
        nb: Ett forslag, flere lesere
      lesson:
        en: |-
          A buying group does not read your proposal as one person. The operations manager wants to know what the working day looks like after the change: fewer steps, fewer phone calls, less rework. The CFO wants to know the payback time and the risk. IT wants to know how it fits the existing systems and where the data is stored. A union representative or a department head in a municipality wants to know what it means for the staff. The solution is the same; what you show first and how much detail you give is not. Before an important meeting, write down who will be in the room and which one question each of them needs answered. Give each person that answer in their terms, and leave out what only interests someone else. The written proposal can have short sections addressed to each role.
        sv: |-
          En köpgrupp läser inte ditt förslag som en person. Driftchefen vill veta hur arbetsdagen ser ut efter förändringen: färre moment, färre telefonsamtal, mindre omarbete. Ekonomichefen vill veta återbetalningstiden och risken. It vill veta hur det passar de befintliga systemen och var data lagras. Ett fackligt ombud eller en förvaltningschef i en kommun vill veta vad det innebär för personalen. Lösningen är densamma; det du visar först och hur mycket detaljer du ger är det inte. Skriv före ett viktigt möte ned vilka som kommer att sitta i rummet och vilken fråga var och en behöver få svar på. Ge varje person det svaret på deras villkor och utelämna det som bara intresserar någon annan. Det skriftliga förslaget kan ha korta avsnitt riktade till varje roll.
        nb: |-
          En innkjøpsgruppe leser ikke forslaget ditt som én person. Driftssjefen vil vite hvordan arbeidsdagen ser ut etter endringen: færre arbeidsoperasjoner, færre telefoner, mindre omarbeid. Økonomisjefen vil vite tilbakebetalingstiden og risikoen. IT vil vite hvordan det passer med de eksisterende systemene og hvor dataene lagres. En tillitsvalgt eller en kommunalsjef vil vite hva det betyr for de ansatte. Løsningen er den samme; det du viser først, og hvor mye detaljer du gir, er det ikke. Skriv før et viktig møte ned hvem som kommer til å sitte i rommet, og hvilket spørsmål hver av dem trenger svar på. Gi hver person det svaret på deres premisser, og utelat det som bare interesserer noen andre. Det skriftlige forslaget kan ha korte avsnitt rettet mot hver rolle.
      question:
        en: Pick the next proposal or presentation you will give. Who will read or hear it, what one question does each of them need answered, and where in your material is that answer today?
        sv: Välj nästa förslag eller presentation du ska lämna. Vem kommer att läsa eller höra den, vilken fråga behöver var och en få svar på och var i ditt material finns det svaret i dag?
        nb: Velg det neste forslaget eller den neste presentasjonen du skal gi. Hvem skal lese eller høre den, hvilket spørsmål trenger hver av dem svar på, og hvor i materialet ditt står det svaret i dag?
    - key: value-presentation.proof-and-references.reference-match
      competency: value-presentation.proof-and-references
      kind: drill
      aim-level: 3
      minutes: 15
      title:
        en: Find the right reference, with measured results
        sv: Hitta rätt referens, med mätta resultat
        nb: Finn riktig referanse, med målte resultater
      instructions:
        en: |-
          1. Pick one open deal where you will present or send a proposal in the next two weeks.
          2. Write down the customer's industry, size, the main problem and the role of the person you are convincing.
          3. Find one existing customer that matches on at least industry and size. Ask colleagues or delivery if you do not know one.
          4. Write down that customer's measured result in one sentence with a number and a time frame (for example “order lead time from five to two days within six months”). If no one knows the number, ask the customer's account owner to find out.
          5. Check with the reference customer's contact that they are willing to take a call.
          6. Replace every adjective in your proposal (“flexible”, “market-leading”) with that fact or remove it.
        sv: |-
          1. Välj en öppen affär där du ska presentera eller skicka ett förslag inom två veckor.
          2. Skriv ned kundens bransch, storlek, huvudproblem och rollen hos den person du ska övertyga.
          3. Hitta en befintlig kund som stämmer överens åtminstone i bransch och storlek. Fråga kollegor eller leveransteamet om du inte känner till någon.
          4. Skriv ned den kundens mätta resultat i en mening med en siffra och en tidsram (till exempel ”ledtiden för order från fem till två dagar på sex månader”). Vet ingen siffran, be kundansvarig ta reda på den.
          5. Stäm av med kontaktpersonen hos referenskunden att hen är villig att ta ett samtal.
          6. Byt ut varje adjektiv i ditt förslag (”flexibel”, ”marknadsledande”) mot det faktumet eller stryk det.
        nb: |-
          1. Velg én åpen avtale der du skal presentere eller sende et forslag i løpet av to uker.
          2. Skriv ned kundens bransje, størrelse, hovedproblem og rollen til personen du skal overbevise.
          3. Finn én eksisterende kunde som stemmer overens i hvert fall på bransje og størrelse. Spør kolleger eller leveranseteamet hvis du ikke kjenner til noen.
          4. Skriv ned den kundens målte resultat i én setning med et tall og en tidsramme (for eksempel «ledetiden for ordre fra fem til to dager i løpet av seks måneder»). Vet ingen tallet, be kundeansvarlig finne det ut.
          5. Avklar med kontaktpersonen hos referansekunden at vedkommende er villig til å ta en telefon.
          6. Bytt ut hvert adjektiv i forslaget ditt («fleksibel», «markedsledende») med det faktumet eller stryk det.
    - key: value-presentation.proof-and-references.pilot-with-criteria
      competency: value-presentation.proof-and-references
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: When the customer doubts, offer a pilot with written criteria
        sv: När kunden tvivlar, erbjud en pilot med skriftliga kriterier
        nb: Når kunden tviler, tilby en pilot med skriftlige kriterier
      lesson:
        en: |-
          When a customer doubts a claim, more arguments rarely help. A reference helps if it is close enough to their situation. If it is not, a limited pilot can settle the question, but only if it is set up to end in a decision. An open-ended trial without criteria tends to drift: the users are busy, nobody owns the evaluation, and after three months the conclusion is “interesting”. Agree in writing, before the pilot starts, on three things. First, what will be measured, in two or three criteria the customer chooses, such as integration running without manual steps for four weeks. Second, who evaluates and when. Third, what happens if the criteria are met: which decision, by whom, on what date. A pilot designed this way is a step towards the decision, not a way of postponing it.
        sv: |-
          När en kund tvivlar på ett påstående hjälper fler argument sällan. En referens hjälper om den ligger tillräckligt nära kundens situation. Gör den inte det kan en begränsad pilot avgöra frågan, men bara om den är upplagd för att sluta i ett beslut. Ett test utan slutdatum och kriterier brukar rinna ut i sanden: användarna har mycket annat, ingen äger utvärderingen och efter tre månader blir slutsatsen ”intressant”. Kom överens skriftligt, innan piloten startar, om tre saker. För det första vad som ska mätas, i två eller tre kriterier som kunden väljer, till exempel att integrationen går utan manuella moment i fyra veckor. För det andra vem som utvärderar och när. För det tredje vad som händer om kriterierna uppfylls: vilket beslut, av vem, vilket datum. En pilot som är upplagd så är ett steg mot beslutet, inte ett sätt att skjuta upp det.
        nb: |-
          Når en kunde tviler på en påstand, hjelper flere argumenter sjelden. En referanse hjelper hvis den ligger nær nok kundens situasjon. Gjør den ikke det, kan en avgrenset pilot avgjøre spørsmålet, men bare hvis den er lagt opp til å ende i en beslutning. En test uten sluttdato og kriterier har en tendens til å renne ut i sanden: brukerne har mye annet å gjøre, ingen eier evalueringen, og etter tre måneder blir konklusjonen «interessant». Bli enige skriftlig, før piloten starter, om tre ting. For det første hva som skal måles, i to eller tre kriterier kunden velger, for eksempel at integrasjonen går uten manuelle steg i fire uker. For det andre hvem som evaluerer, og når. For det tredje hva som skjer hvis kriteriene oppfylles: hvilken beslutning, tatt av hvem, på hvilken dato. En pilot som er lagt opp slik, er et steg mot beslutningen, ikke en måte å utsette den på.
      question:
        en: Think of a customer who currently doubts one of our claims. What exactly do they doubt, and which two or three measurable criteria would convince them? Who at the customer would have to agree to them?
        sv: Tänk på en kund som just nu tvivlar på något av det vi påstår. Vad är det exakt de tvivlar på, och vilka två eller tre mätbara kriterier skulle övertyga dem? Vem hos kunden skulle behöva godkänna dem?
        nb: Tenk på en kunde som akkurat nå tviler på noe av det vi påstår. Hva er det nøyaktig de tviler på, og hvilke to eller tre målbare kriterier ville overbevise dem? Hvem hos kunden måtte godta dem?
    - key: value-presentation.handling-objections.already-have-a-system
      competency: value-presentation.handling-objections
      kind: role-play
      aim-level: 3
      minutes: 20
      title:
        en: When the IT manager says “we already have a system for this”
        sv: När it-chefen säger ”vi har redan ett system för det här”
        nb: Når IT-sjefen sier «vi har allerede et system for dette»
      situation:
        en: You are presenting a service-management solution to a Norwegian municipality's IT department. Ten minutes in, the IT manager interrupts. You know from the needs analysis that the service desk works overtime every month and that the municipality merged with a neighbour last year.
        sv: Du presenterar en lösning för ärendehantering för it-avdelningen i en norsk kommun. Efter tio minuter avbryter it-chefen. Du vet från behovsanalysen att servicedesken arbetar övertid varje månad och att kommunen slogs ihop med en grannkommun förra året.
        nb: Du presenterer en løsning for saksbehandling for IT-avdelingen i en norsk kommune. Etter ti minutter avbryter IT-sjefen. Du vet fra behovsanalysen at servicedesken jobber overtid hver måned, og at kommunen ble slått sammen med en nabokommune i fjor.
      customer-part:
        en: You are the IT manager. You say “We already have a system for this.” That is true, but since the merger there are two systems, and the old neighbour municipality's staff still use theirs. You are tired of vendors who promise that everything will be simpler. You fear a new procurement and another migration project on top of everything. If the seller argues or lists features, you fold your arms and say you have heard it before. If the seller asks what lies behind the remark, you explain the two systems and the fear of the project, and you are open to discussing a limited first step.
        sv: Du är it-chef. Du säger ”Vi har redan ett system för det här.” Det stämmer, men sedan sammanslagningen finns det två system, och personalen från den tidigare grannkommunen använder fortfarande sitt. Du är trött på leverantörer som lovar att allt ska bli enklare. Du är orolig för en ny upphandling och ännu ett migreringsprojekt ovanpå allt annat. Argumenterar säljaren eller räknar upp funktioner lägger du armarna i kors och säger att du har hört det förut. Frågar säljaren vad som ligger bakom kommentaren berättar du om de två systemen och oron för projektet, och du är öppen för att diskutera ett begränsat första steg.
        nb: Du er IT-sjef. Du sier «Vi har allerede et system for dette.» Det stemmer, men etter sammenslåingen finnes det to systemer, og de ansatte fra den tidligere nabokommunen bruker fortsatt sitt. Du er lei av leverandører som lover at alt skal bli enklere. Du gruer deg til en ny anskaffelse og enda et migreringsprosjekt oppå alt annet. Argumenterer selgeren eller ramser opp funksjoner, legger du armene i kors og sier at du har hørt det før. Spør selgeren hva som ligger bak kommentaren, forteller du om de to systemene og bekymringen for prosjektet, og du er åpen for å diskutere et avgrenset første steg.
      good-looks-like:
      - level: 1
        text:
          en: Argues that our system is better, or lists features for several minutes; the IT manager closes down.
          sv: Argumenterar för att vårt system är bättre eller räknar upp funktioner i flera minuter; it-chefen stänger av.
          nb: Argumenterer for at systemet vårt er bedre, eller ramser opp funksjoner i flere minutter; IT-sjefen stenger av.
      - level: 2
        text:
          en: Gives a standard reply at once (“many of our customers said the same and switched”), without asking what lies behind the objection.
          sv: Ger direkt ett standardsvar (”många av våra kunder sa samma sak och bytte ändå”) utan att fråga vad som ligger bakom invändningen.
          nb: Gir straks et standardsvar («mange av kundene våre sa det samme og byttet likevel») uten å spørre hva som ligger bak innvendingen.
      - level: 3
        text:
          en: Acknowledges the remark, asks what works well today and what does not, learns about the two systems and the fear of a new project, answers that concern honestly, and asks whether the answer was enough before continuing.
          sv: Bekräftar kommentaren, frågar vad som fungerar bra i dag och vad som inte gör det, får veta om de två systemen och oron för ett nytt projekt, svarar ärligt på den oron och frågar om svaret räckte innan hen fortsätter.
          nb: Anerkjenner kommentaren, spør hva som fungerer godt i dag og hva som ikke gjør det, får vite om de to systemene og bekymringen for et nytt prosjekt, svarer ærlig på den bekymringen og spør om svaret var godt nok før presentasjonen fortsetter.
      - level: 4
        text:
          en: Would have raised the merger and the two systems before the IT manager objected, including what a migration really demands from the municipality's own staff, and proposes a limited first step that reduces the risk.
          sv: Hade tagit upp sammanslagningen och de två systemen innan it-chefen invände, inklusive vad en migrering faktiskt kräver av kommunens egen personal, och föreslår ett begränsat första steg som minskar risken.
          nb: Ville ha tatt opp sammenslåingen og de to systemene før IT-sjefen kom med innvendingen, inkludert hva en migrering faktisk krever av kommunens egne ansatte, og foreslår et avgrenset første steg som reduserer risikoen.
      - level: 5
        text:
          en: Handles it as at level 4 and adds the objection, with the questions and answer that worked, to the team's objection list for the next practice session.
          sv: Hanterar det som på nivå 4 och lägger till invändningen, med de frågor och det svar som fungerade, i teamets lista över invändningar till nästa träningstillfälle.
          nb: Håndterer det som på nivå 4 og legger innvendingen, med spørsmålene og svaret som fungerte, inn i teamets liste over innvendinger til neste treningsøkt.
    - key: value-presentation.handling-objections.objection-log
      competency: value-presentation.handling-objections
      kind: drill
      aim-level: 3
      minutes: 15
      title:
        en: Write down this week's objections and the concern behind each
        sv: Skriv ned veckans invändningar och oron bakom varje
        nb: Skriv ned ukens innvendinger og bekymringen bak hver av dem
      instructions:
        en: |-
          1. On Friday, go through this week's customer meetings and calls.
          2. Write down every objection you heard, word for word as far as you remember (“too expensive”, “not now”, “we have a system”).
          3. For each, write what you answered, and whether you asked what lay behind it.
          4. Write what you now think the real concern was (budget timing, risk of a project, loyalty to the current supplier, personal workload). Mark it “guess” if you did not ask.
          5. For the two most important ones, write one question you could have asked to find the real concern, and one honest answer to it.
          6. Use one of those questions in a meeting next week, and bring the list to your next one-to-one with your sales manager.
        sv: |-
          1. Gå på fredagen igenom veckans kundmöten och samtal.
          2. Skriv ned varje invändning du hörde, ordagrant så långt du minns (”för dyrt”, ”inte nu”, ”vi har redan ett system”).
          3. Skriv för var och en vad du svarade och om du frågade vad som låg bakom.
          4. Skriv vad du nu tror var den verkliga oron (tidpunkten för budgeten, risken med ett projekt, lojalitet mot nuvarande leverantör, egen arbetsbelastning). Märk den ”gissning” om du inte frågade.
          5. Skriv för de två viktigaste en fråga du kunde ha ställt för att hitta den verkliga oron och ett ärligt svar på den.
          6. Använd en av frågorna på ett möte nästa vecka och ta med listan till nästa avstämning med din säljchef.
        nb: |-
          1. Gå på fredag gjennom ukens kundemøter og samtaler.
          2. Skriv ned hver innvending du hørte, ordrett så langt du husker («for dyrt», «ikke nå», «vi har allerede et system»).
          3. Skriv for hver av dem hva du svarte, og om du spurte hva som lå bak.
          4. Skriv hva du nå tror den egentlige bekymringen var (tidspunktet for budsjettet, risikoen ved et prosjekt, lojalitet til dagens leverandør, egen arbeidsmengde). Merk den «gjetning» hvis du ikke spurte.
          5. Skriv for de to viktigste ett spørsmål du kunne ha stilt for å finne den egentlige bekymringen, og ett ærlig svar på den.
          6. Bruk ett av spørsmålene i et møte neste uke, og ta med listen til neste oppfølgingssamtale med salgssjefen din.
    - key: value-presentation.tailored-solution.ops-and-cfo
      competency: value-presentation.tailored-solution
      kind: role-play
      aim-level: 4
      minutes: 25
      title:
        en: Present one solution to the operations manager and the CFO together
        sv: Presentera en lösning för driftchefen och ekonomichefen tillsammans
        nb: Presenter én løsning for driftssjefen og økonomisjefen sammen
      situation:
        en: Presentation meeting, 45 minutes, at a Norwegian food wholesaler. In the needs analysis the operations manager confirmed three needs, in this order – manual order entry from email and phone, picking errors, and no overview of stock across the two warehouses. The CFO joins today for the first time. Your standard demo has eleven parts.
        sv: Presentationsmöte, 45 minuter, hos en norsk livsmedelsgrossist. I behovsanalysen bekräftade driftchefen tre behov, i den här ordningen – manuell orderregistrering från mejl och telefon, plockfel och ingen överblick över lagret i de två lagren. Ekonomichefen är med i dag för första gången. Din standarddemo har elva delar.
        nb: Presentasjonsmøte, 45 minutter, hos en norsk dagligvaregrossist. I behovsanalysen bekreftet driftssjefen tre behov, i denne rekkefølgen – manuell ordreregistrering fra e-post og telefon, plukkfeil og ingen oversikt over beholdningen på tvers av de to lagrene. Økonomisjefen er med i dag for første gang. Standarddemoen din har elleve deler.
      customer-part:
        en: You play both roles, or two people do. The operations manager wants to see how an order from email ends up in the system without retyping, and gets impatient if the demo starts with dashboards. The CFO has fifteen minutes before another meeting, cares about payback time and the total cost over three years, and asks “what does this cost us in internal time to introduce?” If the seller runs the standard demo, both lose interest and the CFO leaves without a view. If the seller starts with order entry and gives the CFO a clear payback figure in the first fifteen minutes, both engage.
        sv: Du spelar båda rollerna, eller så gör två personer det. Driftchefen vill se hur en order från mejl hamnar i systemet utan att skrivas in på nytt och blir otålig om demon börjar med instrumentpaneler. Ekonomichefen har femton minuter innan nästa möte, bryr sig om återbetalningstid och totalkostnad över tre år och frågar ”vad kostar det här oss i egen tid att införa?” Kör säljaren standarddemon tappar båda intresset, och ekonomichefen går utan att ha fått någon bild. Börjar säljaren med orderregistreringen och ger ekonomichefen en tydlig siffra för återbetalningstiden under de första femton minuterna engagerar sig båda.
        nb: Du spiller begge rollene, eller så gjør to personer det. Driftssjefen vil se hvordan en ordre fra e-post havner i systemet uten å bli tastet inn på nytt, og blir utålmodig hvis demoen begynner med dashbord. Økonomisjefen har femten minutter før neste møte, er opptatt av tilbakebetalingstid og totalkostnad over tre år og spør «hva koster dette oss i egen tid å innføre?» Kjører selgeren standarddemoen, mister begge interessen, og økonomisjefen går uten å ha fått noe bilde. Begynner selgeren med ordreregistreringen og gir økonomisjefen et tydelig tall for tilbakebetalingstiden i løpet av de første femten minuttene, engasjerer begge seg.
      good-looks-like:
      - level: 1
        text:
          en: Runs all eleven parts of the standard demo in the usual order; order entry comes after half an hour and the CFO has already left.
          sv: Kör alla elva delar av standarddemon i vanlig ordning; orderregistreringen kommer efter en halvtimme, och då har ekonomichefen redan gått.
          nb: Kjører alle elleve delene av standarddemoen i vanlig rekkefølge; ordreregistreringen kommer etter en halvtime, og da har økonomisjefen allerede gått.
      - level: 2
        text:
          en: Opens with a slide about the customer, then shows features in the usual order; the confirmed needs are mentioned but not used to structure the meeting.
          sv: Inleder med en bild om kunden och visar sedan funktionerna i vanlig ordning; de bekräftade behoven nämns men styr inte upplägget.
          nb: Åpner med et lysbilde om kunden og viser så funksjonene i vanlig rekkefølge; de bekreftede behovene nevnes, men styrer ikke opplegget.
      - level: 3
        text:
          en: Opens with the three confirmed needs in the customer's order, shows order entry first, links every part shown to one of the needs, and leaves out the rest.
          sv: Inleder med de tre bekräftade behoven i kundens ordning, visar orderregistreringen först, kopplar varje del som visas till ett av behoven och hoppar över resten.
          nb: Åpner med de tre bekreftede behovene i kundens rekkefølge, viser ordreregistreringen først, knytter hver del som vises, til ett av behovene og hopper over resten.
      - level: 4
        text:
          en: Also adapts to the two people – asks the CFO at the start how much time she has, gives her the payback time and the internal effort of the introduction in her first ten minutes, and then shows the operations manager the daily workflow in detail.
          sv: Anpassar sig dessutom till de två personerna – frågar ekonomichefen i början hur mycket tid hon har, ger henne återbetalningstiden och den egna insatsen vid införandet under hennes första tio minuter och visar sedan driftchefen det dagliga arbetsflödet i detalj.
          nb: Tilpasser seg i tillegg de to personene – spør økonomisjefen innledningsvis hvor mye tid hun har, gir henne tilbakebetalingstiden og egeninnsatsen ved innføringen i løpet av hennes første ti minutter, og viser så driftssjefen den daglige arbeidsflyten i detalj.
      - level: 5
        text:
          en: Presents as at level 4 and turns the structure into a reusable opening for wholesaler meetings that colleagues adopt, and reviews a colleague's next presentation with it.
          sv: Presenterar som på nivå 4, gör upplägget till en återanvändbar inledning för grossistmöten som kollegorna tar till sig och går igenom en kollegas nästa presentation utifrån den.
          nb: Presenterer som på nivå 4, gjør opplegget til en gjenbrukbar åpning for grossistmøter som kollegene tar i bruk, og går gjennom en kollegas neste presentasjon ut fra den.
    - key: value-presentation.proof-and-references.integration-doubt
      competency: value-presentation.proof-and-references
      kind: role-play
      aim-level: 4
      minutes: 20
      title:
        en: The IT manager doubts the integration will work
        sv: It-chefen tvivlar på att integrationen kommer att fungera
        nb: IT-sjefen tviler på at integrasjonen vil fungere
      situation:
        en: Final presentation at a Swedish manufacturer with an older, heavily customized ERP system. The production manager is convinced. The IT manager says “Every supplier says their integration is standard. The last one took a year.” A decision is planned for next month.
        sv: Slutpresentation hos en svensk tillverkare med ett äldre, kraftigt anpassat affärssystem. Produktionschefen är övertygad. It-chefen säger ”Alla leverantörer säger att deras integration är standard. Den förra tog ett år.” Ett beslut är planerat till nästa månad.
        nb: Sluttpresentasjon hos en svensk produsent med et eldre, kraftig tilpasset ERP-system. Produksjonssjefen er overbevist. IT-sjefen sier «Alle leverandører sier at integrasjonen deres er standard. Den forrige tok et år.» En beslutning er planlagt til neste måned.
      customer-part:
        en: You are the IT manager. You were blamed for the last integration project and will not accept adjectives. A reference only helps if it runs the same ERP version with similar customizations. What would convince you is seeing orders flow both ways for a few weeks without manual work, with your own team involved. If the seller says “it is standard, trust us” or names famous customers, you stay sceptical and hint that you will recommend waiting. If the seller proposes a limited pilot, you want the criteria, the duration, who does the work and what happens afterwards in writing. Once that is clear, you accept.
        sv: Du är it-chef. Du fick skulden för förra integrationsprojektet och godtar inga adjektiv. En referens hjälper bara om den kör samma version av affärssystemet med liknande anpassningar. Det som skulle övertyga dig är att se order flöda åt båda hållen i några veckor utan manuellt arbete, med ditt eget team inblandat. Säger säljaren ”det är standard, lita på oss” eller nämner kända kunder förblir du skeptisk och antyder att du kommer att rekommendera att vänta. Föreslår säljaren en begränsad pilot vill du ha kriterierna, längden, vem som gör jobbet och vad som händer efteråt skriftligt. När det är klart accepterar du.
        nb: Du er IT-sjef. Du fikk skylden for forrige integrasjonsprosjekt og godtar ingen adjektiver. En referanse hjelper bare hvis den kjører samme versjon av ERP-systemet med lignende tilpasninger. Det som ville overbevist deg, er å se ordrer flyte begge veier i noen uker uten manuelt arbeid, med ditt eget team involvert. Sier selgeren «det er standard, stol på oss» eller nevner kjente kunder, forblir du skeptisk og antyder at du vil anbefale å vente. Foreslår selgeren en avgrenset pilot, vil du ha kriteriene, varigheten, hvem som gjør jobben og hva som skjer etterpå, skriftlig. Når det er på plass, godtar du.
      good-looks-like:
      - level: 1
        text:
          en: Repeats that the integration is “standard” and “flexible”; offers no evidence.
          sv: Upprepar att integrationen är ”standard” och ”flexibel”; erbjuder inga belägg.
          nb: Gjentar at integrasjonen er «standard» og «fleksibel»; tilbyr ikke noe belegg.
      - level: 2
        text:
          en: Mentions well-known customers but cannot say which ERP version they run or what the integration took.
          sv: Nämner kända kunder men kan inte säga vilken version av affärssystemet de kör eller vad integrationen krävde.
          nb: Nevner kjente kunder, men kan ikke si hvilken versjon av ERP-systemet de kjører, eller hva integrasjonen krevde.
      - level: 3
        text:
          en: Offers a reference with the same ERP and similar size, gives its measured result (for example time to go live and manual steps removed), and offers a call with their IT manager.
          sv: Erbjuder en referens med samma affärssystem och liknande storlek, anger dess mätta resultat (till exempel tid till driftstart och antal manuella moment som försvann) och erbjuder ett samtal med deras it-chef.
          nb: Tilbyr en referanse med samme ERP-system og lignende størrelse, oppgir det målte resultatet (for eksempel tid til driftsstart og antall manuelle steg som forsvant) og tilbyr en samtale med IT-sjefen deres.
      - level: 4
        text:
          en: Takes the doubt seriously, asks what would convince the IT manager, and proposes a four-week pilot with three measurable criteria, the customer's team involved, and a decision date, and confirms it in writing the same day.
          sv: Tar tvivlet på allvar, frågar vad som skulle övertyga it-chefen och föreslår en pilot på fyra veckor med tre mätbara kriterier, kundens team involverat och ett beslutsdatum, och bekräftar det skriftligt samma dag.
          nb: Tar tvilen på alvor, spør hva som ville overbevist IT-sjefen, og foreslår en pilot på fire uker med tre målbare kriterier, kundens team involvert og en beslutningsdato, og bekrefter det skriftlig samme dag.
      - level: 5
        text:
          en: Handles it as at level 4 and, after the pilot, adds the result to the team's reference library so colleagues can use it with other customers on the same ERP.
          sv: Hanterar det som på nivå 4 och lägger efter piloten in resultatet i teamets referensbibliotek, så att kollegor kan använda det hos andra kunder med samma affärssystem.
          nb: Håndterer det som på nivå 4 og legger etter piloten resultatet inn i teamets referansebibliotek, slik at kolleger kan bruke det hos andre kunder med samme ERP-system.
    - key: value-presentation.handling-objections.say-it-first
      competency: value-presentation.handling-objections
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: Say the weakness before the customer does
        sv: Säg svagheten innan kunden gör det
        nb: Si svakheten før kunden gjør det
      lesson:
        en: |-
          An objection the customer has to raise feels like something you hoped to hide. The same point raised by you early in the meeting feels like honesty. Most objections are predictable: price compared with the incumbent, delivery capacity in a new country, the effort of migration, a missing feature. Before an important meeting, write down the two objections you are most likely to hear, including real weaknesses in our offer. Raise them yourself at a natural point: “You will probably ask about our capacity in Norway. Here is how it looks today, including what is not in place yet.” Then say what you are doing about it and ask whether it is a problem for them. Nordic buyers in particular reward this kind of plain speaking. It also takes the objection away from competitors, who would otherwise be the first to point it out.
        sv: |-
          En invändning som kunden måste ta upp känns som något du hoppades kunna dölja. Samma sak, upptagen av dig tidigt i mötet, känns som ärlighet. De flesta invändningar går att förutse: priset jämfört med nuvarande leverantör, leveranskapaciteten i ett nytt land, arbetet med att byta system, en funktion som saknas. Skriv före ett viktigt möte ned de två invändningar du troligast kommer att få, inklusive verkliga svagheter i vårt erbjudande. Ta upp dem själv vid ett naturligt tillfälle: ”Ni kommer säkert att fråga om vår kapacitet i Norge. Så här ser det ut i dag, också det som inte är på plats än.” Säg sedan vad ni gör åt det och fråga om det är ett problem för dem. Just nordiska köpare belönar den sortens raka besked. Det tar också udden av invändningen för konkurrenterna, som annars hade varit först med att peka på den.
        nb: |-
          En innvending kunden må ta opp, føles som noe du håpet å skjule. Det samme punktet, tatt opp av deg tidlig i møtet, føles som ærlighet. De fleste innvendinger er forutsigbare: prisen sammenlignet med dagens leverandør, leveransekapasiteten i et nytt land, arbeidet med å bytte system, en funksjon som mangler. Skriv før et viktig møte ned de to innvendingene du mest sannsynlig vil få, inkludert reelle svakheter i tilbudet vårt. Ta dem opp selv på et naturlig tidspunkt: «Dere kommer sikkert til å spørre om kapasiteten vår i Sverige. Slik ser det ut i dag, også det som ikke er på plass ennå.» Si så hva dere gjør med det, og spør om det er et problem for dem. Nettopp nordiske innkjøpere setter pris på den typen rett fram-beskjeder. Det tar også brodden av innvendingen for konkurrentene, som ellers ville vært først ute med å peke på den.
      question:
        en: Pick your next important customer meeting. Which two objections are you most likely to hear, which real weakness in our offer lies behind one of them, and how will you raise it yourself?
        sv: Välj ditt nästa viktiga kundmöte. Vilka två invändningar kommer du troligast att få höra, vilken verklig svaghet i vårt erbjudande ligger bakom någon av dem och hur ska du själv ta upp den?
        nb: Velg det neste viktige kundemøtet ditt. Hvilke to innvendinger vil du mest sannsynlig få høre, hvilken reell svakhet i tilbudet vårt ligger bak en av dem, og hvordan skal du selv ta den opp?
    """#
}
