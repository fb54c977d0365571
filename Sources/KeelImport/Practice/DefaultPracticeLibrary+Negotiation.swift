extension PracticeLibraryDocument {
    /// The default practice library's items for the area *negotiation* (see ``nordicB2BYAML``).
    static let nordicB2BNegotiation = #"""
    - key: negotiation.preparation.one-page-plan
      competency: negotiation.preparation
      kind: drill
      aim-level: 3
      minutes: 20
      title:
        en: One-page plan before your next price discussion
        sv: En plan på en sida före nästa prisdiskussion
        nb: En plan på én side før neste prisdiskusjon
      instructions:
        en: |-
          1. Take the next meeting in which price, terms or a renewal will be discussed.
          2. Write your target: the price and terms you aim to land at, and why they are fair to the customer.
          3. Write your walk-away point: the lowest acceptable outcome, checked against the margin with your sales manager if needed.
          4. List at least four things you can trade besides price, each with what it is worth to the customer and what it costs us: contract term, volume, payment terms, start date, training, reference use, scope.
          5. List what you want in return for each concession.
          6. Write the customer's likely alternatives: another supplier, doing it in-house, waiting. How real is each one?
          7. Put the page in the CRM on the deal and bring it to the meeting. Afterwards, mark where you landed compared with target and walk-away.
        sv: |-
          1. Ta nästa möte där pris, villkor eller en förlängning ska diskuteras.
          2. Skriv ned ditt mål: det pris och de villkor du siktar på, och varför de är rimliga för kunden.
          3. Skriv ned din smärtgräns: det lägsta acceptabla utfallet, vid behov avstämt mot marginalen med din säljchef.
          4. Lista minst fyra saker utöver priset som du kan byta, var och en med vad den är värd för kunden och vad den kostar oss: avtalstid, volym, betalningsvillkor, startdatum, utbildning, rätt att använda kunden som referens, omfattning.
          5. Lista vad du vill ha tillbaka för varje eftergift.
          6. Skriv ned kundens troliga alternativ: en annan leverantör, att göra det själva, att vänta. Hur verkligt är vart och ett?
          7. Lägg sidan i CRM på affären och ta med den till mötet. Markera efteråt var du landade jämfört med mål och smärtgräns.
        nb: |-
          1. Ta neste møte der pris, vilkår eller en fornyelse skal diskuteres.
          2. Skriv ned målet ditt: prisen og vilkårene du sikter mot, og hvorfor de er rimelige for kunden.
          3. Skriv ned smertegrensen din: det laveste akseptable resultatet, ved behov avstemt mot marginen med salgssjefen din.
          4. List opp minst fire ting utover prisen som du kan bytte, hver med hva den er verdt for kunden og hva den koster oss: avtaleperiode, volum, betalingsbetingelser, oppstartsdato, opplæring, rett til å bruke kunden som referanse, omfang.
          5. List opp hva du vil ha tilbake for hver innrømmelse.
          6. Skriv ned kundens sannsynlige alternativer: en annen leverandør, å gjøre det selv, å vente. Hvor reelt er hvert av dem?
          7. Legg siden i CRM på avtalen og ta den med på møtet. Marker etterpå hvor du landet sammenlignet med mål og smertegrense.
    - key: negotiation.preparation.their-alternatives
      competency: negotiation.preparation
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: Your position depends on the customer's alternatives
        sv: Din position beror på kundens alternativ
        nb: Posisjonen din avhenger av kundens alternativer
      lesson:
        en: |-
          Sellers often prepare a negotiation from their own side only: list price, maximum discount, what the manager will approve. What decides how hard the customer can push is their alternatives. If a competitor has a signed offer on the table, your room is small. If changing supplier would mean a new procurement, six months' delay and a migration the IT department dreads, your room is larger than the buyer's tone suggests. Before an important negotiation, write down the customer's best alternative to agreeing with you and what it would cost them in money, time and risk. Also write down the pressures on the buyer: a budget that must be used this year, a start date promised internally, a savings target for procurement. Then plan the order of your concessions with your sales manager, starting with what costs us little and matters to them.
        sv: |-
          Säljare förbereder ofta en förhandling bara från sin egen sida: listpris, maxrabatt, vad chefen godkänner. Det som avgör hur hårt kunden kan pressa är kundens alternativ. Har en konkurrent ett färdigt anbud på bordet är ditt utrymme litet. Skulle ett leverantörsbyte kräva en ny upphandling, ett halvårs försening och en migrering som it-avdelningen fasar för är ditt utrymme större än köparens ton antyder. Skriv före en viktig förhandling ned kundens bästa alternativ till att komma överens med dig och vad det skulle kosta dem i pengar, tid och risk. Skriv också ned vad köparen pressas av: en budget som måste användas i år, ett startdatum som utlovats internt, ett besparingsmål för inköp. Planera sedan ordningen på dina eftergifter med din säljchef och börja med det som kostar oss lite och betyder mycket för kunden.
        nb: |-
          Selgere forbereder ofte en forhandling bare fra sin egen side: listepris, maksrabatt, hva sjefen godkjenner. Det som avgjør hvor hardt kunden kan presse, er kundens alternativer. Har en konkurrent et ferdig tilbud på bordet, er handlingsrommet ditt lite. Vil et leverandørbytte kreve en ny anskaffelse, et halvt års forsinkelse og en migrering IT-avdelingen gruer seg til, er handlingsrommet ditt større enn innkjøperens tone tilsier. Skriv før en viktig forhandling ned kundens beste alternativ til å bli enig med deg, og hva det ville koste dem i penger, tid og risiko. Skriv også ned hva innkjøperen presses av: et budsjett som må brukes i år, en oppstartsdato som er lovet internt, et besparelsesmål for innkjøp. Planlegg så rekkefølgen på innrømmelsene dine med salgssjefen og begynn med det som koster oss lite og betyr mye for kunden.
      question:
        en: Pick the next deal you will negotiate. What is the customer's best alternative to agreeing with you, what would it cost them, and what pressure is the buyer under that you know of?
        sv: Välj nästa affär du ska förhandla. Vilket är kundens bästa alternativ till att komma överens med dig, vad skulle det kosta dem och vilken press vet du att köparen står under?
        nb: Velg den neste avtalen du skal forhandle. Hva er kundens beste alternativ til å bli enig med deg, hva ville det koste dem, og hvilket press vet du at innkjøperen står under?
    - key: negotiation.trading-concessions.ten-percent-off
      competency: negotiation.trading-concessions
      kind: role-play
      aim-level: 3
      minutes: 20
      title:
        en: The purchasing manager asks for 10 percent off
        sv: Inköpschefen begär 10 procent rabatt
        nb: Innkjøpssjefen ber om 10 prosent rabatt
      situation:
        en: Final negotiation with the purchasing manager of a Swedish manufacturer about a three-site service agreement worth 1.8 million kronor a year. The users want your solution. You have prepared a target, a walk-away point and things you can trade (contract term, payment in advance, start date, training). The purchasing manager opens the meeting.
        sv: Slutförhandling med inköpschefen på en svensk tillverkare om ett serviceavtal för tre anläggningar värt 1,8 miljoner kronor per år. Användarna vill ha er lösning. Du har förberett mål, smärtgräns och saker du kan byta (avtalstid, förskottsbetalning, startdatum, utbildning). Inköpschefen inleder mötet.
        nb: Sluttforhandling med innkjøpssjefen i en svensk produsent om en serviceavtale for tre anlegg verdt 1,8 millioner kroner i året. Brukerne vil ha løsningen deres. Du har forberedt mål, smertegrense og ting du kan bytte (avtaleperiode, forskuddsbetaling, oppstartsdato, opplæring). Innkjøpssjefen åpner møtet.
      customer-part:
        en: You are a professional purchasing manager measured on savings. You open with “Your competitor is 10 percent cheaper. Match that and we have a deal.” The competitor's offer exists but covers less service. You can accept a three-year term and annual payment in advance, which you have approved before with other suppliers. Push twice. If the seller gives in at once, push again for free training. If the seller asks for something in return each time, stay firm for a while, then accept a deal around 5 to 6 percent for a longer term and advance payment.
        sv: Du är en professionell inköpschef som mäts på besparingar. Du inleder med ”Er konkurrent är 10 procent billigare. Matcha det så har vi en affär.” Konkurrentens anbud finns men omfattar mindre service. Du kan acceptera tre års avtalstid och årlig betalning i förskott, vilket du har godkänt tidigare med andra leverantörer. Tryck på två gånger. Ger säljaren med sig direkt, tryck på igen för gratis utbildning. Ber säljaren om något i gengäld varje gång, stå på dig en stund och acceptera sedan en affär kring 5 till 6 procent mot längre avtalstid och förskottsbetalning.
        nb: Du er en profesjonell innkjøpssjef som måles på besparelser. Du åpner med «Konkurrenten deres er 10 prosent billigere. Matcher dere det, har vi en avtale.» Konkurrentens tilbud finnes, men omfatter mindre service. Du kan godta tre års avtaleperiode og årlig forskuddsbetaling, noe du har godkjent før med andre leverandører. Press to ganger. Gir selgeren seg med en gang, presser du videre på gratis opplæring. Ber selgeren om noe tilbake hver gang, står du på ditt en stund og godtar så en avtale rundt 5 til 6 prosent mot lengre avtaleperiode og forskuddsbetaling.
      good-looks-like:
      - level: 1
        text:
          en: Agrees to the 10 percent as soon as the buyer mentions the competitor, and adds training when pushed again.
          sv: Går med på 10 procent så fort köparen nämner konkurrenten och lägger till utbildning när köparen trycker på igen.
          nb: Går med på 10 prosent så snart innkjøperen nevner konkurrenten, og legger til opplæring når innkjøperen presser igjen.
      - level: 2
        text:
          en: Asks for a longer term in return at first, but gives an extra discount without anything back at the second push.
          sv: Ber först om längre avtalstid i gengäld men ger en extra rabatt utan motprestation vid andra trycket.
          nb: Ber først om lengre avtaleperiode i bytte, men gir en ekstra rabatt uten motytelse ved andre press.
      - level: 3
        text:
          en: Asks what the competitor's offer includes, links every concession to something in return (“if you sign for three years and pay annually in advance, we can go down 6 percent”), and records the agreed trades in the CRM.
          sv: Frågar vad konkurrentens anbud omfattar, kopplar varje eftergift till en motprestation (”om ni skriver på tre år och betalar årsvis i förskott kan vi gå ned 6 procent”) och dokumenterar de överenskomna bytena i CRM.
          nb: Spør hva konkurrentens tilbud omfatter, knytter hver innrømmelse til en motytelse («hvis dere signerer for tre år og betaler årlig forskudd, kan vi gå ned 6 prosent») og dokumenterer byttene dere ble enige om, i CRM.
      - level: 4
        text:
          en: Stays calm through both pushes, points out the difference in service scope between the offers, uses the buyer's savings target to offer a trade that protects the margin, and lands at or above the target margin.
          sv: Behåller lugnet genom båda trycken, pekar på skillnaden i serviceomfattning mellan anbuden, använder köparens besparingsmål för att erbjuda ett byte som skyddar marginalen och landar på eller över målmarginalen.
          nb: Holder roen gjennom begge pressene, peker på forskjellen i serviceomfang mellom tilbudene, bruker innkjøperens besparelsesmål til å tilby et bytte som beskytter marginen, og lander på eller over målmarginen.
      - level: 5
        text:
          en: Negotiates as at level 4, and then plays the purchasing manager for a colleague preparing a similar negotiation.
          sv: Förhandlar som på nivå 4 och spelar sedan inköpschefen åt en kollega som förbereder en liknande förhandling.
          nb: Forhandler som på nivå 4 og spiller deretter innkjøpssjefen for en kollega som forbereder en lignende forhandling.
    - key: negotiation.trading-concessions.if-then
      competency: negotiation.trading-concessions
      kind: drill
      aim-level: 3
      minutes: 10
      title:
        en: Write your if-then trades before the customer asks
        sv: Skriv dina om-så-byten innan kunden frågar
        nb: Skriv hvis-så-byttene dine før kunden spør
      instructions:
        en: |-
          1. Pick an open deal where you expect the customer to ask for a lower price or more included.
          2. Write the three requests you are most likely to hear, for example “lower price”, “free training”, “longer payment terms”.
          3. For each, write one sentence in the form “If you …, then we …”, where the customer's part has real value to us (longer term, larger volume, advance payment, earlier signature, a reference visit).
          4. Say each sentence out loud three times, until it comes without hesitation or apology.
          5. Write what you will say if the customer pushes a second time without offering anything (“Then we need to look at the scope”).
          6. After the negotiation, record in the CRM which trades were made.
        sv: |-
          1. Välj en öppen affär där du räknar med att kunden kommer att be om lägre pris eller mer som ingår.
          2. Skriv ned de tre önskemål du troligast kommer att höra, till exempel ”lägre pris”, ”gratis utbildning”, ”längre betalningstid”.
          3. Skriv för vart och ett en mening i formen ”Om ni …, så kan vi …”, där kundens del har verkligt värde för oss (längre avtalstid, större volym, förskottsbetalning, tidigare underskrift, ett referensbesök).
          4. Säg varje mening högt tre gånger, tills den kommer utan tvekan eller ursäkt.
          5. Skriv vad du säger om kunden trycker på en andra gång utan att erbjuda något (”Då behöver vi titta på omfattningen”).
          6. Dokumentera efter förhandlingen i CRM vilka byten som gjordes.
        nb: |-
          1. Velg en åpen avtale der du regner med at kunden vil be om lavere pris eller mer inkludert.
          2. Skriv ned de tre ønskene du mest sannsynlig vil høre, for eksempel «lavere pris», «gratis opplæring», «lengre betalingsfrist».
          3. Skriv for hvert av dem én setning på formen «Hvis dere …, så kan vi …», der kundens del har reell verdi for oss (lengre avtaleperiode, større volum, forskuddsbetaling, tidligere signering, et referansebesøk).
          4. Si hver setning høyt tre ganger, til den kommer uten nøling eller unnskyldning.
          5. Skriv hva du sier hvis kunden presser en gang til uten å tilby noe («Da må vi se på omfanget»).
          6. Dokumenter etter forhandlingen i CRM hvilke bytter som ble gjort.
    - key: negotiation.procurement-and-framework-agreements.tender-read
      competency: negotiation.procurement-and-framework-agreements
      kind: drill
      aim-level: 3
      minutes: 30
      title:
        en: Read a tender for the mandatory requirements and the award criteria
        sv: Läs ett förfrågningsunderlag för ska-kraven och utvärderingskriterierna
        nb: Les et konkurransegrunnlag for minstekravene og tildelingskriteriene
      instructions:
        en: |-
          1. Take a published tender in your segment, one you are bidding on or a recent one you can use for practice.
          2. Go through the whole tender documents, annexes included, and list every mandatory requirement with its page number. Do not skim: rejections usually come from a requirement deep in an annex.
          3. For each requirement, mark whether we meet it, partly meet it or do not meet it, and who can confirm it.
          4. Write down the award criteria and their weights, and how price is evaluated against quality.
          5. Write the two criteria where we can score best, and what evidence the buyer needs to give us those points.
          6. Write down the deadlines: questions to the contracting authority, submission, validity of the bid.
          7. If anything is unclear, draft a question to the contracting authority before the question deadline.
        sv: |-
          1. Ta en annonserad upphandling i ditt segment, en som ni ska lämna anbud på eller en nyligen avslutad som du kan öva på.
          2. Gå igenom hela förfrågningsunderlaget, bilagor inräknade, och lista varje ska-krav med sidnummer. Skumma inte: avslag beror ofta på ett krav långt in i en bilaga.
          3. Markera för varje krav om vi uppfyller det, delvis uppfyller det eller inte uppfyller det, och vem som kan bekräfta det.
          4. Skriv ned utvärderingskriterierna och deras vikter, och hur priset vägs mot kvaliteten.
          5. Skriv ned de två kriterier där vi kan få högst poäng och vilka bevis den upphandlande myndigheten behöver för att ge oss de poängen.
          6. Skriv ned tidsfristerna: frågor till den upphandlande myndigheten, sista anbudsdag, anbudets giltighetstid.
          7. Är något oklart, skriv en fråga till den upphandlande myndigheten före sista dag för frågor.
        nb: |-
          1. Ta en kunngjort konkurranse i segmentet ditt, en dere skal levere tilbud på eller en nylig avsluttet som du kan øve på.
          2. Gå gjennom hele konkurransegrunnlaget, vedlegg inkludert, og list opp hvert minstekrav med sidetall. Ikke hopp over noe: avvisning skyldes ofte et krav langt inne i et vedlegg.
          3. Marker for hvert krav om vi oppfyller det, delvis oppfyller det eller ikke oppfyller det, og hvem som kan bekrefte det.
          4. Skriv ned tildelingskriteriene og vektingen deres, og hvordan pris vektes mot kvalitet.
          5. Skriv ned de to kriteriene der vi kan score best, og hvilken dokumentasjon oppdragsgiver trenger for å gi oss de poengene.
          6. Skriv ned fristene: spørsmål til oppdragsgiver, tilbudsfrist, vedståelsesfrist.
          7. Er noe uklart, skriv et spørsmål til oppdragsgiver før spørsmålsfristen.
    - key: negotiation.procurement-and-framework-agreements.after-the-award
      competency: negotiation.procurement-and-framework-agreements
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: A framework agreement is a licence to sell, not a sale
        sv: Ett ramavtal är en rätt att sälja, inte en affär
        nb: En rammeavtale er en rett til å selge, ikke et salg
      lesson:
        en: |-
          Winning a framework agreement with a region or a group of municipalities feels like the finish line. It is the starting line. The agreement only says that the units may order from you; nobody has to. Often there are several suppliers on the same agreement, and each call-off may go to a renewed competition. The sellers who turn agreements into revenue treat the award as the start of prospecting inside the customer. They find out which units have the largest needs, visit them, explain how to order under the agreement, and make the first call-off easy. They also start early on the next procurement: within the rules, the market dialogue and the requests for information before a tender are where requirements are shaped. Once the tender documents are published, it is too late to influence them.
        sv: |-
          Att vinna ett ramavtal med en region eller en grupp kommuner känns som målgången. Det är startlinjen. Avtalet säger bara att verksamheterna får beställa från er; ingen måste. Ofta finns flera leverantörer på samma avtal, och varje avrop kan gå till förnyad konkurrensutsättning. De säljare som gör avtal till intäkter ser tilldelningen som starten på prospektering inne hos kunden. De tar reda på vilka enheter som har störst behov, besöker dem, förklarar hur man avropar på avtalet och gör det första avropet enkelt. De börjar också tidigt inför nästa upphandling: inom regelverket är det i marknadsdialogen och i informationsförfrågningarna före en upphandling som kraven formas. När förfrågningsunderlaget väl är publicerat är det för sent att påverka det.
        nb: |-
          Å vinne en rammeavtale med en region eller en gruppe kommuner føles som målstreken. Det er startstreken. Avtalen sier bare at enhetene kan bestille fra dere; ingen må. Ofte er det flere leverandører på samme avtale, og hvert avrop kan gå til minikonkurranse. Selgerne som gjør avtaler om til inntekter, ser tildelingen som starten på prospektering inne hos kunden. De finner ut hvilke enheter som har størst behov, besøker dem, forklarer hvordan man gjør avrop på avtalen, og gjør det første avropet enkelt. De begynner også tidlig med neste anskaffelse: innenfor regelverket er det i markedsdialogen og i forespørslene om informasjon før en konkurranse at kravene formes. Når konkurransegrunnlaget først er kunngjort, er det for sent å påvirke det.
      question:
        en: Pick one framework agreement we hold (or one you are bidding for). Which three units under it have the largest need, have they placed a call-off in the last six months, and who is your contact at each?
        sv: Välj ett ramavtal som vi har (eller ett som ni lämnar anbud på). Vilka tre enheter under avtalet har störst behov, har de gjort något avrop de senaste sex månaderna och vem är din kontakt på var och en?
        nb: Velg én rammeavtale vi har (eller én dere gir tilbud på). Hvilke tre enheter under avtalen har størst behov, har de gjort avrop de siste seks månedene, og hvem er kontakten din hos hver av dem?
    - key: negotiation.preparation.renegotiation-rehearsal
      competency: negotiation.preparation
      kind: role-play
      aim-level: 4
      minutes: 30
      title:
        en: Rehearse the renegotiation of a framework agreement
        sv: Repetera omförhandlingen av ett ramavtal
        nb: Øv på reforhandlingen av en rammeavtale
      situation:
        en: Your two-year agreement with a Norwegian wholesaler chain comes up for renegotiation next week. Volumes have grown 20 percent, your costs have risen, and you want a price adjustment of 4 percent. A colleague plays the chain's procurement manager so you can rehearse. Before starting, you have ten minutes to write your target, walk-away point, tradables and your view of the customer's alternatives.
        sv: Ert tvååriga avtal med en norsk grossistkedja ska omförhandlas nästa vecka. Volymerna har ökat med 20 procent, era kostnader har stigit och du vill ha en prisjustering på 4 procent. En kollega spelar kedjans inköpschef så att du kan repetera. Innan ni börjar har du tio minuter på dig att skriva ned mål, smärtgräns, vad du kan byta och din bild av kundens alternativ.
        nb: Den toårige avtalen deres med en norsk grossistkjede skal reforhandles neste uke. Volumene har økt med 20 prosent, kostnadene deres har steget, og du vil ha en prisjustering på 4 prosent. En kollega spiller kjedens innkjøpssjef slik at du kan øve. Før dere begynner, har du ti minutter til å skrive ned mål, smertegrense, hva du kan bytte, og ditt bilde av kundens alternativer.
      customer-part:
        en: You are the procurement manager, measured on keeping costs flat. You open by asking for a 5 percent reduction “because volumes have grown”. You have had an informal offer from a competitor, but switching would mean a new tender and a changeover during the autumn peak, which your logistics director does not want. You value longer payment terms (60 days instead of 30) and a fixed delivery window for your two largest warehouses. If the seller has not prepared, push for the reduction and get it. If the seller shows they understand your alternatives and trades, you end near a 2 to 3 percent increase in exchange for something you value.
        sv: Du är inköpschef och mäts på att hålla kostnaderna oförändrade. Du inleder med att begära 5 procents sänkning ”eftersom volymerna har ökat”. Du har fått ett informellt erbjudande från en konkurrent, men ett byte skulle kräva en ny upphandling och en omställning under höstens högsäsong, vilket din logistikdirektör inte vill. Du värdesätter längre betalningstid (60 dagar i stället för 30) och ett fast leveransfönster för era två största lager. Har säljaren inte förberett sig, tryck på för sänkningen och få den. Visar säljaren att hen förstår dina alternativ och byter, landar ni nära en höjning på 2 till 3 procent mot något du värdesätter.
        nb: Du er innkjøpssjef og måles på å holde kostnadene uendret. Du åpner med å kreve 5 prosent reduksjon «fordi volumene har økt». Du har fått et uformelt tilbud fra en konkurrent, men et bytte ville kreve en ny konkurranse og en omstilling i høstens høysesong, noe logistikkdirektøren din ikke vil ha. Du setter pris på lengre betalingsfrist (60 dager i stedet for 30) og et fast leveringsvindu for de to største lagrene deres. Har selgeren ikke forberedt seg, presser du på for reduksjonen og får den. Viser selgeren at alternativene dine er forstått, og bytter i stedet for å gi etter, lander dere nær en økning på 2 til 3 prosent mot noe du setter pris på.
      good-looks-like:
      - level: 1
        text:
          en: Writes nothing down, is surprised by the demand for a reduction, and agrees to a price cut in the room.
          sv: Skriver inte ned något, blir överraskad av kravet på sänkning och går med på en prissänkning i rummet.
          nb: Skriver ikke ned noe, blir overrasket av kravet om reduksjon og går med på et prisavslag i rommet.
      - level: 2
        text:
          en: Knows the list price and the maximum discount, argues for the 4 percent, but has nothing else to offer and ends with unchanged prices at best.
          sv: Kan listpriset och maxrabatten, argumenterar för de 4 procenten men har inget annat att erbjuda och landar i bästa fall på oförändrade priser.
          nb: Kan listeprisen og maksrabatten, argumenterer for de 4 prosentene, men har ikke noe annet å tilby og lander i beste fall på uendrede priser.
      - level: 3
        text:
          en: Has written target, walk-away and at least four tradables, answers the demand with the cost increase and the growth in service, and trades rather than concedes.
          sv: Har skrivit ned mål, smärtgräns och minst fyra saker att byta, bemöter kravet med kostnadsökningen och den ökade servicen och byter i stället för att ge efter.
          nb: Har skrevet ned mål, smertegrense og minst fire ting å bytte, møter kravet med kostnadsøkningen og den økte servicen og bytter i stedet for å gi etter.
      - level: 4
        text:
          en: Has also assessed the customer's real alternative (a tender and a changeover in peak season), plans the order of concessions, offers the fixed delivery window before touching payment terms, and lands at or above target.
          sv: Har dessutom bedömt kundens verkliga alternativ (en upphandling och en omställning mitt i högsäsongen), planerar ordningen på eftergifterna, erbjuder det fasta leveransfönstret innan betalningstiden berörs och landar på eller över målet.
          nb: Har i tillegg vurdert kundens reelle alternativ (en konkurranse og en omstilling midt i høysesongen), planlegger rekkefølgen på innrømmelsene, tilbyr det faste leveringsvinduet før betalingsfristen røres, og lander på eller over målet.
      - level: 5
        text:
          en: Prepares and negotiates as at level 4, then swaps roles and plays the procurement manager for the colleague's next renegotiation.
          sv: Förbereder och förhandlar som på nivå 4 och byter sedan roll och spelar inköpschefen inför kollegans nästa omförhandling.
          nb: Forbereder og forhandler som på nivå 4, bytter så roller og spiller innkjøpssjefen før kollegaens neste reforhandling.
    - key: negotiation.trading-concessions.free-concessions-teach
      competency: negotiation.trading-concessions
      kind: micro-lesson
      aim-level: 2
      minutes: 10
      title:
        en: A free concession teaches the buyer to push again
        sv: En gratis eftergift lär köparen att trycka på igen
        nb: En gratis innrømmelse lærer innkjøperen å presse igjen
      lesson:
        en: |-
          When you give a discount the moment a buyer hesitates, you do not only lose margin. You show that the first price was not real and that pushing works, so the buyer pushes again, this time and at the renewal. Professional buyers are measured on savings and will ask regardless; that is their job, not a sign the deal is at risk. The answer is not to refuse everything but to trade: every concession is linked to something of value in return. “If you sign for three years, we can…” “If you pay annually in advance, we can…” The condition comes first, so the buyer hears the price of the concession before the concession. Give in small steps, each smaller than the last, so the buyer sees you are reaching your limit. And write down every trade in the CRM, so the next negotiation starts from facts.
        sv: |-
          När du ger rabatt i samma stund som köparen tvekar förlorar du inte bara marginal. Du visar att det första priset inte var på riktigt och att det lönar sig att trycka på, så köparen trycker på igen, nu och vid förlängningen. Professionella köpare mäts på besparingar och frågar oavsett; det är deras jobb, inget tecken på att affären är i fara. Svaret är inte att vägra allt utan att byta: varje eftergift kopplas till något av värde i gengäld. ”Om ni skriver på tre år kan vi…” ”Om ni betalar årsvis i förskott kan vi…” Villkoret kommer först, så att köparen hör priset för eftergiften innan eftergiften. Ge efter i små steg, vart och ett mindre än det förra, så att köparen ser att du närmar dig gränsen. Och skriv ned varje byte i CRM, så att nästa förhandling börjar i fakta.
        nb: |-
          Når du gir rabatt i det øyeblikket innkjøperen nøler, taper du ikke bare margin. Du viser at den første prisen ikke var reell, og at det lønner seg å presse, så innkjøperen presser igjen, nå og ved fornyelsen. Profesjonelle innkjøpere måles på besparelser og spør uansett; det er jobben deres, ikke et tegn på at avtalen er i fare. Svaret er ikke å nekte alt, men å bytte: hver innrømmelse knyttes til noe av verdi tilbake. «Hvis dere signerer for tre år, kan vi …» «Hvis dere betaler årlig forskudd, kan vi …» Betingelsen kommer først, slik at innkjøperen hører prisen for innrømmelsen før innrømmelsen. Gi etter i små steg, hvert mindre enn det forrige, slik at innkjøperen ser at du nærmer deg grensen. Og skriv ned hvert bytte i CRM, slik at neste forhandling starter i fakta.
      question:
        en: Think of the last discount or extra you gave a customer. What did you get in return? If nothing, what could you have asked for that would have been worth it to us?
        sv: Tänk på den senaste rabatt eller det senaste tillägg du gav en kund. Vad fick du i gengäld? Om inget, vad hade du kunnat be om som hade varit värt något för oss?
        nb: Tenk på den siste rabatten eller det siste tillegget du ga en kunde. Hva fikk du tilbake? Hvis ingenting, hva kunne du ha bedt om som ville vært verdt noe for oss?
    - key: negotiation.procurement-and-framework-agreements.first-call-off
      competency: negotiation.procurement-and-framework-agreements
      kind: role-play
      aim-level: 3
      minutes: 20
      title:
        en: Turn a won framework agreement into the first call-off
        sv: Gör ett vunnet ramavtal till ett första avrop
        nb: Gjør en vunnet rammeavtale om til det første avropet
      situation:
        en: Your company won a place on a Swedish region's framework agreement for medical consumables three months ago, together with two other suppliers. No unit has ordered from you yet. You have booked a meeting with the unit manager of one of the region's largest hospital wards, which orders for about 800,000 kronor a year.
        sv: Ert företag fick för tre månader sedan en plats på en svensk regions ramavtal för medicinska förbrukningsartiklar, tillsammans med två andra leverantörer. Ingen enhet har beställt av er än. Du har bokat ett möte med enhetschefen för en av regionens största sjukhusavdelningar, som beställer för ungefär 800 000 kronor per år.
        nb: Selskapet ditt fikk for tre måneder siden en plass på en svensk regions rammeavtale for medisinske forbruksartikler, sammen med to andre leverandører. Ingen enhet har bestilt fra dere ennå. Du har booket et møte med enhetslederen for en av regionens største sykehusavdelinger, som bestiller for rundt 800 000 kroner i året.
      customer-part:
        en: You are the unit manager. Your staff are used to the products of the supplier you have ordered from for years, and ordering from someone else feels like extra work and risk. You do not know exactly how the framework agreement works or whether you are allowed to choose. You do have a problem – two products from the current supplier have had delivery delays this winter, and nurses have had to borrow from other wards. If the seller talks about their range, you say you are satisfied. If the seller asks about your daily supply situation, you mention the delays. If the seller explains how you can order under the agreement and offers a simple start with those two products, including a short introduction for the staff, you agree to a first order.
        sv: Du är enhetschef. Din personal är van vid produkterna från den leverantör ni har beställt från i flera år, och att beställa från någon annan känns som extra arbete och risk. Du vet inte riktigt hur ramavtalet fungerar eller om du får välja. Du har däremot ett problem – två produkter från nuvarande leverantör har haft leveransförseningar i vinter, och sjuksköterskorna har fått låna från andra avdelningar. Pratar säljaren om sitt sortiment säger du att du är nöjd. Frågar säljaren om er dagliga försörjning nämner du förseningarna. Förklarar säljaren hur ni kan avropa på avtalet och erbjuder en enkel start med de två produkterna, inklusive en kort introduktion för personalen, går du med på en första beställning.
        nb: Du er enhetsleder. De ansatte er vant til produktene fra leverandøren dere har bestilt fra i flere år, og å bestille fra noen andre føles som ekstra arbeid og risiko. Du vet ikke helt hvordan rammeavtalen fungerer, eller om du har lov til å velge. Du har derimot et problem – to produkter fra dagens leverandør har hatt leveringsforsinkelser i vinter, og sykepleierne har måttet låne fra andre avdelinger. Snakker selgeren om sortimentet sitt, sier du at du er fornøyd. Spør selgeren om den daglige forsyningssituasjonen deres, nevner du forsinkelsene. Forklarer selgeren hvordan dere kan gjøre avrop på avtalen og tilbyr en enkel start med de to produktene, inkludert en kort introduksjon for de ansatte, sier du ja til en første bestilling.
      good-looks-like:
      - level: 1
        text:
          en: Would not have booked the meeting; treats the framework agreement as a finished sale and waits for orders.
          sv: Hade inte bokat mötet; ser ramavtalet som en avslutad affär och väntar på beställningar.
          nb: Ville ikke ha booket møtet; ser rammeavtalen som et avsluttet salg og venter på bestillinger.
      - level: 2
        text:
          en: Presents the range and leaves a catalogue; the unit manager stays with the current supplier.
          sv: Presenterar sortimentet och lämnar en katalog; enhetschefen stannar kvar hos nuvarande leverantör.
          nb: Presenterer sortimentet og legger igjen en katalog; enhetslederen blir værende hos dagens leverandør.
      - level: 3
        text:
          en: Asks about the ward's daily supply, learns about the delays, explains simply how to order under the agreement (and whether a renewed competition applies), and agrees on a first order of the two products with a date.
          sv: Frågar om avdelningens dagliga försörjning, får veta om förseningarna, förklarar enkelt hur man avropar på avtalet (och om förnyad konkurrensutsättning gäller) och kommer överens om en första beställning av de två produkterna med datum.
          nb: Spør om avdelingens daglige forsyning, får vite om forsinkelsene, forklarer enkelt hvordan man gjør avrop på avtalen (og om det gjelder minikonkurranse), og blir enig om en første bestilling av de to produktene med dato.
      - level: 4
        text:
          en: Does the above, lowers the switching effort with a short staff introduction, asks which other wards have had the same delays and who the unit manager could introduce them to, and plans visits to the region's five largest ordering units.
          sv: Gör ovanstående, minskar tröskeln för bytet med en kort introduktion för personalen, frågar vilka andra avdelningar som haft samma förseningar och vem enhetschefen kan introducera dem för, och planerar besök hos regionens fem största beställande enheter.
          nb: Gjør det over, senker terskelen for byttet med en kort introduksjon for de ansatte, spør hvilke andre avdelinger som har hatt de samme forsinkelsene og hvem enhetslederen kan introdusere dem for, og planlegger besøk hos regionens fem største bestillende enheter.
      - level: 5
        text:
          en: Handles the meeting as at level 4 and writes the approach into the team's playbook for the first six months after an award, with lessons from this and earlier agreements.
          sv: Hanterar mötet som på nivå 4 och skriver in arbetssättet i teamets handbok för de första sex månaderna efter en tilldelning, med lärdomar från detta och tidigare avtal.
          nb: Håndterer møtet som på nivå 4 og skriver arbeidsmåten inn i teamets håndbok for de første seks månedene etter en tildeling, med lærdommer fra denne og tidligere avtaler.
    """#
}
