extension PracticeLibraryDocument {
    /// The default practice library's items for the area *closing* (see ``nordicB2BYAML``).
    static let nordicB2BClosing = #"""
    - key: closing.mutual-action-plan.work-backwards
      competency: closing.mutual-action-plan
      kind: drill
      aim-level: 3
      minutes: 20
      title:
        en: Work backwards from the customer's start date
        sv: Räkna baklänges från kundens startdatum
        nb: Regn baklengs fra kundens oppstartsdato
      instructions:
        en: |-
          1. Pick one deal in a late stage.
          2. Write the date the customer needs the solution in use, and why that date matters to them. If you do not know, that is the first question for your next call.
          3. Working backwards from that date, list every step still needed: delivery and onboarding, signature, board or committee approval, budget decision, legal review, security or data-protection review, final proposal.
          4. Give each step an owner on the customer's side, an owner on ours and a date. Mark each step the customer has confirmed.
          5. Mark the dates that collide with holidays, budget meetings or board meetings (for example July, the Christmas weeks, the municipal budget decision in the autumn).
          6. Send the draft plan to your contact as “my understanding of the steps; what have I got wrong?” and agree on it at the next meeting.
          7. Set the close date in the CRM from the plan, not from hope.
        sv: |-
          1. Välj en affär i ett sent skede.
          2. Skriv ned det datum då kunden behöver ha lösningen i drift, och varför det datumet är viktigt för dem. Vet du inte är det den första frågan i nästa samtal.
          3. Räkna baklänges från det datumet och lista varje steg som återstår: leverans och införande, underskrift, beslut i styrelse eller nämnd, budgetbeslut, juridisk granskning, säkerhets- eller dataskyddsgranskning, slutligt förslag.
          4. Ge varje steg en ansvarig hos kunden, en ansvarig hos oss och ett datum. Markera varje steg som kunden har bekräftat.
          5. Markera de datum som krockar med semester, budgetmöten eller styrelsemöten (till exempel juli, jul- och nyårsveckorna, kommunens budgetbeslut på hösten).
          6. Skicka planutkastet till din kontakt som ”så här har jag förstått stegen; vad har jag missat?” och kom överens om den på nästa möte.
          7. Sätt avslutsdatumet i CRM utifrån planen, inte utifrån förhoppningar.
        nb: |-
          1. Velg én avtale i en sen fase.
          2. Skriv ned datoen kunden må ha løsningen i drift, og hvorfor den datoen er viktig for dem. Vet du ikke, er det det første spørsmålet i neste samtale.
          3. Regn baklengs fra den datoen og list opp hvert steg som gjenstår: leveranse og innføring, signering, behandling i styre eller utvalg, budsjettvedtak, juridisk gjennomgang, sikkerhets- eller personverngjennomgang, endelig tilbud.
          4. Gi hvert steg en ansvarlig hos kunden, en ansvarlig hos oss og en dato. Marker hvert steg kunden har bekreftet.
          5. Marker datoene som kolliderer med ferier, budsjettmøter eller styremøter (for eksempel fellesferien i juli, jule- og nyttårsukene, kommunens budsjettvedtak om høsten).
          6. Send utkastet til kontakten din som «slik har jeg forstått stegene; hva har jeg misforstått?», og bli enige om det i neste møte.
          7. Sett forventet avslutningsdato i CRM ut fra planen, ikke ut fra håp.
    - key: closing.mutual-action-plan.nordic-calendar
      competency: closing.mutual-action-plan
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: The Nordic calendar decides more close dates than the customer does
        sv: Den nordiska kalendern avgör fler avslutsdatum än kunden gör
        nb: Den nordiske kalenderen avgjør flere avslutningsdatoer enn kunden gjør
      lesson:
        en: |-
          Many deals that “slip” were never going to close on the date in the CRM. In Sweden and Norway, most of July is holiday, and decisions not made by mid-June often wait until late August. Municipalities and regions set next year's budget in the autumn, so a purchase that is not in the budget proposal usually waits a year. Boards meet a few times a year, and a decision that misses one meeting waits for the next. Legal and security reviews take weeks, not days, and the people who do them have queues. A mutual action plan is where these facts become visible. Ask the customer when the solution must be running, then walk backwards with them through every step and every holiday. A plan made in April that says “sign before 20 June” is worth more than a forecast that says “June” with no steps behind it.
        sv: |-
          Många affärer som ”glider” skulle aldrig ha stängts på datumet i CRM. I Sverige och Norge är större delen av juli semester, och beslut som inte fattats i mitten av juni väntar ofta till slutet av augusti. Kommuner och regioner lägger nästa års budget på hösten, så ett inköp som inte finns med i budgetförslaget väntar oftast ett år. Styrelser sammanträder några gånger per år, och ett beslut som missar ett möte får vänta till nästa. Juridisk granskning och säkerhetsgranskning tar veckor, inte dagar, och de som gör dem har köer. Den gemensamma handlingsplanen är där dessa fakta syns. Fråga kunden när lösningen måste vara i drift och gå sedan baklänges tillsammans genom varje steg och varje ledighet. En plan som görs i april och säger ”underskrift före 20 juni” är värd mer än en prognos som säger ”juni” utan några steg bakom.
        nb: |-
          Mange avtaler som «skyves» skulle aldri ha blitt lukket på datoen i CRM. I Norge og Sverige er det meste av juli ferie, og beslutninger som ikke er tatt innen midten av juni, venter ofte til slutten av august. Kommuner og fylkeskommuner vedtar neste års budsjett om høsten, så et innkjøp som ikke er med i budsjettforslaget, venter som regel et år. Styrer møtes noen ganger i året, og en sak som ikke rekker ett møte, må vente til neste. Juridisk gjennomgang og sikkerhetsgjennomgang tar uker, ikke dager, og de som gjør dem, har kø. Den felles handlingsplanen er der disse forholdene blir synlige. Spør kunden når løsningen må være i drift, og gå så baklengs sammen gjennom hvert steg og hver ferie. En plan som lages i april og sier «signering før 20. juni», er verdt mer enn en prognose som sier «juni» uten noen steg bak.
      question:
        en: Pick the open deal with the nearest close date. Which holiday, budget meeting or board meeting lies between today and that date, and does the customer's plan account for it?
        sv: Välj den öppna affär som har närmast avslutsdatum. Vilken semester, vilket budgetmöte eller vilket styrelsemöte ligger mellan i dag och det datumet, och tar kundens plan hänsyn till det?
        nb: Velg den åpne avtalen med nærmest avslutningsdato. Hvilken ferie, hvilket budsjettmøte eller hvilket styremøte ligger mellom i dag og den datoen, og tar kundens plan hensyn til det?
    - key: closing.mutual-action-plan.plan-with-the-champion
      competency: closing.mutual-action-plan
      kind: role-play
      aim-level: 3
      minutes: 20
      title:
        en: Agree on the path to a decision with your main contact
        sv: Kom överens om vägen till beslut med din huvudkontakt
        nb: Bli enig om veien til beslutning med hovedkontakten din
      situation:
        en: It is late March. Your main contact at a Norwegian IT services company, the head of operations, liked your proposal and says “we want to go ahead”. The CRM says close date end of April. You have no agreed steps beyond the next meeting. You have 20 minutes with the head of operations to agree on the plan.
        sv: Det är slutet av mars. Din huvudkontakt på ett norskt it-tjänsteföretag, driftchefen, gillade ert förslag och säger ”vi vill gå vidare”. I CRM står slutet av april som avslutsdatum. Ni har inga överenskomna steg efter nästa möte. Du har 20 minuter med driftchefen för att komma överens om planen.
        nb: Det er slutten av mars. Hovedkontakten din i et norsk IT-tjenesteselskap, driftssjefen, likte forslaget ditt og sier «vi vil gå videre». I CRM står slutten av april som avslutningsdato. Dere har ingen avtalte steg etter neste møte. Du har 20 minutter med driftssjefen for å bli enige om planen.
      customer-part:
        en: You are the head of operations and you want the solution running by 1 September, when a large customer contract starts. You assume the rest is a formality, but when asked, you know that the contract must go through the legal department (two to three weeks, with a queue), that the CFO must approve anything over 500,000 kroner at the monthly management meeting (next ones 22 April and 27 May), and that the security officer must review data processing. You have not thought about July. If the seller only asks “when can you sign?”, you say “soon, probably April”. If the seller walks through the steps with you, you share everything above and are glad of the help.
        sv: Du är driftchef och vill ha lösningen i drift den 1 september, när ett stort kundkontrakt startar. Du utgår från att resten är en formalitet, men när du får frågan vet du att avtalet måste gå via juridik (två till tre veckor, med kö), att ekonomichefen måste godkänna allt över 500 000 kronor på det månatliga ledningsmötet (nästa är 22 april och 27 maj) och att säkerhetsansvarig måste granska personuppgiftsbehandlingen. Du har inte tänkt på juli. Frågar säljaren bara ”när kan ni skriva på?” svarar du ”snart, troligen i april”. Går säljaren igenom stegen med dig berättar du allt ovan och är glad för hjälpen.
        nb: Du er driftssjef og vil ha løsningen i drift 1. september, når en stor kundekontrakt starter. Du går ut fra at resten er en formalitet, men når du blir spurt, vet du at avtalen må gjennom juridisk avdeling (to til tre uker, med kø), at økonomisjefen må godkjenne alt over 500 000 kroner i det månedlige ledermøtet (de neste er 22. april og 27. mai), og at sikkerhetsansvarlig må gjennomgå behandlingen av personopplysninger. Du har ikke tenkt på juli. Spør selgeren bare «når kan dere signere?», svarer du «snart, sannsynligvis i april». Går selgeren gjennom stegene med deg, forteller du alt det over og er glad for hjelpen.
      good-looks-like:
      - level: 1
        text:
          en: Thanks the customer, says they will send the contract, and waits to hear back; the close date stays at end of April.
          sv: Tackar kunden, säger att avtalet skickas över och väntar på besked; avslutsdatumet står kvar i slutet av april.
          nb: Takker kunden, sier at kontrakten blir sendt over, og venter på svar; avslutningsdatoen blir stående i slutten av april.
      - level: 2
        text:
          en: Books the next meeting, asks “when can you sign?”, accepts “April”, and learns nothing about legal, the CFO or security.
          sv: Bokar nästa möte, frågar ”när kan ni skriva på?”, accepterar ”april” och får inte veta något om juridik, ekonomichefen eller säkerhet.
          nb: Booker neste møte, spør «når kan dere signere?», godtar «april» og får ikke vite noe om juridisk, økonomisjefen eller sikkerhet.
      - level: 3
        text:
          en: Asks what has to happen before signature, writes down the legal review, the CFO approval and the security review with owners and dates, and agrees to share the plan with the customer.
          sv: Frågar vad som måste hända före underskrift, skriver ned juridisk granskning, ekonomichefens godkännande och säkerhetsgranskningen med ansvariga och datum och kommer överens om att dela planen med kunden.
          nb: Spør hva som må skje før signering, skriver ned juridisk gjennomgang, økonomisjefens godkjenning og sikkerhetsgjennomgangen med ansvarlige og datoer, og avtaler å dele planen med kunden.
      - level: 4
        text:
          en: Works backwards from 1 September through onboarding and July, shows that the 27 May management meeting is the last realistic approval, books the legal and security reviews for early May, and moves the close date in the CRM accordingly.
          sv: Räknar baklänges från 1 september genom införandet och juli, visar att ledningsmötet den 27 maj är det sista realistiska tillfället för godkännande, bokar juridisk granskning och säkerhetsgranskning till början av maj och flyttar avslutsdatumet i CRM därefter.
          nb: Regner baklengs fra 1. september gjennom innføringen og juli, viser at ledermøtet 27. mai er siste realistiske mulighet for godkjenning, booker juridisk gjennomgang og sikkerhetsgjennomgang til begynnelsen av mai og flytter avslutningsdatoen i CRM tilsvarende.
      - level: 5
        text:
          en: Plans as at level 4 and turns the plan into the team's template, so colleagues' late-stage deals get the same steps and more reliable close dates.
          sv: Planerar som på nivå 4 och gör planen till teamets mall, så att kollegornas affärer i sena skeden får samma steg och säkrare avslutsdatum.
          nb: Planlegger som på nivå 4 og gjør planen til teamets mal, slik at kollegenes avtaler i sene faser får de samme stegene og sikrere avslutningsdatoer.
    - key: closing.asking-for-commitment.after-the-demo
      competency: closing.asking-for-commitment
      kind: role-play
      aim-level: 3
      minutes: 15
      title:
        en: Ask for the pilot decision after a good demo
        sv: Be om beslut om pilot efter en bra demo
        nb: Be om beslutning om pilot etter en god demo
      situation:
        en: You have just finished a demo for the IT manager and the finance manager of a Swedish wholesaler. The agreed criteria for starting a pilot were a working integration with their ERP system and a price within budget; you have shown the first and the proposal covers the second. There are ten minutes left of the meeting.
        sv: Du har precis avslutat en demo för it-chefen och ekonomichefen på en svensk grossist. De överenskomna kriterierna för att starta en pilot var en fungerande integration med deras affärssystem och ett pris inom budget; du har visat det första och förslaget täcker det andra. Det är tio minuter kvar av mötet.
        nb: Du har akkurat avsluttet en demo for IT-sjefen og økonomisjefen i en svensk grossist. De avtalte kriteriene for å starte en pilot var en fungerende integrasjon med ERP-systemet deres og en pris innenfor budsjett; du har vist det første, og tilbudet dekker det andre. Det er ti minutter igjen av møtet.
      customer-part:
        en: You are the IT manager, and you are ready to say yes to a pilot if asked directly. The finance manager beside you (played by you too, or a third person) has one open question, whether the pilot cost is deducted if you buy afterwards, but will not raise it unprompted. If the seller says “we will send some material”, you agree and leave. If the seller pushes hard (“can you sign today?”) before checking the criteria, you become cautious and say you need to discuss it internally. If the seller checks the criteria and asks what would stop a decision, the finance manager raises the question; once answered, you agree to start the pilot on a named date.
        sv: Du är it-chef och är redo att säga ja till en pilot om du får frågan rakt ut. Ekonomichefen bredvid dig (som du också spelar, eller en tredje person) har en öppen fråga, om pilotkostnaden dras av om ni köper efteråt, men tar inte upp den självmant. Säger säljaren ”vi skickar över lite material” håller du med och går. Trycker säljaren på hårt (”kan ni skriva på i dag?”) innan kriterierna stämts av blir du försiktig och säger att ni behöver diskutera internt. Stämmer säljaren av kriterierna och frågar vad som skulle hindra ett beslut tar ekonomichefen upp sin fråga; när den är besvarad går ni med på att starta piloten ett bestämt datum.
        nb: Du er IT-sjef og er klar til å si ja til en pilot hvis du blir spurt direkte. Økonomisjefen ved siden av deg (som du også spiller, eller en tredje person) har ett åpent spørsmål, om pilotkostnaden trekkes fra hvis dere kjøper etterpå, men tar det ikke opp av seg selv. Sier selgeren «vi sender over litt materiell», sier du deg enig og går. Presser selgeren hardt («kan dere signere i dag?») før kriteriene er sjekket, blir du forsiktig og sier at dere må diskutere det internt. Sjekker selgeren kriteriene og spør hva som kunne stoppe en beslutning, tar økonomisjefen opp spørsmålet sitt; når det er besvart, går dere med på å starte piloten på en bestemt dato.
      good-looks-like:
      - level: 1
        text:
          en: Ends with “let me know what you think” or “we will send some material”; no decision is asked for.
          sv: Avslutar med ”hör av er vad ni tycker” eller ”vi skickar över lite material”; inget beslut efterfrågas.
          nb: Avslutter med «gi beskjed om hva dere synes» eller «vi sender over litt materiell»; ingen beslutning blir etterspurt.
      - level: 2
        text:
          en: Either does not ask, or asks for a signature today without first checking the criteria, and the customer pulls back to “discuss internally”.
          sv: Frågar antingen inte alls eller ber om underskrift i dag utan att först stämma av kriterierna, och kunden backar till ”vi behöver diskutera internt”.
          nb: Spør enten ikke i det hele tatt, eller ber om signatur i dag uten først å sjekke kriteriene, og kunden trekker seg tilbake til «vi må diskutere internt».
      - level: 3
        text:
          en: Summarizes the two agreed criteria, checks that both are met, and asks directly “Shall we start the pilot on 1 October?”; leaves with a commitment and a date.
          sv: Sammanfattar de två överenskomna kriterierna, stämmer av att båda är uppfyllda och frågar rakt ut ”Ska vi starta piloten den 1 oktober?”; går därifrån med ett åtagande och ett datum.
          nb: Oppsummerer de to avtalte kriteriene, sjekker at begge er oppfylt, og spør direkte «Skal vi starte piloten 1. oktober?»; går derfra med en forpliktelse og en dato.
      - level: 4
        text:
          en: Also asks “Is there anything that would stop you from deciding today?”, brings out the finance manager's question, answers it, and gets the decision; if the answer were no, would leave with the reason and a next step.
          sv: Frågar dessutom ”Finns det något som skulle hindra er från att bestämma er i dag?”, lockar fram ekonomichefens fråga, besvarar den och får beslutet; om svaret hade blivit nej hade säljaren gått därifrån med orsaken och ett nästa steg.
          nb: Spør i tillegg «Er det noe som ville hindre dere i å bestemme dere i dag?», får fram økonomisjefens spørsmål, svarer på det og får beslutningen; hadde svaret vært nei, ville selgeren gått derfra med årsaken og et neste steg.
      - level: 5
        text:
          en: Handles the close as at level 4, then plays this scenario with a colleague before the colleague's next important demo.
          sv: Hanterar avslutet som på nivå 4 och spelar sedan scenariot med en kollega före kollegans nästa viktiga demo.
          nb: Håndterer avslutningen som på nivå 4 og spiller deretter scenariet med en kollega før kollegaens neste viktige demo.
    - key: closing.asking-for-commitment.write-the-ask
      competency: closing.asking-for-commitment
      kind: drill
      aim-level: 3
      minutes: 10
      title:
        en: Write the commitment you will ask for before each meeting
        sv: Skriv ned vilket åtagande du ska be om före varje möte
        nb: Skriv ned hvilken forpliktelse du skal be om før hvert møte
      instructions:
        en: |-
          1. Every morning this week, look at the day's customer meetings and calls.
          2. For each, write one concrete commitment you will ask the customer for: a decision, a meeting with a named person, access to figures, a date for a review. “Positive feeling” does not count.
          3. Write the exact question you will ask, in one sentence, for example “Can we book 30 minutes with your CFO before the 15th?”
          4. Write what you will do if the answer is no: ask what stands in the way, and what a smaller next step could be.
          5. After each meeting, note whether you asked, and what the customer committed to. Log the commitment as the next step in the CRM.
          6. On Friday, count: meetings, asks, commitments. Bring the numbers to your next one-to-one.
        sv: |-
          1. Titta varje morgon den här veckan på dagens kundmöten och samtal.
          2. Skriv för vart och ett ned ett konkret åtagande du ska be kunden om: ett beslut, ett möte med en namngiven person, tillgång till siffror, ett datum för en genomgång. ”En positiv känsla” räknas inte.
          3. Skriv ned den exakta frågan du ska ställa, i en mening, till exempel ”Kan vi boka 30 minuter med er ekonomichef före den 15:e?”
          4. Skriv ned vad du gör om svaret är nej: fråga vad som står i vägen och vad ett mindre nästa steg kan vara.
          5. Notera efter varje möte om du frågade och vad kunden åtog sig. Logga åtagandet som nästa steg i CRM.
          6. Räkna på fredagen: möten, frågor, åtaganden. Ta med siffrorna till nästa avstämning med säljchefen.
        nb: |-
          1. Se hver morgen denne uken på dagens kundemøter og samtaler.
          2. Skriv for hvert av dem ned én konkret forpliktelse du skal be kunden om: en beslutning, et møte med en navngitt person, tilgang til tall, en dato for en gjennomgang. «En god følelse» teller ikke.
          3. Skriv ned det nøyaktige spørsmålet du skal stille, i én setning, for eksempel «Kan vi booke 30 minutter med økonomisjefen deres før den 15.?»
          4. Skriv ned hva du gjør hvis svaret er nei: spør hva som står i veien, og hva et mindre neste steg kan være.
          5. Noter etter hvert møte om du spurte, og hva kunden forpliktet seg til. Logg forpliktelsen som neste steg i CRM.
          6. Tell opp på fredag: møter, spørsmål, forpliktelser. Ta med tallene til neste oppfølgingssamtale med salgssjefen.
    - key: closing.asking-for-commitment.direct-not-pushy
      competency: closing.asking-for-commitment
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: Direct, not pushy
        sv: Rak, inte påträngande
        nb: Direkte, ikke påtrengende
      lesson:
        en: |-
          Nordic buyers tend to dislike pressure and closing tricks, and sellers take that as a reason not to ask at all. The buyers do respect a clear question at the right moment. The right moment is when the criteria you agreed on are met, not when your quarter ends. Start by summarizing what the customer has confirmed, then ask plainly: “Based on this, are you ready to go ahead?” Before that, you can test readiness: “What would stop you from signing this month?” The answer is valuable either way. A concrete obstacle, such as an open security review, can be booked and solved. A vague one tells you that something important has not been said. A no is also an answer: ask for the reason, write it down, and agree on what happens next. What you should not accept is a meeting that ends without any commitment.
        sv: |-
          Nordiska köpare tycker ofta illa om press och avslutstekniker, och säljare tar det som ett skäl att inte fråga alls. Men köparna respekterar en tydlig fråga i rätt ögonblick. Rätt ögonblick är när de kriterier ni kommit överens om är uppfyllda, inte när ditt kvartal tar slut. Börja med att sammanfatta vad kunden har bekräftat och fråga sedan enkelt: ”Utifrån det här, är ni redo att gå vidare?” Innan dess kan du testa hur redo kunden är: ”Vad skulle hindra er från att skriva på den här månaden?” Svaret är värdefullt oavsett. Ett konkret hinder, som en säkerhetsgranskning som inte är klar, kan bokas in och lösas. Ett vagt svar säger att något viktigt inte har sagts. Ett nej är också ett svar: fråga efter orsaken, skriv ned den och kom överens om vad som händer härnäst. Det du inte ska acceptera är ett möte som slutar utan något åtagande.
        nb: |-
          Nordiske innkjøpere misliker ofte press og avslutningsteknikker, og selgere tar det som en grunn til ikke å spørre i det hele tatt. Men innkjøperne respekterer et tydelig spørsmål i riktig øyeblikk. Riktig øyeblikk er når kriteriene dere ble enige om, er oppfylt, ikke når kvartalet ditt er slutt. Begynn med å oppsummere hva kunden har bekreftet, og spør så enkelt: «Ut fra dette, er dere klare til å gå videre?» Før det kan du teste hvor klar kunden er: «Hva ville hindre dere i å signere denne måneden?» Svaret er verdifullt uansett. Et konkret hinder, som en sikkerhetsgjennomgang som ikke er ferdig, kan bookes og løses. Et vagt svar forteller deg at noe viktig ikke er sagt. Et nei er også et svar: spør om årsaken, skriv den ned og bli enige om hva som skjer videre. Det du ikke skal godta, er et møte som ender uten noen forpliktelse.
      question:
        en: Think of your last three customer meetings. What exactly did you ask for at the end of each, and what did the customer commit to? Where you asked for nothing, what could you have asked for?
        sv: Tänk på dina tre senaste kundmöten. Vad bad du exakt om i slutet av vart och ett, och vad åtog sig kunden? Där du inte bad om något, vad hade du kunnat be om?
        nb: Tenk på de tre siste kundemøtene dine. Hva ba du konkret om på slutten av hvert av dem, og hva forpliktet kunden seg til? Der du ikke ba om noe, hva kunne du ha bedt om?
    """#
}
