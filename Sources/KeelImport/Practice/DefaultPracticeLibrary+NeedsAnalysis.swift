extension PracticeLibraryDocument {
    /// The default practice library's items for the area *needs-analysis* (see ``nordicB2BYAML``).
    static let nordicB2BNeedsAnalysis = #"""
    - key: needs-analysis.questioning-and-listening.better-reporting
      competency: needs-analysis.questioning-and-listening
      kind: role-play
      aim-level: 3
      minutes: 25
      title:
        en: First meeting where the customer says “we need better reporting”
        sv: Första mötet där kunden säger ”vi behöver bättre rapportering”
        nb: Første møte der kunden sier «vi trenger bedre rapportering»
      situation:
        en: First meeting, 45 minutes, with the finance manager of a Norwegian manufacturer with three plants. The meeting was booked after a webinar. You sell a planning and reporting solution. You have slides ready, but the goal of this meeting is to understand the customer's situation well enough to agree on a second meeting with the right people.
        sv: Första mötet, 45 minuter, med ekonomichefen på en norsk tillverkare med tre fabriker. Mötet bokades efter ett webbinarium. Du säljer en lösning för planering och rapportering. Du har bilder förberedda, men målet med mötet är att förstå kundens situation så väl att ni kommer överens om ett andra möte med rätt personer.
        nb: Første møte, 45 minutter, med økonomisjefen i en norsk produsent med tre fabrikker. Møtet ble booket etter et webinar. Du selger en løsning for planlegging og rapportering. Du har lysbilder klare, men målet med møtet er å forstå kundens situasjon godt nok til å avtale et nytt møte med de riktige personene.
      customer-part:
        en: You are the finance manager. You open with “we need better reporting” and little more. Behind it is this, which you only reveal when asked good follow-up questions. The board has twice questioned the delivery-precision figures because each plant counts differently. You spend the first four days of every month collecting spreadsheets. You are unsure whether the plant managers will accept a common way of counting. If the seller starts with slides, you listen politely and look at your phone. If the seller asks “which decision can you not make today?” or similar, you talk freely.
        sv: Du är ekonomichef. Du inleder med ”vi behöver bättre rapportering” och inte mycket mer. Bakom det ligger följande, som du bara berättar om du får bra följdfrågor. Styrelsen har två gånger ifrågasatt siffrorna för leveransprecision eftersom varje fabrik räknar på sitt sätt. Du lägger de fyra första dagarna varje månad på att samla in kalkylark. Du är osäker på om fabrikscheferna kommer att acceptera ett gemensamt sätt att räkna. Börjar säljaren med bilder lyssnar du artigt och tittar i telefonen. Frågar säljaren ”vilket beslut kan ni inte fatta i dag?” eller liknande pratar du fritt.
        nb: Du er økonomisjef. Du åpner med «vi trenger bedre rapportering» og ikke så mye mer. Bak det ligger følgende, som du bare forteller hvis du får gode oppfølgingsspørsmål. Styret har to ganger stilt spørsmål ved tallene for leveringspresisjon fordi hver fabrikk teller på sin måte. Du bruker de fire første dagene hver måned på å samle inn regneark. Du er usikker på om fabrikksjefene vil godta en felles måte å telle på. Begynner selgeren med lysbilder, lytter du høflig og ser på telefonen. Spør selgeren «hvilken beslutning kan dere ikke ta i dag?» eller lignende, snakker du fritt.
      good-looks-like:
      - level: 1
        text:
          en: Opens with the company presentation, talks for most of the meeting, and leaves knowing only that the customer “wants better reporting”.
          sv: Inleder med företagspresentationen, pratar större delen av mötet och går därifrån med vetskapen att kunden ”vill ha bättre rapportering”.
          nb: Åpner med selskapspresentasjonen, snakker mesteparten av møtet og går derfra uten å vite mer enn at kunden «vil ha bedre rapportering».
      - level: 2
        text:
          en: Works through a list of prepared questions, but takes each answer at face value and moves on; never hears about the board or the four days a month.
          sv: Betar av en lista med förberedda frågor men tar varje svar för vad det är och går vidare; får aldrig höra om styrelsen eller de fyra dagarna i månaden.
          nb: Går gjennom en liste med forberedte spørsmål, men tar hvert svar for god fisk og går videre; får aldri høre om styret eller de fire dagene i måneden.
      - level: 3
        text:
          en: Lets the customer do most of the talking, follows “better reporting” with questions that go deeper, learns about the board's doubts and the monthly spreadsheet work, and summarizes the needs back before proposing the next meeting.
          sv: Låter kunden prata mest, följer upp ”bättre rapportering” med frågor som går djupare, får veta om styrelsens tvivel och det månatliga kalkylarbetet och sammanfattar behoven innan nästa möte föreslås.
          nb: Lar kunden snakke mest, følger opp «bedre rapportering» med spørsmål som går dypere, får vite om styrets tvil og det månedlige regnearkarbeidet og oppsummerer behovene før neste møte foreslås.
      - level: 4
        text:
          en: Also brings out the unspoken worry about the plant managers, puts it into words (“it sounds as if the hard part is getting three plants to count the same way”), gets the customer to confirm it, and proposes that a plant manager joins the next meeting.
          sv: Lockar dessutom fram den outtalade oron för fabrikscheferna, sätter ord på den (”det låter som att det svåra är att få tre fabriker att räkna likadant”), får kunden att bekräfta den och föreslår att en fabrikschef är med på nästa möte.
          nb: Får i tillegg fram den usagte bekymringen for fabrikksjefene, setter ord på den («det høres ut som det vanskelige er å få tre fabrikker til å telle likt»), får kunden til å bekrefte den og foreslår at en fabrikksjef blir med på neste møte.
      - level: 5
        text:
          en: Runs the meeting as at level 4, and afterwards uses the recording or notes with a colleague to show which follow-up question opened the conversation.
          sv: Genomför mötet som på nivå 4 och använder efteråt inspelningen eller anteckningarna tillsammans med en kollega för att visa vilken följdfråga som öppnade samtalet.
          nb: Gjennomfører møtet som på nivå 4 og bruker etterpå opptaket eller notatene sammen med en kollega for å vise hvilket oppfølgingsspørsmål som åpnet samtalen.
    - key: needs-analysis.questioning-and-listening.follow-up-count
      competency: needs-analysis.questioning-and-listening
      kind: drill
      aim-level: 3
      minutes: 15
      title:
        en: Count your follow-up questions after a customer meeting
        sv: Räkna dina följdfrågor efter ett kundmöte
        nb: Tell oppfølgingsspørsmålene dine etter et kundemøte
      instructions:
        en: |-
          1. Right after your next needs-analysis meeting (or call), take 15 minutes before you open your email.
          2. Write down the three most important things the customer said, in the customer's own words.
          3. For each, write the follow-up questions you asked about it. Count them.
          4. Estimate the share of the meeting in which the customer talked. Be honest.
          5. Mark any point where you moved to the next prepared question although the answer was vague.
          6. Write the one follow-up question you wish you had asked, and put it in the plan for the next meeting with this customer.
          7. Do this after one meeting a week for four weeks and compare the counts.
        sv: |-
          1. Ta 15 minuter direkt efter ditt nästa behovsmöte (eller samtal), innan du öppnar mejlen.
          2. Skriv ned de tre viktigaste sakerna kunden sa, med kundens egna ord.
          3. Skriv för var och en ned vilka följdfrågor du ställde om den. Räkna dem.
          4. Uppskatta hur stor del av mötet kunden pratade. Var ärlig.
          5. Markera varje ställe där du gick vidare till nästa förberedda fråga trots att svaret var vagt.
          6. Skriv ned den följdfråga du önskar att du hade ställt och lägg in den i planen för nästa möte med kunden.
          7. Gör detta efter ett möte i veckan under fyra veckor och jämför siffrorna.
        nb: |-
          1. Sett av 15 minutter rett etter ditt neste behovsmøte (eller samtale), før du åpner e-posten.
          2. Skriv ned de tre viktigste tingene kunden sa, med kundens egne ord.
          3. Skriv for hver av dem ned hvilke oppfølgingsspørsmål du stilte om den. Tell dem.
          4. Anslå hvor stor del av møtet kunden snakket. Vær ærlig.
          5. Marker hvert sted der du gikk videre til neste forberedte spørsmål selv om svaret var vagt.
          6. Skriv ned det oppfølgingsspørsmålet du skulle ønske du hadde stilt, og legg det inn i planen for neste møte med kunden.
          7. Gjør dette etter ett møte i uken i fire uker og sammenlign tallene.
    - key: needs-analysis.buying-group-mapping.map-one-deal
      competency: needs-analysis.buying-group-mapping
      kind: drill
      aim-level: 3
      minutes: 20
      title:
        en: Map the buying group of one open deal
        sv: Kartlägg köpgruppen i en öppen affär
        nb: Kartlegg innkjøpsgruppen i én åpen avtale
      instructions:
        en: |-
          1. Pick the open deal with the highest value that has passed the first meeting.
          2. List the roles that normally take part in such a decision: decision-maker, users, procurement, finance, IT or IT security, and in the public sector possibly the union representative and the politicians who approve the budget.
          3. For each role, write the person's name, or “unknown”.
          4. For each named person, write what they care about and their stance: for, against, neutral or unknown. Write how you know.
          5. Count how many of them you have met. If fewer than three, plan who you will meet next and through whom.
          6. Update the contacts and roles in the CRM, and book the first new contact this week.
        sv: |-
          1. Välj den öppna affären med högst värde som har passerat första mötet.
          2. Lista de roller som brukar delta i ett sådant beslut: beslutsfattare, användare, inköp, ekonomi, it eller it-säkerhet, och i offentlig sektor kanske fackligt ombud och de politiker som beslutar om budgeten.
          3. Skriv för varje roll personens namn, eller ”okänd”.
          4. Skriv för varje namngiven person vad hen bryr sig om och hur hen ställer sig: för, emot, neutral eller okänt. Skriv hur du vet det.
          5. Räkna hur många av dem du har träffat. Är det färre än tre, planera vem du ska träffa härnäst och genom vem.
          6. Uppdatera kontakter och roller i CRM och boka den första nya kontakten den här veckan.
        nb: |-
          1. Velg den åpne avtalen med høyest verdi som har passert første møte.
          2. List opp rollene som vanligvis er med på en slik beslutning: beslutningstaker, brukere, innkjøp, økonomi, IT eller IT-sikkerhet, og i offentlig sektor kanskje tillitsvalgt og politikerne som vedtar budsjettet.
          3. Skriv personens navn for hver rolle, eller «ukjent».
          4. Skriv for hver navngitte person hva personen er opptatt av og hvordan vedkommende stiller seg: for, mot, nøytral eller ukjent. Skriv hvordan du vet det.
          5. Tell hvor mange av dem du har møtt. Er det færre enn tre, planlegg hvem du skal møte som neste og gjennom hvem.
          6. Oppdater kontakter og roller i CRM og book den første nye kontakten denne uken.
    - key: needs-analysis.buying-group-mapping.how-decisions-are-made
      competency: needs-analysis.buying-group-mapping
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: Find out how the decision is really made
        sv: Ta reda på hur beslutet egentligen fattas
        nb: Finn ut hvordan beslutningen egentlig tas
      lesson:
        en: |-
          Nordic organizations tend to decide by consensus. The person with the title signs, but rarely against the will of the people who will live with the result. A deal can therefore stall even when the formal decision-maker is positive, because the IT security officer, a union representative or a plant manager was never asked. Knowing the names in the buying group is level 3. The next step is knowing the path: who must agree before the management group meets, which forum prepares the decision, when the budget is set and who can stop it late. Ask your contact directly: “Walk me through how a decision like this was made last time. Who had to say yes, and in what order?” Then plan your contacts along that path, before the meeting that matters.
        sv: |-
          Nordiska organisationer fattar gärna beslut i samförstånd. Den med titeln skriver under, men sällan mot viljan hos dem som ska leva med resultatet. En affär kan därför stå still trots att den formella beslutsfattaren är positiv, eftersom it-säkerhetsansvarig, ett fackligt ombud eller en fabrikschef aldrig blev tillfrågad. Att känna till namnen i köpgruppen är nivå 3. Nästa steg är att känna till vägen: vem som måste vara överens innan ledningsgruppen möts, vilket forum som bereder beslutet, när budgeten läggs och vem som kan stoppa det sent. Fråga din kontakt rakt ut: ”Berätta hur ett liknande beslut fattades senast. Vem behövde säga ja, och i vilken ordning?” Planera sedan dina kontakter längs den vägen, före det möte som avgör.
        nb: |-
          Nordiske virksomheter tar gjerne beslutninger i konsensus. Den med tittelen signerer, men sjelden mot viljen til dem som skal leve med resultatet. En avtale kan derfor stå fast selv om den formelle beslutningstakeren er positiv, fordi IT-sikkerhetsansvarlig, en tillitsvalgt eller en fabrikksjef aldri ble spurt. Å kjenne navnene i innkjøpsgruppen er nivå 3. Neste steg er å kjenne veien: hvem som må være enige før ledergruppen møtes, hvilket forum som forbereder saken, når budsjettet legges, og hvem som kan stoppe det sent. Spør kontakten din rett ut: «Fortell meg hvordan en lignende beslutning ble tatt sist. Hvem måtte si ja, og i hvilken rekkefølge?» Planlegg så kontaktene dine langs den veien, før møtet som avgjør.
      question:
        en: Pick one open deal in a late stage. Write down, step by step, how the customer will reach the decision, and mark each step where you do not know who is involved.
        sv: Välj en öppen affär i ett sent skede. Skriv steg för steg ned hur kunden kommer fram till beslutet och markera varje steg där du inte vet vem som är inblandad.
        nb: Velg én åpen avtale i en sen fase. Skriv ned, steg for steg, hvordan kunden kommer fram til beslutningen, og marker hvert steg der du ikke vet hvem som er involvert.
    - key: needs-analysis.business-impact.cost-in-their-numbers
      competency: needs-analysis.business-impact
      kind: micro-lesson
      aim-level: 3
      minutes: 10
      title:
        en: The cost of the problem, in the customer's own numbers
        sv: Vad problemet kostar, i kundens egna siffror
        nb: Hva problemet koster, i kundens egne tall
      lesson:
        en: |-
          “They want to be more efficient” is not a need anyone will pay for. A need becomes a business case when it has a number the customer agrees with. Our standard savings figures do not work for that: the buyer's finance function does not trust them, and they are easy to dismiss. Work it out together with the customer from their own figures. How many order lines a day, what share goes wrong, how long each correction takes, what an hour costs. Write the calculation down during the meeting and let the customer correct it. A rough figure that the customer has built with you is worth more than a precise one you brought. Then ask what it costs to do nothing for another year. Put the agreed figure in the meeting notes and use the same figure in the proposal.
        sv: |-
          ”De vill bli mer effektiva” är inget behov som någon betalar för. Ett behov blir ett affärscase när det har en siffra som kunden håller med om. Våra standardsiffror för besparingar duger inte till det: kundens ekonomifunktion litar inte på dem och de är lätta att vifta bort. Räkna fram det tillsammans med kunden utifrån kundens egna siffror. Hur många orderrader per dag, hur stor andel som blir fel, hur lång tid varje rättelse tar, vad en timme kostar. Skriv ned kalkylen under mötet och låt kunden rätta den. En grov siffra som kunden har tagit fram tillsammans med dig är värd mer än en exakt siffra som du tog med dig. Fråga sedan vad det kostar att inte göra något på ett år till. Skriv in den överenskomna siffran i mötesanteckningarna och använd samma siffra i offerten.
        nb: |-
          «De vil bli mer effektive» er ikke et behov noen betaler for. Et behov blir en business case når det har et tall kunden er enig i. Standardtallene våre for besparelser duger ikke til det: kundens økonomifunksjon stoler ikke på dem, og de er lette å avfeie. Regn det ut sammen med kunden ut fra kundens egne tall. Hvor mange ordrelinjer per dag, hvor stor andel som blir feil, hvor lang tid hver retting tar, hva en time koster. Skriv ned regnestykket i møtet og la kunden rette det. Et grovt tall kunden har kommet fram til sammen med deg, er verdt mer enn et presist tall du hadde med deg. Spør deretter hva det koster å ikke gjøre noe i ett år til. Skriv det omforente tallet inn i møtenotatet og bruk det samme tallet i tilbudet.
      question:
        en: Pick one open deal. What does the customer's main problem cost them per year, which of their own figures is that based on, and has the customer confirmed it? If you cannot answer, write the three questions you will ask at the next meeting.
        sv: Välj en öppen affär. Vad kostar kundens största problem per år, vilka av kundens egna siffror bygger det på och har kunden bekräftat det? Kan du inte svara, skriv ned de tre frågor du ska ställa på nästa möte.
        nb: Velg én åpen avtale. Hva koster kundens største problem per år, hvilke av kundens egne tall bygger det på, og har kunden bekreftet det? Kan du ikke svare, skriv ned de tre spørsmålene du skal stille i neste møte.
    - key: needs-analysis.business-impact.picking-errors
      competency: needs-analysis.business-impact
      kind: role-play
      aim-level: 4
      minutes: 25
      title:
        en: Put a figure on picking errors with a warehouse manager
        sv: Sätt en siffra på plockfelen tillsammans med en lagerchef
        nb: Sett et tall på plukkfeilene sammen med en lagersjef
      situation:
        en: Second meeting with the warehouse manager of a Swedish technical wholesaler. In the first meeting you learned that manual picking causes errors and returns, and that the CFO will only approve investments with a business case. Today you want to agree with the warehouse manager on what the problem costs per year, in figures the CFO will accept.
        sv: Andra mötet med lagerchefen på en svensk teknikgrossist. På första mötet fick du veta att manuell plockning leder till fel och returer, och att ekonomichefen bara godkänner investeringar som har ett affärscase. I dag vill du komma överens med lagerchefen om vad problemet kostar per år, i siffror som ekonomichefen godtar.
        nb: Andre møte med lagersjefen i en svensk teknisk grossist. I det første møtet fikk du vite at manuell plukking fører til feil og returer, og at økonomisjefen bare godkjenner investeringer som har en business case. I dag vil du bli enig med lagersjefen om hva problemet koster per år, i tall økonomisjefen godtar.
      customer-part:
        en: You are the warehouse manager. You have the figures but do not offer them unless asked precisely. About 2,000 order lines a day, roughly 1.5% wrong, each error costs about 45 minutes in customer service, re-picking and freight, and the loaded hourly cost is about 550 kronor. Two large customers have complained in writing this year. You distrust vendors' savings claims, and if the seller quotes a generic percentage you say “that is your brochure, not our warehouse”. You want a figure you can defend in front of the CFO.
        sv: Du är lagerchef. Du har siffrorna men bjuder inte på dem om du inte får precisa frågor. Ungefär 2 000 orderrader per dag, cirka 1,5 procent fel, varje fel kostar ungefär 45 minuter i kundtjänst, omplock och frakt, och timkostnaden med påslag är runt 550 kronor. Två stora kunder har klagat skriftligt i år. Du misstror leverantörers besparingslöften, och kommer säljaren med en allmän procentsats säger du ”det där är er broschyr, inte vårt lager”. Du vill ha en siffra som du kan försvara inför ekonomichefen.
        nb: Du er lagersjef. Du har tallene, men byr ikke på dem uten presise spørsmål. Omtrent 2 000 ordrelinjer per dag, rundt 1,5 prosent feil, hver feil koster om lag 45 minutter i kundeservice, omplukking og frakt, og timekostnaden med påslag er rundt 550 kroner. To store kunder har klaget skriftlig i år. Du har liten tro på leverandørers løfter om besparelser, og kommer selgeren med en generell prosentsats, sier du «det der er brosjyren deres, ikke lageret vårt». Du vil ha et tall du kan forsvare overfor økonomisjefen.
      good-looks-like:
      - level: 1
        text:
          en: Talks about “fewer errors and more efficiency” and cannot say what the errors cost.
          sv: Pratar om ”färre fel och högre effektivitet” och kan inte säga vad felen kostar.
          nb: Snakker om «færre feil og høyere effektivitet» og kan ikke si hva feilene koster.
      - level: 2
        text:
          en: Quotes our standard savings percentage, gets the brochure remark, and has no way of turning the conversation to the customer's own numbers.
          sv: Anger vår standardprocentsats för besparingar, får kommentaren om broschyren och hittar inget sätt att föra över samtalet till kundens egna siffror.
          nb: Oppgir standardprosenten vår for besparelser, får kommentaren om brosjyren og finner ingen måte å lede samtalen over til kundens egne tall.
      - level: 3
        text:
          en: Asks for volumes, error rate, time per error and hourly cost, works out with the manager that errors cost roughly 3 million kronor a year (30 errors a day × 45 minutes × 550 kronor × 250 days), lets the manager adjust the inputs, and writes the agreed figure into the notes.
          sv: Frågar efter volymer, felandel, tid per fel och timkostnad, räknar tillsammans med lagerchefen fram att felen kostar ungefär 3 miljoner kronor per år (30 fel per dag × 45 minuter × 550 kronor × 250 dagar), låter lagerchefen justera underlaget och skriver in den överenskomna siffran i anteckningarna.
          nb: Spør etter volumer, feilandel, tid per feil og timekostnad, regner sammen med lagersjefen ut at feilene koster rundt 3 millioner kroner i året (30 feil per dag × 45 minutter × 550 kroner × 250 dager), lar lagersjefen justere grunnlaget og skriver det omforente tallet inn i notatene.
      - level: 4
        text:
          en: Also adds what the CFO will ask about, such as the risk of losing the two complaining customers and the cost of doing nothing for another year, and agrees with the manager how the figure will be presented to the CFO and by whom.
          sv: Lägger dessutom till det ekonomichefen kommer att fråga om, som risken att förlora de två kunder som klagat och kostnaden för att inte göra något på ett år till, och kommer överens med lagerchefen om hur siffran ska presenteras för ekonomichefen och av vem.
          nb: Legger i tillegg til det økonomisjefen vil spørre om, som risikoen for å miste de to kundene som har klaget, og kostnaden ved å ikke gjøre noe i ett år til, og avtaler med lagersjefen hvordan tallet skal legges fram for økonomisjefen og av hvem.
      - level: 5
        text:
          en: Does all of the above and turns the calculation into a template with the customer's input fields, which colleagues can use with other wholesalers.
          sv: Gör allt ovan och gör om kalkylen till en mall med fält för kundens egna uppgifter, som kollegor kan använda hos andra grossister.
          nb: Gjør alt det over og gjør regnestykket om til en mal med felt for kundens egne opplysninger, som kolleger kan bruke hos andre grossister.
    - key: needs-analysis.questioning-and-listening.second-question
      competency: needs-analysis.questioning-and-listening
      kind: micro-lesson
      aim-level: 3
      minutes: 10
      title:
        en: The second question is where the need is
        sv: Det är i den andra frågan som behovet finns
        nb: Det er i det andre spørsmålet behovet ligger
      lesson:
        en: |-
          Prepared questions get prepared answers. “What are your biggest challenges?” gets “efficiency” or “better reporting”, the same words the customer has given every supplier. The real need sits behind the first answer, and you only reach it with a follow-up: “What happens today because of that?” “Which decision can you not make?” “When did it last cause a problem?” “Who notices it most?” Then be quiet and let the customer think. Silence of a few seconds feels long to the seller and normal to the customer. A useful rule for a first meeting is that the customer talks at least two thirds of the time. Before you move on to the next topic, summarize what you heard in the customer's own words and ask whether you got it right. The correction you often get is the most valuable part of the meeting.
        sv: |-
          Förberedda frågor ger förberedda svar. ”Vilka är era största utmaningar?” ger ”effektivitet” eller ”bättre rapportering”, samma ord som kunden har gett alla leverantörer. Det verkliga behovet finns bakom det första svaret, och du når det bara med en följdfråga: ”Vad händer i dag på grund av det?” ”Vilket beslut kan ni inte fatta?” ”När ställde det till problem senast?” ”Vem märker det mest?” Var sedan tyst och låt kunden tänka. Några sekunders tystnad känns lång för säljaren och normal för kunden. En användbar tumregel för ett första möte är att kunden pratar minst två tredjedelar av tiden. Innan du går vidare till nästa ämne, sammanfatta det du hört med kundens egna ord och fråga om du har förstått rätt. Rättelsen du ofta får är den värdefullaste delen av mötet.
        nb: |-
          Forberedte spørsmål gir forberedte svar. «Hva er de største utfordringene deres?» gir «effektivitet» eller «bedre rapportering», de samme ordene kunden har gitt alle leverandører. Det egentlige behovet ligger bak det første svaret, og du når det bare med et oppfølgingsspørsmål: «Hva skjer i dag på grunn av det?» «Hvilken beslutning kan dere ikke ta?» «Når skapte det problemer sist?» «Hvem merker det mest?» Vær deretter stille og la kunden tenke. Noen sekunders stillhet føles lang for selgeren og normal for kunden. En nyttig tommelfingerregel for et første møte er at kunden snakker minst to tredeler av tiden. Før du går videre til neste tema, oppsummer det du har hørt med kundens egne ord, og spør om du har forstått det riktig. Rettelsen du ofte får, er den mest verdifulle delen av møtet.
      question:
        en: Think of your most recent first meeting. What was the customer's first answer about their needs, what follow-up question did you ask, and what did you learn from it? If you did not follow up, what would you ask now?
        sv: Tänk på ditt senaste första möte. Vad var kundens första svar om sina behov, vilken följdfråga ställde du och vad fick du veta av den? Om du inte följde upp, vad skulle du fråga nu?
        nb: Tenk på det siste første møtet ditt. Hva var kundens første svar om behovene sine, hvilket oppfølgingsspørsmål stilte du, og hva fikk du vite av det? Hvis du ikke fulgte opp, hva ville du spurt om nå?
    - key: needs-analysis.buying-group-mapping.ask-the-champion
      competency: needs-analysis.buying-group-mapping
      kind: role-play
      aim-level: 4
      minutes: 20
      title:
        en: Ask your main contact how the decision will really be made
        sv: Fråga din huvudkontakt hur beslutet egentligen kommer att fattas
        nb: Spør hovedkontakten din hvordan beslutningen egentlig blir tatt
      situation:
        en: A deal for a workforce-scheduling system with a Swedish region's hospital services is marked 60 percent in the CRM. Your contact, the head of the staffing unit, is positive and says the management group will decide in six weeks. You have met no one else. You have a 30-minute meeting with her today.
        sv: En affär om ett system för bemanningsplanering med en svensk regions sjukhusverksamhet står på 60 procent i CRM. Din kontakt, chefen för bemanningsenheten, är positiv och säger att ledningsgruppen beslutar om sex veckor. Du har inte träffat någon annan. Du har ett möte på 30 minuter med henne i dag.
        nb: En avtale om et system for bemanningsplanlegging med sykehusvirksomheten i en svensk region står på 60 prosent i CRM. Kontakten din, lederen for bemanningsenheten, er positiv og sier at ledergruppen beslutter om seks uker. Du har ikke møtt noen andre. Du har et møte på 30 minutter med henne i dag.
      customer-part:
        en: You are the head of the staffing unit and you want the system. You assume the management group will follow your recommendation. When asked how similar decisions went before, you remember that the last IT purchase was delayed by four months because the IT security function and the union representatives were brought in late; the unions must be consulted under the co-determination rules before a change that affects working hours. The HR director, who sits in the management group, is worried about cost. If the seller only asks “who decides?”, you say “the management group, on my recommendation”. If the seller asks how it went last time and who must agree before the management group meets, you share all of the above and offer to set up meetings.
        sv: Du är chef för bemanningsenheten och vill ha systemet. Du utgår från att ledningsgruppen följer din rekommendation. När du får frågan hur liknande beslut gick tidigare minns du att det senaste it-köpet försenades fyra månader eftersom it-säkerhetsfunktionen och de fackliga företrädarna kom in sent; facket måste förhandlas med enligt medbestämmandelagen innan en förändring som påverkar arbetstiderna. Hr-direktören, som sitter i ledningsgruppen, är orolig för kostnaden. Frågar säljaren bara ”vem beslutar?” svarar du ”ledningsgruppen, på min rekommendation”. Frågar säljaren hur det gick förra gången och vilka som måste vara överens innan ledningsgruppen möts berättar du allt ovan och erbjuder dig att ordna möten.
        nb: Du er leder for bemanningsenheten og vil ha systemet. Du går ut fra at ledergruppen følger anbefalingen din. Når du blir spurt om hvordan lignende beslutninger gikk tidligere, husker du at det forrige IT-kjøpet ble forsinket fire måneder fordi IT-sikkerhetsfunksjonen og de tillitsvalgte kom inn sent; i Sverige må fagforeningene involveres etter medbestemmelsesloven før en endring som påvirker arbeidstidene. HR-direktøren, som sitter i ledergruppen, er bekymret for kostnaden. Spør selgeren bare «hvem bestemmer?», svarer du «ledergruppen, etter min anbefaling». Spør selgeren hvordan det gikk sist, og hvem som må være enige før ledergruppen møtes, forteller du alt det over og tilbyr å ordne møter.
      good-looks-like:
      - level: 1
        text:
          en: Assumes the contact decides, does not ask, and keeps the deal at 60 percent.
          sv: Utgår från att kontakten beslutar, frågar inte och låter affären stå kvar på 60 procent.
          nb: Går ut fra at kontakten bestemmer, spør ikke og lar avtalen stå på 60 prosent.
      - level: 2
        text:
          en: Asks who decides, hears “the management group”, and knows there are others involved but cannot name them or what they care about.
          sv: Frågar vem som beslutar, får höra ”ledningsgruppen” och vet att fler är inblandade men kan inte namnge dem eller säga vad de bryr sig om.
          nb: Spør hvem som bestemmer, får høre «ledergruppen» og vet at flere er involvert, men kan ikke navngi dem eller si hva de er opptatt av.
      - level: 3
        text:
          en: Asks who else is affected and involved, records the HR director, IT security and the union representatives with their interests and stance in the CRM, and asks the contact to arrange meetings with at least two of them.
          sv: Frågar vilka fler som påverkas och är inblandade, registrerar hr-direktören, it-säkerhet och de fackliga företrädarna med intressen och inställning i CRM och ber kontakten ordna möten med minst två av dem.
          nb: Spør hvem flere som påvirkes og er involvert, registrerer HR-direktøren, IT-sikkerhet og de tillitsvalgte med interesser og holdning i CRM og ber kontakten ordne møter med minst to av dem.
      - level: 4
        text:
          en: Asks how the last similar decision was made, learns about the delay, the co-determination consultation and the HR director's cost worry, and plans the contacts in the right order so that IT security and the unions are met and the cost question answered before the management group meets.
          sv: Frågar hur det senaste liknande beslutet fattades, får veta om förseningen, MBL-förhandlingen och hr-direktörens kostnadsoro och planerar kontakterna i rätt ordning, så att it-säkerhet och facket är träffade och kostnadsfrågan besvarad innan ledningsgruppen möts.
          nb: Spør hvordan den forrige lignende beslutningen ble tatt, får vite om forsinkelsen, drøftingen med fagforeningene og HR-direktørens kostnadsbekymring, og planlegger kontaktene i riktig rekkefølge, slik at IT-sikkerhet og fagforeningene er møtt og kostnadsspørsmålet besvart før ledergruppen møtes.
      - level: 5
        text:
          en: Does the above, helps the contact prepare her own recommendation to the management group, and uses the case in the pipeline review to show the team how to spot single-contact deals.
          sv: Gör ovanstående, hjälper kontakten att förbereda sin rekommendation till ledningsgruppen och använder fallet på pipelinegenomgången för att visa teamet hur man känner igen affärer med bara en kontakt.
          nb: Gjør det over, hjelper kontakten med å forberede sin egen anbefaling til ledergruppen og bruker saken i pipelinegjennomgangen til å vise teamet hvordan man kjenner igjen avtaler med bare én kontakt.
    - key: needs-analysis.business-impact.three-numbers
      competency: needs-analysis.business-impact
      kind: drill
      aim-level: 3
      minutes: 15
      title:
        en: Prepare the three numbers you need before a needs meeting
        sv: Förbered de tre siffror du behöver inför ett behovsmöte
        nb: Forbered de tre tallene du trenger før et behovsmøte
      instructions:
        en: |-
          1. Take your next needs-analysis meeting.
          2. Write down the problem you expect the customer to have, in one sentence.
          3. Write the simple calculation that would show what it costs: for example volume × error rate × cost per error, or hours per week × hourly cost × weeks.
          4. Turn each factor into a question you can ask naturally (“How many order lines do you handle a day?”).
          5. Write down what you can find beforehand in public sources: annual report, municipal budget, number of employees, sites.
          6. In the meeting, ask the questions, write the calculation down in front of the customer and let them correct it.
          7. Afterwards, write the agreed figure and its inputs into the meeting notes in the CRM. If you did not get there, note which number is missing and who at the customer has it.
        sv: |-
          1. Ta ditt nästa behovsmöte.
          2. Skriv ned det problem du tror att kunden har, i en mening.
          3. Skriv den enkla kalkyl som skulle visa vad det kostar: till exempel volym × felandel × kostnad per fel, eller timmar per vecka × timkostnad × veckor.
          4. Gör om varje faktor till en fråga du kan ställa naturligt (”Hur många orderrader hanterar ni per dag?”).
          5. Skriv ned vad du kan hitta i förväg i offentliga källor: årsredovisning, kommunens budget, antal anställda, anläggningar.
          6. Ställ frågorna på mötet, skriv upp kalkylen så att kunden ser den och låt kunden rätta den.
          7. Skriv efteråt in den överenskomna siffran och underlaget i mötesanteckningarna i CRM. Kom ni inte ända fram, notera vilken siffra som saknas och vem hos kunden som har den.
        nb: |-
          1. Ta ditt neste behovsmøte.
          2. Skriv ned problemet du tror kunden har, i én setning.
          3. Skriv det enkle regnestykket som ville vise hva det koster: for eksempel volum × feilandel × kostnad per feil, eller timer per uke × timekostnad × uker.
          4. Gjør hver faktor om til et spørsmål du kan stille naturlig («Hvor mange ordrelinjer håndterer dere per dag?»).
          5. Skriv ned hva du kan finne på forhånd i offentlige kilder: årsrapport, kommunens budsjett, antall ansatte, anlegg.
          6. Still spørsmålene i møtet, skriv opp regnestykket slik at kunden ser det, og la kunden rette det.
          7. Skriv etterpå det omforente tallet og grunnlaget inn i møtenotatet i CRM. Kom dere ikke helt i mål, noter hvilket tall som mangler og hvem hos kunden som har det.
    """#
}
