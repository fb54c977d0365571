extension PracticeLibraryDocument {
    /// The default practice library's items for the area *planning-and-prioritization* (see ``nordicB2BYAML``).
    static let nordicB2BPlanningAndPrioritization = #"""
    - key: planning-and-prioritization.deal-prioritization.three-questions
      competency: planning-and-prioritization.deal-prioritization
      kind: drill
      aim-level: 3
      minutes: 15
      title:
        en: Score your deals on three questions and let the calendar follow
        sv: Poängsätt dina affärer på tre frågor och låt kalendern följa efter
        nb: Gi avtalene dine poeng på tre spørsmål og la kalenderen følge etter
      instructions:
        en: |-
          1. On Monday morning, list your open deals and your most important prospects.
          2. Score each from 1 to 3 on three questions. Is it worth it (value and strategic fit)? Can we win (fit of our offer, our relationships, competition)? Will they decide (a need with a date, a budget, a decision-maker we know)?
          3. Multiply or add the scores and sort the list.
          4. Look at your calendar for the week. Count the hours of selling time that go to the top five and to the rest.
          5. Move at least one block from a low-ranked deal to a top-ranked one.
          6. For the bottom three, decide: a lighter touch (one email a month), hand over, or drop. Write the decision in the CRM.
          7. Next Monday, check whether the calendar followed the ranking.
        sv: |-
          1. Lista på måndagsmorgonen dina öppna affärer och dina viktigaste prospekt.
          2. Ge var och en 1 till 3 poäng på tre frågor. Är det värt det (värde och strategisk passform)? Kan vi vinna (hur väl vårt erbjudande passar, våra relationer, konkurrensen)? Kommer de att besluta (ett behov med ett datum, en budget, en beslutsfattare vi känner)?
          3. Multiplicera eller summera poängen och sortera listan.
          4. Titta i veckans kalender. Räkna hur många timmar säljtid som går till de fem översta och till resten.
          5. Flytta minst ett pass från en lågt rankad affär till en högt rankad.
          6. Bestäm för de tre nedersta: lättare bearbetning (ett mejl i månaden), lämna över eller släppa. Skriv beslutet i CRM.
          7. Kontrollera nästa måndag om kalendern följde rangordningen.
        nb: |-
          1. List opp de åpne avtalene dine og de viktigste prospektene dine mandag morgen.
          2. Gi hver av dem 1 til 3 poeng på tre spørsmål. Er det verdt det (verdi og strategisk passform)? Kan vi vinne (hvor godt tilbudet vårt passer, relasjonene våre, konkurransen)? Kommer de til å beslutte (et behov med en dato, et budsjett, en beslutningstaker vi kjenner)?
          3. Multipliser eller summer poengene og sorter listen.
          4. Se på ukens kalender. Tell hvor mange timer salgstid som går til de fem øverste og til resten.
          5. Flytt minst én økt fra en lavt rangert avtale til en høyt rangert.
          6. Bestem for de tre nederste: lettere oppfølging (én e-post i måneden), overlate eller slippe. Skriv beslutningen i CRM.
          7. Sjekk neste mandag om kalenderen fulgte rangeringen.
    - key: planning-and-prioritization.deal-prioritization.saying-no-in-time
      competency: planning-and-prioritization.deal-prioritization
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: Saying no in time, including to tenders
        sv: Att säga nej i tid, även till upphandlingar
        nb: Å si nei i tide, også til anbudskonkurranser
      lesson:
        en: |-
          Every hour spent on a deal you will not win is taken from one you could. The hardest deals to drop are the ones that feel active: a customer who gladly takes meetings but never moves, or a published tender that looks like a big opportunity. A tender where only price counts, where the requirements were clearly written around a competitor's product, or where we have never met the user side, often costs two or three days of work for a small chance. Decide deliberately before you start: what is our realistic chance, and what else would those days give? Declining to bid, or handing a small deal to inside sales or a partner, is a decision, not a failure, if you explain it. Write the reason down. Over time those reasons show which deals the team should stop chasing.
        sv: |-
          Varje timme som går till en affär du inte kommer att vinna tas från en som du skulle kunna vinna. Svårast att släppa är de affärer som känns aktiva: en kund som gärna ses men aldrig rör sig, eller en annonserad upphandling som ser ut som en stor möjlighet. En upphandling där bara priset avgör, där kraven tydligt är skrivna kring en konkurrents produkt eller där vi aldrig har träffat verksamheten kostar ofta två eller tre dagars arbete för en liten chans. Bestäm medvetet innan du börjar: hur stor är vår realistiska chans, och vad skulle de dagarna ge någon annanstans? Att avstå från att lämna anbud, eller att lämna över en liten affär till innesälj eller en partner, är ett beslut och inget misslyckande, om du förklarar det. Skriv ned orsaken. Med tiden visar orsakerna vilka affärer teamet bör sluta jaga.
        nb: |-
          Hver time som går til en avtale du ikke kommer til å vinne, tas fra en du kunne vunnet. Vanskeligst å slippe er avtalene som føles aktive: en kunde som gjerne tar møter, men aldri beveger seg, eller en kunngjort konkurranse som ser ut som en stor mulighet. En konkurranse der bare prisen avgjør, der kravene tydelig er skrevet rundt en konkurrents produkt, eller der vi aldri har møtt fagmiljøet, koster ofte to eller tre dagers arbeid for en liten sjanse. Bestem bevisst før du begynner: Hvor stor er den realistiske sjansen vår, og hva ville de dagene gitt et annet sted? Å la være å levere tilbud, eller å overlate en liten avtale til innesalg eller en partner, er en beslutning og ikke et nederlag, hvis du forklarer den. Skriv ned årsaken. Over tid viser årsakene hvilke avtaler teamet bør slutte å jage.
      question:
        en: Which open deal or tender in your pipeline has taken the most time in the last month with the least progress? What would you do with that time if you dropped it, and who do you need to tell?
        sv: Vilken öppen affär eller upphandling i din pipeline har tagit mest tid den senaste månaden med minst framsteg? Vad skulle du göra med den tiden om du släppte den, och vem behöver du berätta det för?
        nb: Hvilken åpen avtale eller konkurranse i pipelinen din har tatt mest tid den siste måneden med minst framgang? Hva ville du gjort med den tiden hvis du slapp den, og hvem må du si det til?
    - key: planning-and-prioritization.protecting-selling-time.week-review
      competency: planning-and-prioritization.protecting-selling-time
      kind: drill
      aim-level: 3
      minutes: 15
      title:
        en: Planned versus done, with an honest reason for each postponement
        sv: Planerat mot genomfört, med en ärlig orsak till varje uppskjutning
        nb: Planlagt mot gjennomført, med en ærlig årsak til hver utsettelse
      instructions:
        en: |-
          1. On Friday afternoon, open this week's calendar.
          2. Count the blocks you had planned for selling work (prospecting, customer meetings, follow-up) and how many of them actually happened.
          3. For each block that moved or disappeared, write what took its place and the reason.
          4. Mark each reason as a real obstacle (the customer cancelled, a delivery crisis only you could solve) or an accepted excuse (an internal meeting that did not need you, “no time”, a report that could have waited).
          5. For each excuse, write what you will do differently: decline, delegate, move the internal task, put the block at another time of day.
          6. Book next week's selling blocks now, before other things fill the calendar.
          7. Keep the counts week by week, so you and your sales manager can see the pattern, not just a single week.
        sv: |-
          1. Öppna veckans kalender på fredagseftermiddagen.
          2. Räkna de pass du hade planerat för säljande arbete (prospektering, kundmöten, uppföljning) och hur många av dem som faktiskt blev av.
          3. Skriv för varje pass som flyttades eller försvann vad som tog dess plats och orsaken.
          4. Märk varje orsak som ett verkligt hinder (kunden ställde in, en leveranskris som bara du kunde lösa) eller en accepterad bortförklaring (ett internt möte som inte behövde dig, ”ingen tid”, en rapport som kunde ha väntat).
          5. Skriv för varje bortförklaring vad du gör annorlunda: tackar nej, delegerar, flyttar den interna uppgiften, lägger passet vid en annan tid på dagen.
          6. Boka nästa veckas säljpass nu, innan annat fyller kalendern.
          7. Spara siffrorna vecka för vecka, så att du och din säljchef ser mönstret och inte bara en enskild vecka.
        nb: |-
          1. Åpne ukens kalender fredag ettermiddag.
          2. Tell øktene du hadde planlagt til salgsarbeid (prospektering, kundemøter, oppfølging), og hvor mange av dem som faktisk ble gjennomført.
          3. Skriv for hver økt som ble flyttet eller forsvant, hva som tok plassen og årsaken.
          4. Merk hver årsak som et reelt hinder (kunden avlyste, en leveransekrise bare du kunne løse) eller en akseptert bortforklaring (et internt møte som ikke trengte deg, «ikke tid», en rapport som kunne ventet).
          5. Skriv for hver bortforklaring hva du gjør annerledes: sier nei, delegerer, flytter den interne oppgaven, legger økten til et annet tidspunkt på dagen.
          6. Book neste ukes salgsøkter nå, før annet fyller kalenderen.
          7. Ta vare på tallene uke for uke, slik at du og salgssjefen ser mønsteret og ikke bare én enkelt uke.
    - key: planning-and-prioritization.protecting-selling-time.can-but-dont
      competency: planning-and-prioritization.protecting-selling-time
      kind: micro-lesson
      aim-level: 2
      minutes: 10
      title:
        en: When you can but don't
        sv: När du kan men inte gör
        nb: Når du kan, men ikke gjør
      lesson:
        en: |-
          Most sellers know what they should do this week. The problem is rarely knowledge; it is that selling competes with internal meetings, administration, reporting and coordination, and the selling work is what gets moved. Each single postponement has a reasonable explanation: “a lot going on internally”, “customers are hesitant”, “we need more material”. Together they form a pattern where selling can always wait. The way out is not more willpower, and not more reporting. It is seeing the pattern. Sort your week into selling, supporting and internal work. Notice which activity you move first when pressure rises; for most people it is prospecting. Then name each postponement honestly: a real obstacle can be solved, sometimes by your manager; an excuse only disappears when you see it. Protect a few fixed blocks and keep them even in busy weeks.
        sv: |-
          De flesta säljare vet vad de borde göra den här veckan. Problemet är sällan kunskap; det är att säljandet konkurrerar med interna möten, administration, rapportering och samordning, och det är säljarbetet som flyttas. Varje enskild uppskjutning har en rimlig förklaring: ”det är mycket internt just nu”, ”kunderna är avvaktande”, ”vi behöver mer material”. Tillsammans bildar de ett mönster där försäljningen alltid kan vänta. Vägen ut är inte mer viljestyrka och inte mer rapportering. Den är att se mönstret. Sortera din vecka i säljande, stödjande och internt arbete. Lägg märke till vilken aktivitet du flyttar först när trycket ökar; för de flesta är det prospekteringen. Sätt sedan ett ärligt namn på varje uppskjutning: ett verkligt hinder kan lösas, ibland av din chef; en bortförklaring försvinner först när du ser den. Skydda några fasta pass och håll dem även under pressade veckor.
        nb: |-
          De fleste selgere vet hva de burde gjøre denne uken. Problemet er sjelden kunnskap; det er at salget konkurrerer med interne møter, administrasjon, rapportering og koordinering, og det er salgsarbeidet som blir flyttet. Hver enkelt utsettelse har en rimelig forklaring: «det er mye internt nå», «kundene er avventende», «vi trenger mer materiell». Til sammen danner de et mønster der salget alltid kan vente. Veien ut er ikke mer viljestyrke og ikke mer rapportering. Den er å se mønsteret. Sorter uken din i salgsarbeid, støttearbeid og internt arbeid. Legg merke til hvilken aktivitet du flytter først når presset øker; for de fleste er det prospekteringen. Sett så et ærlig navn på hver utsettelse: et reelt hinder kan løses, noen ganger av sjefen din; en bortforklaring forsvinner først når du ser den. Beskytt noen faste økter og hold dem også i travle uker.
      question:
        en: Which selling activity did you postpone most recently? Write down the reason you gave, and decide honestly whether it was a real obstacle or an accepted excuse.
        sv: Vilken säljande aktivitet sköt du upp senast? Skriv ned orsaken du angav och avgör ärligt om det var ett verkligt hinder eller en accepterad bortförklaring.
        nb: Hvilken salgsaktivitet utsatte du sist? Skriv ned årsaken du oppga, og avgjør ærlig om det var et reelt hinder eller en akseptert bortforklaring.
    - key: planning-and-prioritization.meeting-preparation.five-line-plan
      competency: planning-and-prioritization.meeting-preparation
      kind: drill
      aim-level: 3
      minutes: 10
      title:
        en: Five-line plan before every important meeting
        sv: Plan på fem rader före varje viktigt möte
        nb: Plan på fem linjer før hvert viktige møte
      instructions:
        en: |-
          1. Take tomorrow's most important customer meeting.
          2. Line 1, goal: what should be different after the meeting, from the customer's side?
          3. Line 2, participants: who attends, their role, and what each of them cares about. Find out if you do not know.
          4. Line 3, questions: the three questions you must have answered.
          5. Line 4, next step: the commitment you will ask for, and a fallback if the customer is not ready.
          6. Line 5, risks: the objection you are most likely to hear, and your answer.
          7. If a colleague joins, send them the five lines and agree on who says what.
          8. After the meeting, mark which lines held. Repeat for every important meeting this week.
        sv: |-
          1. Ta morgondagens viktigaste kundmöte.
          2. Rad 1, mål: vad ska vara annorlunda efter mötet, sett från kundens sida?
          3. Rad 2, deltagare: vilka som deltar, deras roller och vad var och en bryr sig om. Ta reda på det om du inte vet.
          4. Rad 3, frågor: de tre frågor du måste få svar på.
          5. Rad 4, nästa steg: det åtagande du ska be om, och ett alternativ om kunden inte är redo.
          6. Rad 5, risker: den invändning du troligast får höra, och ditt svar.
          7. Följer en kollega med, skicka de fem raderna och kom överens om vem som säger vad.
          8. Markera efter mötet vilka rader som höll. Upprepa för varje viktigt möte den här veckan.
        nb: |-
          1. Ta morgendagens viktigste kundemøte.
          2. Linje 1, mål: hva skal være annerledes etter møtet, sett fra kundens side?
          3. Linje 2, deltakere: hvem som deltar, rollene deres og hva hver av dem er opptatt av. Finn det ut hvis du ikke vet.
          4. Linje 3, spørsmål: de tre spørsmålene du må få svar på.
          5. Linje 4, neste steg: forpliktelsen du skal be om, og et alternativ hvis kunden ikke er klar.
          6. Linje 5, risikoer: innvendingen du mest sannsynlig får høre, og svaret ditt.
          7. Blir en kollega med, send de fem linjene og avtal hvem som sier hva.
          8. Marker etter møtet hvilke linjer som holdt. Gjenta for hvert viktige møte denne uken.
    - key: planning-and-prioritization.meeting-preparation.agenda-call
      competency: planning-and-prioritization.meeting-preparation
      kind: role-play
      aim-level: 4
      minutes: 15
      title:
        en: Confirm the agenda with the customer the day before
        sv: Stäm av dagordningen med kunden dagen före
        nb: Avstem agendaen med kunden dagen før
      situation:
        en: Tomorrow you have a 90-minute meeting with a Norwegian county municipality about a new document-management solution. You are bringing a technical specialist. You sent a short agenda this morning. Now you call your contact, the project manager, to check the agenda and the participants.
        sv: I morgon har du ett möte på 90 minuter med en norsk fylkeskommun om en ny lösning för dokumenthantering. Du tar med en teknisk specialist. Du skickade en kort dagordning i morse. Nu ringer du din kontakt, projektledaren, för att stämma av dagordningen och deltagarna.
        nb: I morgen har du et møte på 90 minutter med en fylkeskommune om en ny løsning for dokumenthåndtering. Du tar med en teknisk spesialist. Du sendte en kort agenda i morges. Nå ringer du kontakten din, prosjektlederen, for å avstemme agendaen og deltakerne.
      customer-part:
        en: You are the project manager. You have read the agenda and think it looks fine. Only if asked whether anything is missing or who else is coming do you mention that the county's data protection officer has joined, and that she will ask where the data is stored and whether it stays in Norway. You also know the head of archives is sceptical because the last system change went badly. If the seller only confirms the time, you say “see you tomorrow”. If the seller asks open questions, you share both points and are pleased to be asked.
        sv: Du är projektledare. Du har läst dagordningen och tycker att den ser bra ut. Bara om du får frågan om något saknas eller vilka fler som kommer nämner du att fylkeskommunens dataskyddsombud har anslutit, och att hon kommer att fråga var data lagras och om de stannar i Norge. Du vet också att arkivchefen är skeptisk eftersom förra systembytet gick dåligt. Bekräftar säljaren bara tiden säger du ”vi ses i morgon”. Ställer säljaren öppna frågor berättar du om båda sakerna och är glad att få frågan.
        nb: Du er prosjektleder. Du har lest agendaen og synes den ser fin ut. Bare hvis du blir spurt om noe mangler eller hvem flere som kommer, nevner du at fylkeskommunens personvernombud har blitt med, og at hun kommer til å spørre hvor dataene lagres og om de blir i Norge. Du vet også at arkivlederen er skeptisk fordi forrige systembytte gikk dårlig. Bekrefter selgeren bare tidspunktet, sier du «vi ses i morgen». Stiller selgeren åpne spørsmål, forteller du om begge deler og er glad for å bli spurt.
      good-looks-like:
      - level: 1
        text:
          en: Does not call, or calls only to confirm the time; arrives without knowing the data protection officer is there.
          sv: Ringer inte, eller ringer bara för att bekräfta tiden; kommer till mötet utan att veta att dataskyddsombudet är med.
          nb: Ringer ikke, eller ringer bare for å bekrefte tidspunktet; kommer til møtet uten å vite at personvernombudet er med.
      - level: 2
        text:
          en: Asks whether the agenda is fine and accepts “looks fine”; has read up on the county but has no clear goal or next step for the meeting.
          sv: Frågar om dagordningen är okej och nöjer sig med ”ser bra ut”; har läst på om fylkeskommunen men har inget tydligt mål eller nästa steg för mötet.
          nb: Spør om agendaen er grei og nøyer seg med «ser fin ut»; har lest seg opp på fylkeskommunen, men har ikke noe tydelig mål eller neste steg for møtet.
      - level: 3
        text:
          en: Asks who will attend and what each of them wants from the meeting, learns about the data protection officer, and updates the written plan with her role, her question and the desired next step.
          sv: Frågar vilka som deltar och vad var och en vill få ut av mötet, får veta om dataskyddsombudet och uppdaterar den skriftliga planen med hennes roll, hennes fråga och önskat nästa steg.
          nb: Spør hvem som deltar og hva hver av dem vil få ut av møtet, får vite om personvernombudet og oppdaterer den skriftlige planen med rollen hennes, spørsmålet hennes og ønsket neste steg.
      - level: 4
        text:
          en: Also asks “is anything missing from the agenda?” and “is anyone sceptical?”, learns about both points, prepares the answer on data storage in Norway with the specialist, agrees who answers what, and prepares a fallback next step in case the head of archives is not convinced.
          sv: Frågar dessutom ”saknas något på dagordningen?” och ”är någon skeptisk?”, får veta om båda sakerna, förbereder svaret om datalagring i Norge tillsammans med specialisten, kommer överens om vem som svarar på vad och förbereder ett alternativt nästa steg om arkivchefen inte blir övertygad.
          nb: Spør i tillegg «mangler noe på agendaen?» og «er noen skeptiske?», får vite om begge deler, forbereder svaret om datalagring i Norge sammen med spesialisten, avtaler hvem som svarer på hva, og forbereder et alternativt neste steg i tilfelle arkivlederen ikke blir overbevist.
      - level: 5
        text:
          en: Prepares as at level 4 and reviews a colleague's plan for their next key meeting in the same way, so the colleague's meeting ends with a clearer next step.
          sv: Förbereder sig som på nivå 4 och går på samma sätt igenom en kollegas plan inför kollegans nästa viktiga möte, så att det mötet slutar med ett tydligare nästa steg.
          nb: Forbereder seg som på nivå 4 og går på samme måte gjennom en kollegas plan før kollegaens neste viktige møte, slik at det møtet ender med et tydeligere neste steg.
    - key: planning-and-prioritization.deal-prioritization.qualify-the-request
      competency: planning-and-prioritization.deal-prioritization
      kind: role-play
      aim-level: 4
      minutes: 15
      title:
        en: A prospect asks for a full proposal and a two-day workshop
        sv: Ett prospekt ber om ett fullständigt förslag och en workshop på två dagar
        nb: Et prospekt ber om et fullstendig tilbud og en workshop på to dager
      situation:
        en: A Norwegian manufacturer you have not worked with emails to ask for a detailed proposal and a two-day on-site workshop “to understand the options”. That is about four days of work for you and a solution architect, in a month when your top three deals need attention. You call the contact, a project manager in their IT department, before deciding.
        sv: En norsk tillverkare som ni inte har arbetat med mejlar och ber om ett detaljerat förslag och en workshop på plats i två dagar ”för att förstå alternativen”. Det är ungefär fyra dagars arbete för dig och en lösningsarkitekt, en månad då dina tre viktigaste affärer behöver uppmärksamhet. Du ringer kontakten, en projektledare på deras it-avdelning, innan du bestämmer dig.
        nb: En norsk produsent dere ikke har jobbet med, sender en e-post og ber om et detaljert tilbud og en workshop på stedet i to dager «for å forstå alternativene». Det er rundt fire dagers arbeid for deg og en løsningsarkitekt, i en måned der de tre viktigste avtalene dine trenger oppmerksomhet. Du ringer kontakten, en prosjektleder i IT-avdelingen deres, før du bestemmer deg.
      customer-part:
        en: You are the project manager. Your manager asked you to collect three proposals to compare with the incumbent supplier, with whom the contract runs for another 18 months. There is no budget yet, and the decision would be taken by the IT director, who is happy with the incumbent. You are friendly and would love a free workshop. If the seller simply agrees, you are pleased. If the seller asks about budget, timing, who decides and what would make them change, you answer honestly. If the seller proposes a shorter first step, such as a one-hour call with the IT director, you say you will ask.
        sv: Du är projektledare. Din chef har bett dig samla in tre förslag att jämföra med nuvarande leverantör, vars avtal löper i ytterligare 18 månader. Det finns ingen budget än, och beslutet skulle fattas av it-direktören, som är nöjd med nuvarande leverantör. Du är vänlig och tar gärna emot en gratis workshop. Går säljaren bara med på det blir du glad. Frågar säljaren om budget, tidplan, vem som beslutar och vad som skulle få er att byta svarar du ärligt. Föreslår säljaren ett kortare första steg, till exempel ett samtal på en timme med it-direktören, säger du att du ska fråga.
        nb: Du er prosjektleder. Sjefen din har bedt deg samle inn tre tilbud for å sammenligne med dagens leverandør, der avtalen løper i 18 måneder til. Det finnes ikke noe budsjett ennå, og beslutningen ville bli tatt av IT-direktøren, som er fornøyd med dagens leverandør. Du er vennlig og tar gjerne imot en gratis workshop. Sier selgeren bare ja, blir du glad. Spør selgeren om budsjett, tidsplan, hvem som bestemmer og hva som ville fått dere til å bytte, svarer du ærlig. Foreslår selgeren et kortere første steg, for eksempel en samtale på én time med IT-direktøren, sier du at du skal spørre.
      good-looks-like:
      - level: 1
        text:
          en: Says yes at once because it feels like a real opportunity, and spends four days on it while the top deals wait.
          sv: Säger ja direkt eftersom det känns som en riktig möjlighet och lägger fyra dagar på det medan de viktigaste affärerna får vänta.
          nb: Sier ja med en gang fordi det føles som en reell mulighet, og bruker fire dager på det mens de viktigste avtalene venter.
      - level: 2
        text:
          en: Has doubts and mentions them to the sales manager, but agrees to the workshop anyway without asking qualifying questions.
          sv: Tvivlar och nämner det för säljchefen men går ändå med på workshopen utan att ställa några kvalificerande frågor.
          nb: Er i tvil og nevner det for salgssjefen, men går likevel med på workshopen uten å stille noen kvalifiserende spørsmål.
      - level: 3
        text:
          en: Asks about budget, timing, who decides and why they would change, learns that the contract runs 18 more months and there is no budget, and ranks the request below the top deals accordingly.
          sv: Frågar om budget, tidplan, vem som beslutar och varför de skulle byta, får veta att avtalet löper 18 månader till och att det saknas budget och rangordnar förfrågan under de viktigaste affärerna.
          nb: Spør om budsjett, tidsplan, hvem som bestemmer og hvorfor de skulle bytte, får vite at avtalen løper 18 måneder til og at det ikke finnes budsjett, og rangerer forespørselen under de viktigste avtalene.
      - level: 4
        text:
          en: Declines the full proposal and workshop politely with the reason, proposes a one-hour call with the IT director as a first step, logs the account with the contract end date as a future trigger, and explains the decision to the sales manager.
          sv: Tackar vänligt nej till det fullständiga förslaget och workshopen med en förklaring, föreslår ett samtal på en timme med it-direktören som första steg, registrerar kunden med avtalets slutdatum som framtida utlösande händelse och förklarar beslutet för säljchefen.
          nb: Takker høflig nei til det fullstendige tilbudet og workshopen med en begrunnelse, foreslår en samtale på én time med IT-direktøren som første steg, registrerer kunden med avtalens sluttdato som fremtidig utløsende hendelse og forklarer beslutningen for salgssjefen.
      - level: 5
        text:
          en: Handles it as at level 4 and brings the case to the team's Monday meeting to agree on shared rules for when free workshops and full proposals are worth it.
          sv: Hanterar det som på nivå 4 och tar upp fallet på teamets måndagsmöte för att komma överens om gemensamma regler för när gratis workshoppar och fullständiga förslag är värda insatsen.
          nb: Håndterer det som på nivå 4 og tar opp saken på teamets mandagsmøte for å bli enige om felles regler for når gratis workshoper og fullstendige tilbud er verdt innsatsen.
    - key: planning-and-prioritization.protecting-selling-time.internal-work-audit
      competency: planning-and-prioritization.protecting-selling-time
      kind: drill
      aim-level: 4
      minutes: 20
      title:
        en: Audit your recurring internal work
        sv: Gå igenom ditt återkommande interna arbete
        nb: Gå gjennom det faste interne arbeidet ditt
      instructions:
        en: |-
          1. List every recurring internal meeting, report and task in your calendar for the next four weeks.
          2. For each, write the hours per month and what it gives customers or deals. Be concrete: “none” is a valid answer.
          3. Mark each as keep, shorten, delegate or decline.
          4. For each one you want to shorten, delegate or decline, write who you need to talk to and what you will propose (send written input instead of attending, take part every other time, hand the task to a colleague or to sales support).
          5. Have those conversations this week. Give the reason honestly: the time goes to named customer activities.
          6. Put the freed hours straight into the calendar as selling blocks.
          7. If something you cannot change eats selling time for the whole team, such as an approval round, write it down as a structural obstacle and bring it to your sales manager.
        sv: |-
          1. Lista varje återkommande internt möte, varje rapport och varje uppgift i din kalender de kommande fyra veckorna.
          2. Skriv för var och en timmar per månad och vad den ger kunder eller affärer. Var konkret: ”inget” är ett giltigt svar.
          3. Märk var och en med behåll, korta ned, delegera eller tacka nej.
          4. Skriv för varje sak som du vill korta ned, delegera eller tacka nej till vem du behöver prata med och vad du ska föreslå (skicka skriftligt underlag i stället för att delta, vara med varannan gång, lämna uppgiften till en kollega eller till säljstöd).
          5. Ta de samtalen den här veckan. Ange skälet ärligt: tiden går till namngivna kundaktiviteter.
          6. Lägg de frigjorda timmarna direkt i kalendern som säljpass.
          7. Om något som du inte kan ändra äter säljtid för hela teamet, som en attestrunda, skriv ned det som ett strukturellt hinder och ta upp det med din säljchef.
        nb: |-
          1. List opp hvert faste interne møte, hver rapport og hver oppgave i kalenderen din de neste fire ukene.
          2. Skriv for hver av dem timer per måned og hva den gir kunder eller avtaler. Vær konkret: «ingenting» er et gyldig svar.
          3. Merk hver av dem med behold, kort ned, deleger eller si nei.
          4. Skriv for hver ting du vil korte ned, delegere eller si nei til, hvem du må snakke med og hva du skal foreslå (sende skriftlig innspill i stedet for å delta, være med annenhver gang, overlate oppgaven til en kollega eller til salgsstøtte).
          5. Ta de samtalene denne uken. Oppgi grunnen ærlig: tiden går til navngitte kundeaktiviteter.
          6. Legg de frigjorte timene rett inn i kalenderen som salgsøkter.
          7. Hvis noe du ikke kan endre, spiser salgstid for hele teamet, som en godkjenningsrunde, skriv det ned som et strukturelt hinder og ta det opp med salgssjefen din.
    - key: planning-and-prioritization.meeting-preparation.brief-the-specialist
      competency: planning-and-prioritization.meeting-preparation
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: Brief every colleague who joins the meeting
        sv: Förbered varje kollega som följer med på mötet
        nb: Forbered hver kollega som blir med på møtet
      lesson:
        en: |-
          A specialist you bring to a meeting strengthens you only if they know why they are there. Without a briefing, a technical expert will answer the questions they find interesting, and in front of a CFO that can mean an hour of integration details while the payback question goes unanswered. Fifteen minutes the day before is enough. Share the meeting goal and the desired next step. Go through who attends and what each of them cares about. Agree who leads, who answers which kind of question, and what the colleague should not bring up. Agree on a signal for “let us take that offline”. Share the likely objections and who handles each one. After the meeting, spend five minutes together on what worked. Colleagues who are briefed this way ask to join again, and customers see one team instead of two people from the same company.
        sv: |-
          En specialist som du tar med till ett möte stärker dig bara om hen vet varför hen är där. Utan förberedelse svarar en teknisk expert på de frågor hen tycker är intressanta, och inför en ekonomichef kan det betyda en timme om integrationsdetaljer medan frågan om återbetalningstid förblir obesvarad. Femton minuter dagen före räcker. Berätta om mötets mål och önskat nästa steg. Gå igenom vilka som deltar och vad var och en bryr sig om. Kom överens om vem som leder, vem som svarar på vilken typ av fråga och vad kollegan inte ska ta upp. Kom överens om en signal för ”det tar vi separat”. Dela de troliga invändningarna och vem som hanterar vilken. Ägna efter mötet fem minuter åt vad som fungerade. Kollegor som förbereds så vill gärna följa med igen, och kunden ser ett team i stället för två personer från samma företag.
        nb: |-
          En spesialist du tar med på et møte, styrker deg bare hvis spesialisten vet hvorfor hun eller han er der. Uten forberedelse svarer en teknisk ekspert på de spørsmålene eksperten selv synes er interessante, og foran en økonomisjef kan det bety en time med integrasjonsdetaljer mens spørsmålet om tilbakebetalingstid forblir ubesvart. Femten minutter dagen før er nok. Fortell om møtets mål og ønsket neste steg. Gå gjennom hvem som deltar og hva hver av dem er opptatt av. Avtal hvem som leder, hvem som svarer på hvilken type spørsmål, og hva kollegaen ikke skal ta opp. Avtal et signal for «det tar vi separat». Del de sannsynlige innvendingene og hvem som håndterer hvilken. Bruk fem minutter etter møtet på hva som fungerte. Kolleger som blir forberedt slik, blir gjerne med igjen, og kunden ser ett team i stedet for to personer fra samme selskap.
      question:
        en: Which colleague will join your next customer meeting? What will you tell them the day before about the goal, the participants, their role and what not to bring up?
        sv: Vilken kollega följer med på ditt nästa kundmöte? Vad ska du berätta för hen dagen före om målet, deltagarna, hens roll och vad hen inte ska ta upp?
        nb: Hvilken kollega blir med på det neste kundemøtet ditt? Hva skal du fortelle kollegaen dagen før om målet, deltakerne, rollen kollegaen skal ha, og hva som ikke skal tas opp?
    """#
}
