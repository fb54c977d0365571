extension PracticeLibraryDocument {
    /// The default practice library's items for the area *pipeline-discipline* (see ``nordicB2BYAML``).
    static let nordicB2BPipelineDiscipline = #"""
    - key: pipeline-discipline.crm-hygiene.friday-sweep
      competency: pipeline-discipline.crm-hygiene
      kind: drill
      aim-level: 2
      minutes: 15
      title:
        en: Friday fifteen-minute sweep of your open deals
        sv: Femton minuters genomgång av dina öppna affärer på fredagen
        nb: Femten minutters gjennomgang av de åpne avtalene dine på fredag
      instructions:
        en: |-
          1. Block 15 minutes every Friday, before the weekend, in the calendar.
          2. Filter your open deals in the CRM on three things: close date in the past, no next step, no activity in the last 14 days.
          3. For each deal found, update it now: a dated next step that says who does what, a realistic close date, a current amount.
          4. If you cannot write a next step, ask yourself whether the deal is real. If not, close it as lost with a reason.
          5. Check that every customer meeting this week has a note: what was said, what was agreed.
          6. Write down how many deals you had to fix. The goal is that the number falls week by week; if it does not, change when you update during the week (for example right after each call).
        sv: |-
          1. Boka 15 minuter varje fredag, före helgen, i kalendern.
          2. Filtrera dina öppna affärer i CRM på tre saker: avslutsdatum som har passerat, inget nästa steg, ingen aktivitet de senaste 14 dagarna.
          3. Uppdatera varje affär du hittar direkt: ett daterat nästa steg som säger vem som gör vad, ett realistiskt avslutsdatum, ett aktuellt belopp.
          4. Kan du inte skriva ett nästa steg, fråga dig om affären är verklig. Är den inte det, stäng den som förlorad med en orsak.
          5. Kontrollera att varje kundmöte den här veckan har en anteckning: vad som sades, vad ni kom överens om.
          6. Skriv ned hur många affärer du behövde rätta. Målet är att antalet minskar vecka för vecka; gör det inte det, ändra när du uppdaterar under veckan (till exempel direkt efter varje samtal).
        nb: |-
          1. Sett av 15 minutter hver fredag, før helgen, i kalenderen.
          2. Filtrer de åpne avtalene dine i CRM på tre ting: avslutningsdato som er passert, ikke noe neste steg, ingen aktivitet de siste 14 dagene.
          3. Oppdater hver avtale du finner, med en gang: et datert neste steg som sier hvem som gjør hva, en realistisk avslutningsdato, et oppdatert beløp.
          4. Kan du ikke skrive et neste steg, spør deg selv om avtalen er reell. Er den ikke det, lukk den som tapt med en årsak.
          5. Sjekk at hvert kundemøte denne uken har et notat: hva som ble sagt, hva dere ble enige om.
          6. Skriv ned hvor mange avtaler du måtte rette. Målet er at antallet går ned uke for uke; gjør det ikke det, endre når du oppdaterer i løpet av uken (for eksempel rett etter hver samtale).
    - key: pipeline-discipline.crm-hygiene.handover-notes
      competency: pipeline-discipline.crm-hygiene
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: Write notes a colleague could take over from
        sv: Skriv anteckningar som en kollega kan ta över från
        nb: Skriv notater en kollega kan ta over fra
      lesson:
        en: |-
          A CRM note is usually written for yourself: “Good meeting, will get back.” That is enough until you are ill, go on parental leave at short notice or change territory, and a colleague has to carry the deal forward. Then the deal stands still while someone calls around. Test each important note with one question: could a colleague who has never met the customer take the next step from this note alone? A note that passes says who was in the meeting and what each of them cares about, what the customer confirmed in their own words, what we promised and by when, what the risks are, and the dated next step with its owner. It takes three more minutes than “good meeting”. It also makes your own pipeline review faster, because the sales manager can read instead of ask.
        sv: |-
          En anteckning i CRM skrivs oftast för en själv: ”Bra möte, återkommer.” Det räcker tills du blir sjuk, går på föräldraledighet med kort varsel eller byter distrikt och en kollega måste driva affären vidare. Då står affären still medan någon ringer runt. Testa varje viktig anteckning med en fråga: skulle en kollega som aldrig har träffat kunden kunna ta nästa steg utifrån bara den här anteckningen? En anteckning som klarar testet säger vilka som var med på mötet och vad var och en bryr sig om, vad kunden bekräftade med egna ord, vad vi har lovat och till när, vilka riskerna är och det daterade nästa steget med ansvarig. Det tar tre minuter längre än ”bra möte”. Det gör också din egen pipelinegenomgång snabbare, eftersom säljchefen kan läsa i stället för att fråga.
        nb: |-
          Et notat i CRM skrives som regel for en selv: «Godt møte, kommer tilbake.» Det holder helt til du blir syk, går ut i foreldrepermisjon på kort varsel eller bytter distrikt, og en kollega må føre avtalen videre. Da står avtalen fast mens noen ringer rundt. Test hvert viktige notat med ett spørsmål: Kunne en kollega som aldri har møtt kunden, ta neste steg ut fra bare dette notatet? Et notat som består testen, sier hvem som var med i møtet og hva hver av dem er opptatt av, hva kunden bekreftet med egne ord, hva vi har lovet og til når, hva risikoene er, og det daterte neste steget med ansvarlig. Det tar tre minutter lenger enn «godt møte». Det gjør også din egen pipelinegjennomgang raskere, fordi salgssjefen kan lese i stedet for å spørre.
      question:
        en: Open the note from your most recent important customer meeting. Could a colleague take the next step from it alone? Write down what is missing, and add it now.
        sv: Öppna anteckningen från ditt senaste viktiga kundmöte. Skulle en kollega kunna ta nästa steg utifrån bara den? Skriv ned vad som saknas och lägg till det nu.
        nb: Åpne notatet fra det siste viktige kundemøtet ditt. Kunne en kollega tatt neste steg ut fra bare det? Skriv ned hva som mangler, og legg det til nå.
    - key: pipeline-discipline.stage-qualification.evidence-per-stage
      competency: pipeline-discipline.stage-qualification
      kind: drill
      aim-level: 3
      minutes: 20
      title:
        en: Name the customer action behind each deal's stage
        sv: Ange kundens handling bakom varje affärs fas
        nb: Angi kundens handling bak hver avtales fase
      instructions:
        en: |-
          1. List your open deals from the proposal stage onwards.
          2. For each, write the customer action that justifies the stage it is in: a confirmed budget, a named decision-maker met, a requested proposal, agreed evaluation criteria, a date for the decision. Our actions (we sent a proposal) do not count.
          3. Mark the deals where you cannot name such an action.
          4. For each marked deal, decide: move it back to the stage the customer's actions support, or close it as lost with a reason.
          5. For each deal you move back, write one concrete step to revive it and book it.
          6. Compare the pipeline value before and after. Bring both numbers to your next pipeline review and explain the difference.
        sv: |-
          1. Lista dina öppna affärer från offertfasen och framåt.
          2. Skriv för var och en den handling från kunden som motiverar fasen den står i: en bekräftad budget, en namngiven beslutsfattare som du har träffat, en begärd offert, överenskomna utvärderingskriterier, ett datum för beslut. Våra egna handlingar (vi skickade en offert) räknas inte.
          3. Markera de affärer där du inte kan ange någon sådan handling.
          4. Bestäm för varje markerad affär: flytta tillbaka den till den fas som kundens handlingar stöder, eller stäng den som förlorad med en orsak.
          5. Skriv för varje affär som du flyttar tillbaka ett konkret steg för att få liv i den igen och boka in det.
          6. Jämför pipelinens värde före och efter. Ta med båda siffrorna till nästa pipelinegenomgång och förklara skillnaden.
        nb: |-
          1. List opp de åpne avtalene dine fra tilbudsfasen og utover.
          2. Skriv for hver av dem den handlingen fra kunden som begrunner fasen den står i: et bekreftet budsjett, en navngitt beslutningstaker du har møtt, et etterspurt tilbud, avtalte evalueringskriterier, en dato for beslutning. Våre egne handlinger (vi sendte et tilbud) teller ikke.
          3. Marker avtalene der du ikke kan angi noen slik handling.
          4. Bestem for hver markerte avtale: flytt den tilbake til fasen kundens handlinger støtter, eller lukk den som tapt med en årsak.
          5. Skriv for hver avtale du flytter tilbake, ett konkret steg for å få liv i den igjen, og book det.
          6. Sammenlign pipelinens verdi før og etter. Ta med begge tallene til neste pipelinegjennomgang og forklar forskjellen.
    - key: pipeline-discipline.stage-qualification.quiet-customer
      competency: pipeline-discipline.stage-qualification
      kind: role-play
      aim-level: 4
      minutes: 15
      title:
        en: Call the customer who has gone quiet on a late-stage deal
        sv: Ring kunden som har tystnat i en affär i sent skede
        nb: Ring kunden som har blitt stille i en avtale i sen fase
      situation:
        en: A deal worth 900,000 kroner with a Norwegian manufacturer has been in the negotiation stage for four months. Your contact, the production manager, has not answered two emails since the spring. The quarterly pipeline review is next week. You call the production manager to find out whether the deal is real.
        sv: En affär värd 900 000 kronor med en norsk tillverkare har stått i förhandlingsfasen i fyra månader. Din kontakt, produktionschefen, har inte svarat på två mejl sedan i våras. Nästa vecka är det kvartalets pipelinegenomgång. Du ringer produktionschefen för att ta reda på om affären är verklig.
        nb: En avtale verdt 900 000 kroner med en norsk produsent har stått i forhandlingsfasen i fire måneder. Kontakten din, produksjonssjefen, har ikke svart på to e-poster siden i vår. Neste uke er det kvartalets pipelinegjennomgang. Du ringer produksjonssjefen for å finne ut om avtalen er reell.
      customer-part:
        en: You are the production manager. The investment was put on hold in May when the owners froze all projects over 500,000 kroner until the new factory hall is finished, probably in the first quarter of next year. You are a bit embarrassed that you did not tell the seller. If the seller asks vaguely (“just checking in, any news?”), you say “it is still on our list, we will get back to you”. If the seller asks directly whether the project still has a budget and a date, you tell the truth. If the seller suggests a realistic plan, you agree to a call in January and offer to introduce the new project manager for the factory hall.
        sv: Du är produktionschef. Investeringen pausades i maj när ägarna frös alla projekt över 500 000 kronor tills den nya fabrikshallen är klar, troligen under första kvartalet nästa år. Du skäms lite för att du inte har sagt det till säljaren. Frågar säljaren vagt (”ville bara höra hur det går, något nytt?”) svarar du ”det står kvar på vår lista, vi återkommer”. Frågar säljaren rakt ut om projektet fortfarande har budget och datum berättar du sanningen. Föreslår säljaren en realistisk plan går du med på ett samtal i januari och erbjuder dig att introducera den nya projektledaren för fabrikshallen.
        nb: Du er produksjonssjef. Investeringen ble satt på vent i mai da eierne frøs alle prosjekter over 500 000 kroner til den nye fabrikkhallen er ferdig, sannsynligvis i første kvartal neste år. Du er litt flau over at du ikke har sagt det til selgeren. Spør selgeren vagt («ville bare høre hvordan det går, noe nytt?»), svarer du «det står fortsatt på listen vår, vi kommer tilbake til dere». Spør selgeren rett ut om prosjektet fortsatt har budsjett og dato, forteller du sannheten. Foreslår selgeren en realistisk plan, går du med på en samtale i januar og tilbyr å introdusere den nye prosjektlederen for fabrikkhallen.
      good-looks-like:
      - level: 1
        text:
          en: Does not call, or accepts “we will get back to you”; the deal stays in negotiation at full value.
          sv: Ringer inte, eller nöjer sig med ”vi återkommer”; affären står kvar i förhandlingsfasen med fullt värde.
          nb: Ringer ikke, eller nøyer seg med «vi kommer tilbake til dere»; avtalen blir stående i forhandlingsfasen med full verdi.
      - level: 2
        text:
          en: Calls and senses that something has changed, but does not ask directly, and keeps the deal in the stage “because the customer has not said no”.
          sv: Ringer och anar att något har förändrats men frågar inte rakt ut och låter affären stå kvar i fasen ”eftersom kunden inte har sagt nej”.
          nb: Ringer og aner at noe har endret seg, men spør ikke rett ut og lar avtalen stå i fasen «fordi kunden ikke har sagt nei».
      - level: 3
        text:
          en: Asks directly whether the project still has a budget and a decision date, learns about the freeze, and updates the CRM honestly (moves the deal back or closes it with the reason).
          sv: Frågar rakt ut om projektet fortfarande har budget och beslutsdatum, får veta om frysningen och uppdaterar CRM ärligt (flyttar tillbaka affären eller stänger den med orsaken).
          nb: Spør rett ut om prosjektet fortsatt har budsjett og beslutningsdato, får vite om frysingen og oppdaterer CRM ærlig (flytter avtalen tilbake eller lukker den med årsaken).
      - level: 4
        text:
          en: Also makes it easy for the customer to tell the truth, moves the deal back a stage with a plan (a call in January, an introduction to the new project manager), and raises the change in the pipeline review before the sales manager asks.
          sv: Gör det dessutom lätt för kunden att säga som det är, flyttar tillbaka affären en fas med en plan (ett samtal i januari, en introduktion till den nya projektledaren) och tar upp förändringen på pipelinegenomgången innan säljchefen frågar.
          nb: Gjør det i tillegg lett for kunden å si hvordan det er, flytter avtalen én fase tilbake med en plan (en samtale i januar, en introduksjon til den nye prosjektlederen) og tar opp endringen i pipelinegjennomgangen før salgssjefen spør.
      - level: 5
        text:
          en: Handles the call as at level 4 and uses the case in the team to agree that a deal without customer activity for 60 days must be moved back or closed.
          sv: Hanterar samtalet som på nivå 4 och använder fallet i teamet för att komma överens om att en affär utan aktivitet från kunden på 60 dagar ska flyttas tillbaka eller stängas.
          nb: Håndterer samtalen som på nivå 4 og bruker saken i teamet til å bli enige om at en avtale uten aktivitet fra kunden på 60 dager skal flyttes tilbake eller lukkes.
    - key: pipeline-discipline.forecast-accuracy.commit-or-upside
      competency: pipeline-discipline.forecast-accuracy
      kind: drill
      aim-level: 3
      minutes: 20
      title:
        en: Split your forecast into commit and upside, with evidence
        sv: Dela upp prognosen i säkert och möjligt, med belägg
        nb: Del prognosen inn i sikkert og mulig, med belegg
      instructions:
        en: |-
          1. Before your next forecast meeting, list every deal you expect to close this quarter.
          2. For each, write the evidence: the decision date the customer has given, the approvals still needed, the last customer action and its date.
          3. Put a deal in “commit” only if the customer has confirmed the decision date and you know every remaining step. Everything else goes in “upside”.
          4. Add up the two columns separately.
          5. For each commit deal, write the one thing that could make it slip, and what you are doing about it.
          6. Save the list. At the end of the quarter, compare what closed with what you committed, and write one sentence on why any difference arose. Do this every quarter and watch the gap.
        sv: |-
          1. Lista före nästa prognosmöte varje affär som du räknar med att stänga det här kvartalet.
          2. Skriv för var och en beläggen: det beslutsdatum kunden har angett, de godkännanden som återstår, kundens senaste handling och när den skedde.
          3. Lägg en affär under ”säkert” bara om kunden har bekräftat beslutsdatumet och du känner till alla steg som återstår. Allt annat hamnar under ”möjligt”.
          4. Summera de två kolumnerna var för sig.
          5. Skriv för varje säker affär den enda sak som kan få den att glida och vad du gör åt det.
          6. Spara listan. Jämför i slutet av kvartalet det som stängdes med det du lovade och skriv en mening om varför en eventuell skillnad uppstod. Gör så varje kvartal och följ skillnaden.
        nb: |-
          1. List opp før neste prognosemøte hver avtale du regner med å lukke dette kvartalet.
          2. Skriv for hver av dem belegget: beslutningsdatoen kunden har oppgitt, godkjenningene som gjenstår, kundens siste handling og når den skjedde.
          3. Legg en avtale under «sikkert» bare hvis kunden har bekreftet beslutningsdatoen og du kjenner alle stegene som gjenstår. Alt annet havner under «mulig».
          4. Summer de to kolonnene hver for seg.
          5. Skriv for hver sikre avtale den ene tingen som kan få den til å skli ut, og hva du gjør med det.
          6. Lagre listen. Sammenlign på slutten av kvartalet det som ble lukket, med det du lovet, og skriv én setning om hvorfor en eventuell forskjell oppsto. Gjør dette hvert kvartal og følg med på forskjellen.
    - key: pipeline-discipline.forecast-accuracy.bad-news-early
      competency: pipeline-discipline.forecast-accuracy
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: Bad news in week six is worth more than in week thirteen
        sv: Dåliga nyheter i vecka sex är värda mer än i vecka tretton
        nb: Dårlige nyheter i uke seks er verdt mer enn i uke tretten
      lesson:
        en: |-
          A forecast is not a promise of optimism; it is information the business plans on: hiring, deliveries, cash flow. A deal that slips is normal. A deal that slips without warning on the last day of the quarter damages trust in every number you give afterwards. The signs usually come early: a customer's board meeting moves, a new person joins the buying group, the legal review has not been booked, your contact answers more slowly. Sellers with accurate forecasts raise these signs as soon as they see them, and say what it would take to save the deal: a meeting with the CFO, a changed start date, help from a specialist. That gives the sales manager time to act, and gives you time to bring other deals forward. Saying “this one is at risk” in week six is a sign of control, not of failure.
        sv: |-
          En prognos är inget löfte om optimism; den är information som verksamheten planerar efter: rekrytering, leveranser, kassaflöde. Att en affär glider är normalt. Att en affär glider utan förvarning på kvartalets sista dag skadar förtroendet för varje siffra du lämnar efteråt. Tecknen kommer oftast tidigt: kundens styrelsemöte flyttas, en ny person kommer in i köpgruppen, den juridiska granskningen har inte bokats, din kontakt svarar långsammare. Säljare med träffsäkra prognoser lyfter sådana tecken så fort de ser dem och säger vad som skulle krävas för att rädda affären: ett möte med ekonomichefen, ett ändrat startdatum, hjälp av en specialist. Det ger säljchefen tid att agera och ger dig tid att tidigarelägga andra affärer. Att säga ”den här är i farozonen” i vecka sex är ett tecken på kontroll, inte på misslyckande.
        nb: |-
          En prognose er ikke et løfte om optimisme; den er informasjon virksomheten planlegger etter: ansettelser, leveranser, kontantstrøm. At en avtale skyves, er normalt. At en avtale skyves uten forvarsel på kvartalets siste dag, skader tilliten til hvert tall du gir etterpå. Tegnene kommer som regel tidlig: kundens styremøte flyttes, en ny person kommer inn i innkjøpsgruppen, den juridiske gjennomgangen er ikke booket, kontakten din svarer tregere. Selgere med treffsikre prognoser tar opp slike tegn så snart de ser dem, og sier hva som skal til for å redde avtalen: et møte med økonomisjefen, en endret oppstartsdato, hjelp fra en spesialist. Det gir salgssjefen tid til å handle og gir deg tid til å framskynde andre avtaler. Å si «denne er i faresonen» i uke seks er et tegn på kontroll, ikke på nederlag.
      question:
        en: Look at the three largest deals in your forecast. For each, what is the earliest sign you would see if it were about to slip, and have you seen any of those signs in the last two weeks?
        sv: Titta på de tre största affärerna i din prognos. Vilket är det tidigaste tecknet du skulle se om var och en höll på att glida, och har du sett något av de tecknen de senaste två veckorna?
        nb: Se på de tre største avtalene i prognosen din. Hva er det tidligste tegnet du ville sett hvis hver av dem var i ferd med å skli ut, og har du sett noen av de tegnene de siste to ukene?
    - key: pipeline-discipline.crm-hygiene.handover-test
      competency: pipeline-discipline.crm-hygiene
      kind: drill
      aim-level: 4
      minutes: 20
      title:
        en: Swap one deal with a colleague and test the notes
        sv: Byt en affär med en kollega och testa anteckningarna
        nb: Bytt én avtale med en kollega og test notatene
      instructions:
        en: |-
          1. Agree with a colleague to swap one active deal each, for 20 minutes.
          2. Without asking anything, read the other deal in the CRM for ten minutes.
          3. Write down what you would do next and when, who the buying group is, what has been promised, and what the risks are.
          4. Give your answers to the owner of the deal, and get theirs for yours.
          5. Each owner marks what the reader got wrong or could not find.
          6. Update your own deal's notes so that the gaps are filled: the buying group, promises with dates, risks, the dated next step.
          7. Repeat with a different deal and colleague once a month; the aim is that the reader gets everything right.
        sv: |-
          1. Kom överens med en kollega om att byta en aktiv affär var, i 20 minuter.
          2. Läs den andras affär i CRM i tio minuter utan att fråga något.
          3. Skriv ned vad du skulle göra härnäst och när, vilka som ingår i köpgruppen, vad som har lovats och vilka riskerna är.
          4. Ge dina svar till den som äger affären och få kollegans svar om din.
          5. Varje ägare markerar vad läsaren fick fel eller inte hittade.
          6. Uppdatera anteckningarna i din egen affär så att luckorna fylls: köpgruppen, löften med datum, risker, det daterade nästa steget.
          7. Upprepa en gång i månaden med en annan affär och en annan kollega; målet är att läsaren får allt rätt.
        nb: |-
          1. Avtal med en kollega å bytte én aktiv avtale hver, i 20 minutter.
          2. Les den andres avtale i CRM i ti minutter uten å spørre om noe.
          3. Skriv ned hva du ville gjort som neste steg og når, hvem som er i innkjøpsgruppen, hva som er lovet, og hva risikoene er.
          4. Gi svarene dine til den som eier avtalen, og få kollegaens svar om din.
          5. Hver eier markerer hva leseren tok feil av eller ikke fant.
          6. Oppdater notatene i din egen avtale slik at hullene blir tettet: innkjøpsgruppen, løfter med datoer, risikoer, det daterte neste steget.
          7. Gjenta én gang i måneden med en annen avtale og en annen kollega; målet er at leseren får alt riktig.
    - key: pipeline-discipline.stage-qualification.customer-actions-not-ours
      competency: pipeline-discipline.stage-qualification
      kind: micro-lesson
      aim-level: 2
      minutes: 10
      title:
        en: A stage is something the customer has done
        sv: En fas är något kunden har gjort
        nb: En fase er noe kunden har gjort
      lesson:
        en: |-
          Many pipelines measure the seller's activity: we had a meeting, we sent a proposal, we did a demo. Those are our actions, and they say little about whether the customer will buy. A deal belongs in a stage only when the customer has done what that stage requires: confirmed a need in their own words, named who decides, confirmed a budget or a budget process, asked for a proposal, agreed on a decision date. Ask for each deal: what has the customer done that puts it here? If you cannot point to anything, the deal belongs further back, however good the last meeting felt. This makes the pipeline smaller, and more honest. The sales manager stops having to discount your numbers, the forecast improves, and your time goes to deals that are moving. A closed lost deal with a clear reason is information; a dead deal left open is noise.
        sv: |-
          Många pipelines mäter säljarens aktivitet: vi hade ett möte, vi skickade en offert, vi gjorde en demo. Det är våra handlingar, och de säger lite om huruvida kunden kommer att köpa. En affär hör hemma i en fas först när kunden har gjort det fasen kräver: bekräftat ett behov med egna ord, angett vem som beslutar, bekräftat en budget eller en budgetprocess, bett om en offert, kommit överens om ett beslutsdatum. Fråga för varje affär: vad har kunden gjort som placerar den här? Kan du inte peka på något hör affären hemma längre bak, hur bra det senaste mötet än kändes. Det gör pipelinen mindre, och ärligare. Säljchefen slipper räkna ned dina siffror, prognosen blir bättre och din tid går till affärer som rör sig. En affär som stängts som förlorad med en tydlig orsak är information; en död affär som står öppen är brus.
        nb: |-
          Mange pipeliner måler selgerens aktivitet: vi hadde et møte, vi sendte et tilbud, vi kjørte en demo. Det er våre handlinger, og de sier lite om hvorvidt kunden kommer til å kjøpe. En avtale hører hjemme i en fase først når kunden har gjort det fasen krever: bekreftet et behov med egne ord, oppgitt hvem som bestemmer, bekreftet et budsjett eller en budsjettprosess, bedt om et tilbud, blitt enig om en beslutningsdato. Spør for hver avtale: Hva har kunden gjort som plasserer den her? Kan du ikke peke på noe, hører avtalen hjemme lenger bak, uansett hvor godt det siste møtet føltes. Det gjør pipelinen mindre, og ærligere. Salgssjefen slipper å justere ned tallene dine, prognosen blir bedre, og tiden din går til avtaler som beveger seg. En avtale som er lukket som tapt med en tydelig årsak, er informasjon; en død avtale som står åpen, er støy.
      question:
        en: Pick the open deal you feel best about. What has the customer done, not said, that puts it in its current stage? If the answer is mostly our actions, which stage does it really belong in?
        sv: Välj den öppna affär du känner dig mest säker på. Vad har kunden gjort, inte sagt, som placerar den i nuvarande fas? Om svaret mest handlar om våra handlingar, i vilken fas hör den egentligen hemma?
        nb: Velg den åpne avtalen du føler deg tryggest på. Hva har kunden gjort, ikke sagt, som plasserer den i fasen den står i nå? Hvis svaret mest handler om våre handlinger, hvilken fase hører den egentlig hjemme i?
    - key: pipeline-discipline.forecast-accuracy.confirm-the-date
      competency: pipeline-discipline.forecast-accuracy
      kind: role-play
      aim-level: 3
      minutes: 15
      title:
        en: Confirm the decision date with the customer before you commit it
        sv: Bekräfta beslutsdatumet med kunden innan du lovar det i prognosen
        nb: Bekreft beslutningsdatoen med kunden før du lover den i prognosen
      situation:
        en: It is week 5 of the quarter. Your largest deal, 1.4 million kronor with a Swedish IT services company, is in your forecast for this quarter because the CFO said in January that they “aim to decide in March”. The forecast meeting is on Thursday. You call the CFO to check.
        sv: Det är vecka 5 i kvartalet. Din största affär, 1,4 miljoner kronor med ett svenskt it-tjänsteföretag, ligger i prognosen för kvartalet eftersom ekonomichefen sa i januari att de ”siktar på att besluta i mars”. Prognosmötet är på torsdag. Du ringer ekonomichefen för att stämma av.
        nb: Det er uke 5 i kvartalet. Den største avtalen din, 1,4 millioner kroner med et svensk IT-tjenesteselskap, ligger i prognosen for kvartalet fordi økonomisjefen sa i januar at de «sikter mot å beslutte i mars». Prognosemøtet er på torsdag. Du ringer økonomisjefen for å sjekke.
      customer-part:
        en: You are the CFO. You still want the solution, but the board meeting that must approve it has moved from 20 March to 24 April because of the annual accounts. You also want the security review done first, and it has not been booked. You do not volunteer this. If asked “are we still on track for March?”, you say “I think so, more or less”. If asked what has to happen before the decision and when the board meets, you tell the truth and are open to planning the steps.
        sv: Du är ekonomichef. Du vill fortfarande ha lösningen, men styrelsemötet som ska godkänna den har flyttats från 20 mars till 24 april på grund av bokslutet. Du vill också att säkerhetsgranskningen görs först, och den är inte bokad. Du berättar inte detta självmant. Får du frågan ”ligger vi fortfarande i fas för mars?” svarar du ”jag tror det, ungefär”. Får du frågan vad som måste hända före beslutet och när styrelsen sammanträder berättar du sanningen och är öppen för att planera stegen.
        nb: Du er økonomisjef. Du vil fortsatt ha løsningen, men styremøtet som skal godkjenne den, er flyttet fra 20. mars til 24. april på grunn av årsoppgjøret. Du vil også at sikkerhetsgjennomgangen skal gjøres først, og den er ikke booket. Du forteller ikke dette av deg selv. Får du spørsmålet «er vi fortsatt i rute for mars?», svarer du «jeg tror det, omtrent». Får du spørsmål om hva som må skje før beslutningen og når styret møtes, forteller du sannheten og er åpen for å planlegge stegene.
      good-looks-like:
      - level: 1
        text:
          en: Does not call; keeps the deal as certain in the forecast, and the sales manager learns in the last week that it will not close.
          sv: Ringer inte; låter affären stå som säker i prognosen, och säljchefen får veta sista veckan att den inte blir av.
          nb: Ringer ikke; lar avtalen stå som sikker i prognosen, og salgssjefen får vite i siste uke at den ikke blir noe av.
      - level: 2
        text:
          en: Asks whether March still holds, accepts “more or less”, and reports the deal as certain.
          sv: Frågar om mars fortfarande gäller, nöjer sig med ”ungefär” och rapporterar affären som säker.
          nb: Spør om mars fortsatt gjelder, nøyer seg med «omtrent» og rapporterer avtalen som sikker.
      - level: 3
        text:
          en: Asks what must happen before the decision and when the board meets, learns about 24 April and the security review, and moves the deal from commit to upside for this quarter with the reason.
          sv: Frågar vad som måste hända före beslutet och när styrelsen sammanträder, får veta om 24 april och säkerhetsgranskningen och flyttar affären från säkert till möjligt för kvartalet, med orsaken.
          nb: Spør hva som må skje før beslutningen og når styret møtes, får vite om 24. april og sikkerhetsgjennomgangen og flytter avtalen fra sikkert til mulig for kvartalet, med årsaken.
      - level: 4
        text:
          en: Also agrees with the CFO to book the security review now, asks whether the board could decide by circulation in March, tells the sales manager on Thursday that the deal will probably slip and what it would take to save it, and brings other deals forward to cover.
          sv: Kommer dessutom överens med ekonomichefen om att boka säkerhetsgranskningen nu, frågar om styrelsen kan besluta per capsulam i mars, berättar för säljchefen på torsdagen att affären troligen glider och vad som krävs för att rädda den, och tidigarelägger andra affärer för att täcka upp.
          nb: Blir i tillegg enig med økonomisjefen om å booke sikkerhetsgjennomgangen nå, spør om styret kan fatte vedtak ved sirkulasjon i mars, forteller salgssjefen på torsdag at avtalen sannsynligvis skyves og hva som skal til for å redde den, og framskynder andre avtaler for å dekke opp.
      - level: 5
        text:
          en: Handles the call as at level 4 and helps colleagues prepare the same check for their largest deals before the forecast meeting.
          sv: Hanterar samtalet som på nivå 4 och hjälper kollegor att göra samma avstämning av sina största affärer före prognosmötet.
          nb: Håndterer samtalen som på nivå 4 og hjelper kolleger med å gjøre den samme sjekken av sine største avtaler før prognosemøtet.
    """#
}
