extension PracticeLibraryDocument {
    /// The default practice library's items for the area *prospecting* (see ``nordicB2BYAML``).
    static let nordicB2BProspecting = #"""
    - key: prospecting.target-account-selection.icp-sort
      competency: prospecting.target-account-selection
      kind: drill
      aim-level: 3
      minutes: 15
      title:
        en: Sort ten target accounts against the ideal customer profile
        sv: Sortera tio målkunder mot den ideala kundprofilen
        nb: Sorter ti målkunder mot den ideelle kundeprofilen
      instructions:
        en: |-
          1. Open your target list in the CRM and take the next ten accounts you plan to contact.
          2. For each one, write one line: which criteria of the ideal customer profile it meets (size, industry, the problem we solve, buying model) and which it does not.
          3. Add one line on why the account might change something now (new manager, expiring agreement, growth, a published procurement plan). Write “none known” if you have nothing.
          4. Mark each account A (fits and has a reason now), B (fits, no reason known yet) or C (does not fit).
          5. Remove the C accounts from this month's list and put the A accounts first in this week's calls.
          6. Note in the CRM, on each A account, the reason it fits.
        sv: |-
          1. Öppna mållistan i CRM och ta de tio kunder du tänker kontakta härnäst.
          2. Skriv en rad per kund: vilka kriterier i den ideala kundprofilen den uppfyller (storlek, bransch, problemet vi löser, hur de köper) och vilka den inte uppfyller.
          3. Lägg till en rad om varför kunden kan tänkas förändra något just nu (ny chef, avtal som löper ut, tillväxt, en publicerad upphandlingsplan). Skriv ”inget känt” om du inte vet.
          4. Märk varje kund med A (passar och har ett skäl nu), B (passar, inget känt skäl än) eller C (passar inte).
          5. Stryk C-kunderna från månadens lista och lägg A-kunderna först bland veckans samtal.
          6. Notera i CRM på varje A-kund varför den passar.
        nb: |-
          1. Åpne mållisten i CRM og ta de ti kundene du har tenkt å kontakte som de neste.
          2. Skriv én linje per kunde: hvilke kriterier i den ideelle kundeprofilen den oppfyller (størrelse, bransje, problemet vi løser, hvordan de kjøper) og hvilke den ikke oppfyller.
          3. Legg til én linje om hvorfor kunden kan ha grunn til å endre noe akkurat nå (ny leder, avtale som løper ut, vekst, en publisert anskaffelsesplan). Skriv «ingen kjent» hvis du ikke vet.
          4. Merk hver kunde med A (passer og har en grunn nå), B (passer, ingen kjent grunn ennå) eller C (passer ikke).
          5. Fjern C-kundene fra månedens liste og legg A-kundene først blant ukens samtaler.
          6. Noter i CRM på hver A-kunde hvorfor den passer.
    - key: prospecting.target-account-selection.trigger-events
      competency: prospecting.target-account-selection
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: Trigger events decide when, the profile decides who
        sv: Utlösande händelser avgör när, profilen avgör vem
        nb: Utløsende hendelser avgjør når, profilen avgjør hvem
      lesson:
        en: |-
          The ideal customer profile tells you which organizations are worth your time. It does not tell you when. Most accounts that fit the profile are busy with other things, and a well-written email lands in a full inbox. A trigger event changes that: a new CFO who wants to show results in the first year, a merger that forces two systems together, a framework agreement that expires, a new plant or office, a municipality that publishes its procurement plan. For public buyers the timing is even stricter, because the requirements are written months before the tender is published, and after that the user side can no longer talk to you freely. Sellers who watch for these events and move the account to the top of the list within the week reach people while the question is open, not after it has been decided.
        sv: |-
          Den ideala kundprofilen säger vilka organisationer som är värda din tid. Den säger inte när. De flesta kunder som passar profilen är upptagna med annat, och ett välskrivet mejl hamnar i en full inkorg. En utlösande händelse ändrar det: en ny ekonomichef som vill visa resultat redan första året, en sammanslagning som tvingar ihop två system, ett ramavtal som löper ut, en ny fabrik eller ett nytt kontor, en kommun som publicerar sin upphandlingsplan. För offentliga köpare är tidpunkten ännu viktigare, eftersom kraven skrivs månader innan upphandlingen annonseras, och därefter kan verksamheten inte längre prata fritt med dig. Säljare som bevakar sådana händelser och flyttar kunden överst samma vecka når människor medan frågan är öppen, inte när den redan är avgjord.
        nb: |-
          Den ideelle kundeprofilen forteller deg hvilke virksomheter som er verdt tiden din. Den forteller deg ikke når. De fleste kundene som passer profilen, er opptatt med andre ting, og en velskrevet e-post havner i en full innboks. En utløsende hendelse endrer det: en ny økonomisjef som vil vise resultater allerede første året, en fusjon som tvinger to systemer sammen, en rammeavtale som løper ut, en ny fabrikk eller et nytt kontor, en kommune som publiserer anskaffelsesplanen sin. For offentlige innkjøpere er tidspunktet enda viktigere, fordi kravene skrives måneder før konkurransen kunngjøres, og etter det kan fagmiljøet ikke lenger snakke fritt med deg. Selgere som følger med på slike hendelser og flytter kunden øverst samme uke, når folk mens spørsmålet er åpent, ikke etter at det er avgjort.
      question:
        en: Pick three accounts on your target list. What has happened at each of them in the last three months that could give them a reason to change now, and where did you (or could you) see it?
        sv: Välj tre kunder på din mållista. Vad har hänt hos var och en de senaste tre månaderna som kan ge dem ett skäl att förändra något nu, och var såg du det (eller kunde du ha sett det)?
        nb: Velg tre kunder på mållisten din. Hva har skjedd hos hver av dem de siste tre månedene som kan gi dem en grunn til å endre noe nå, og hvor så du det (eller kunne du ha sett det)?
    - key: prospecting.multi-channel-outreach.first-call-logistics
      competency: prospecting.multi-channel-outreach
      kind: role-play
      aim-level: 3
      minutes: 20
      title:
        en: First call to a head of logistics who did not answer your email
        sv: Första samtalet till en logistikchef som inte svarade på mejlet
        nb: Første samtale med en logistikksjef som ikke svarte på e-posten
      situation:
        en: You sell a warehouse and order-handling system. Last week you sent a short email to the head of logistics at a mid-sized Swedish wholesaler of building materials, referring to their quarterly report, which mentions longer delivery times. No reply. Today is touch three of your planned sequence, a phone call. You have two minutes before the person wants to hang up.
        sv: Du säljer ett system för lager och orderhantering. Förra veckan skickade du ett kort mejl till logistikchefen på en medelstor svensk bygghandelsgrossist och hänvisade till deras kvartalsrapport, där det står att leveranstiderna har blivit längre. Inget svar. I dag är det kontakt nummer tre i din planerade sekvens, ett telefonsamtal. Du har två minuter innan personen vill lägga på.
        nb: Du selger et system for lager og ordrehåndtering. Forrige uke sendte du en kort e-post til logistikksjefen i en mellomstor svensk byggvaregrossist og viste til kvartalsrapporten deres, der det står at leveransetidene har økt. Ikke noe svar. I dag er det henvendelse nummer tre i den planlagte sekvensen din, en telefonsamtale. Du har to minutter før personen vil legge på.
      customer-part:
        en: You are the head of logistics. You saw the email, skimmed it and forgot it. You get several sales calls a week and your first answer is “we are happy with what we have”. The real situation is that delivery times went from two to four days after you lost two experienced pickers, and your CEO asks about it every week. You only open up if the seller asks about your situation in concrete terms, not if they describe their product. If they ask a good question about delivery times, you give a real answer and agree to 30 minutes next week. If they pitch features, you end the call politely.
        sv: Du är logistikchef. Du såg mejlet, skummade det och glömde det. Du får flera säljsamtal i veckan och ditt första svar är ”vi är nöjda med det vi har”. I själva verket har leveranstiderna gått från två till fyra dagar sedan ni tappade två erfarna plockare, och vd frågar om det varje vecka. Du öppnar dig bara om säljaren frågar konkret om din situation, inte om hen beskriver sin produkt. Får du en bra fråga om leveranstiderna svarar du på riktigt och går med på 30 minuter nästa vecka. Börjar säljaren rabbla funktioner avslutar du artigt samtalet.
        nb: Du er logistikksjef. Du så e-posten, skumleste den og glemte den. Du får flere salgssamtaler i uken, og det første svaret ditt er «vi er fornøyd med det vi har». Egentlig har leveransetidene gått fra to til fire dager etter at dere mistet to erfarne plukkere, og daglig leder spør om det hver uke. Du åpner deg bare hvis selgeren spør konkret om situasjonen din, ikke hvis selgeren beskriver produktet sitt. Får du et godt spørsmål om leveransetidene, svarer du ordentlig og går med på 30 minutter neste uke. Begynner selgeren å ramse opp funksjoner, avslutter du samtalen høflig.
      good-looks-like:
      - level: 1
        text:
          en: Reads a product pitch, accepts “we are happy with what we have” as the end of it, and logs nothing.
          sv: Läser upp en produktpresentation, tar ”vi är nöjda med det vi har” som slutet på samtalet och loggar ingenting.
          nb: Leser opp en produktpresentasjon, tar «vi er fornøyd med det vi har» som slutten på samtalen og logger ingenting.
      - level: 2
        text:
          en: Mentions the email, then talks about what the system does; may get a “send me something”, but no meeting and no insight into the customer's situation.
          sv: Nämner mejlet och pratar sedan om vad systemet gör; får kanske ett ”skicka något”, men inget möte och ingen insikt i kundens situation.
          nb: Nevner e-posten og snakker så om hva systemet gjør; får kanskje et «send meg noe», men ikke noe møte og ingen innsikt i kundens situasjon.
      - level: 3
        text:
          en: Opens with the reason for calling in one sentence tied to the quarterly report, asks one concrete question about delivery times, listens, and proposes a short meeting with a date; logs the call and the next touch.
          sv: Inleder med skälet till samtalet i en mening kopplad till kvartalsrapporten, ställer en konkret fråga om leveranstiderna, lyssnar och föreslår ett kort möte med datum; loggar samtalet och nästa kontakt.
          nb: Åpner med grunnen til samtalen i én setning knyttet til kvartalsrapporten, stiller ett konkret spørsmål om leveransetidene, lytter og foreslår et kort møte med dato; logger samtalen og neste henvendelse.
      - level: 4
        text:
          en: Does the above and also adapts to the role, for example offers a written summary the head of logistics can pass to the CEO, and asks who else is affected by the delivery times.
          sv: Gör ovanstående och anpassar sig dessutom till rollen, till exempel genom att erbjuda en skriftlig sammanfattning som logistikchefen kan skicka vidare till vd, och frågar vilka fler som påverkas av leveranstiderna.
          nb: Gjør det over og tilpasser seg i tillegg rollen, for eksempel ved å tilby en skriftlig oppsummering logistikksjefen kan sende videre til daglig leder, og spør hvem flere som påvirkes av leveransetidene.
      - level: 5
        text:
          en: Handles the call as at level 4 and afterwards writes down which opening line and question worked, so the team can use them in its own sequences.
          sv: Genomför samtalet som på nivå 4 och skriver efteråt ned vilken inledning och vilken fråga som fungerade, så att teamet kan använda dem i sina egna sekvenser.
          nb: Gjennomfører samtalen som på nivå 4 og skriver etterpå ned hvilken åpning og hvilket spørsmål som fungerte, slik at teamet kan bruke dem i sine egne sekvenser.
    - key: prospecting.multi-channel-outreach.sequence-plan
      competency: prospecting.multi-channel-outreach
      kind: drill
      aim-level: 3
      minutes: 20
      title:
        en: Plan a three-week sequence for one new contact
        sv: Planera en sekvens på tre veckor för en ny kontakt
        nb: Planlegg en sekvens på tre uker for én ny kontakt
      instructions:
        en: |-
          1. Choose one person you have not yet reached at a target account, and write down their role and what that role is measured on.
          2. Find one reason to contact them that is about their situation, not our product (a report, a job ad, a procurement plan, a post, a change in the industry).
          3. Plan six touches over three weeks in the CRM: for example email, call, LinkedIn, call, short email with something useful, call. Give each touch a date and a one-line reason.
          4. Write the first email in at most 80 words, with one question and no attachment.
          5. Write the opening sentence of the first call.
          6. Do the first touch today and log it. Repeat the drill next week with a new person.
        sv: |-
          1. Välj en person som du ännu inte nått hos en målkund och skriv ned personens roll och vad den rollen mäts på.
          2. Hitta ett skäl att höra av dig som handlar om personens situation, inte om vår produkt (en rapport, en jobbannons, en upphandlingsplan, ett inlägg, en förändring i branschen).
          3. Planera sex kontakter under tre veckor i CRM, till exempel mejl, samtal, LinkedIn, samtal, kort mejl med något användbart, samtal. Ge varje kontakt ett datum och ett skäl på en rad.
          4. Skriv det första mejlet på högst 80 ord, med en fråga och utan bilaga.
          5. Skriv den första meningen i det första samtalet.
          6. Gör den första kontakten i dag och logga den. Upprepa övningen nästa vecka med en ny person.
        nb: |-
          1. Velg én person du ennå ikke har nådd hos en målkunde, og skriv ned rollen og hva den rollen måles på.
          2. Finn én grunn til å ta kontakt som handler om personens situasjon, ikke om produktet vårt (en rapport, en stillingsannonse, en anskaffelsesplan, et innlegg, en endring i bransjen).
          3. Planlegg seks henvendelser over tre uker i CRM, for eksempel e-post, telefon, LinkedIn, telefon, kort e-post med noe nyttig, telefon. Gi hver henvendelse en dato og en grunn på én linje.
          4. Skriv den første e-posten på maks 80 ord, med ett spørsmål og uten vedlegg.
          5. Skriv den første setningen i den første samtalen.
          6. Gjør den første henvendelsen i dag og logg den. Gjenta øvelsen neste uke med en ny person.
    - key: prospecting.referrals-and-networks.named-introduction
      competency: prospecting.referrals-and-networks
      kind: drill
      aim-level: 3
      minutes: 15
      title:
        en: Ask one satisfied customer for a named introduction
        sv: Be en nöjd kund om en introduktion till en namngiven person
        nb: Be en fornøyd kunde om en introduksjon til en navngitt person
      instructions:
        en: |-
          1. Pick one customer who has recently seen a result from what we delivered, and write down the result in one sentence.
          2. Look up who in their network has a similar role at another organization: a sister company, a neighbouring municipality, a former colleague on LinkedIn, a member of the same industry association.
          3. Choose one named person, not “anyone who might be interested”.
          4. Contact the customer this week. Thank them for the result, name the person and ask whether they would introduce you, for example with a short email you draft for them.
          5. If they say yes, send the draft the same day. If they hesitate, ask what would make it comfortable for them.
          6. Log the referral source in the CRM on the new contact, and follow up within a week.
        sv: |-
          1. Välj en kund som nyligen har sett ett resultat av det vi levererat och skriv ned resultatet i en mening.
          2. Ta reda på vem i kundens nätverk som har en liknande roll i en annan organisation: ett systerbolag, en grannkommun, en tidigare kollega på LinkedIn, en medlem i samma branschförening.
          3. Välj en namngiven person, inte ”någon som kan vara intresserad”.
          4. Kontakta kunden den här veckan. Tacka för resultatet, nämn personen och fråga om kunden vill introducera dig, till exempel med ett kort mejl som du skriver ett utkast till.
          5. Säger kunden ja skickar du utkastet samma dag. Tvekar kunden frågar du vad som skulle göra det bekvämt.
          6. Logga referenskällan i CRM på den nya kontakten och följ upp inom en vecka.
        nb: |-
          1. Velg én kunde som nylig har sett et resultat av det vi har levert, og skriv ned resultatet i én setning.
          2. Finn ut hvem i kundens nettverk som har en lignende rolle i en annen virksomhet: et søsterselskap, en nabokommune, en tidligere kollega på LinkedIn, et medlem i samme bransjeforening.
          3. Velg én navngitt person, ikke «noen som kanskje er interessert».
          4. Kontakt kunden denne uken. Takk for resultatet, nevn personen og spør om kunden vil introdusere deg, for eksempel med en kort e-post du skriver et utkast til.
          5. Sier kunden ja, sender du utkastet samme dag. Nøler kunden, spør du hva som ville gjøre det greit for dem.
          6. Logg referansekilden i CRM på den nye kontakten, og følg opp innen en uke.
    - key: prospecting.referrals-and-networks.where-customers-meet
      competency: prospecting.referrals-and-networks
      kind: micro-lesson
      aim-level: 4
      minutes: 10
      title:
        en: Be where your customers meet each other
        sv: Var där dina kunder träffar varandra
        nb: Vær der kundene dine møter hverandre
      lesson:
        en: |-
          In the Nordic markets many buyers know each other. IT managers in municipalities meet in regional networks, purchasing managers in manufacturing meet in industry associations, and wholesalers' category managers sit on the same trade fair committees. A recommendation from a peer in such a network weighs more than any email you can write. Being active there does not mean handing out brochures. It means showing up regularly, contributing something useful, such as a short talk on a problem you have seen solved, and asking members about their own challenges. One or two networks are enough; spread over five, you are a stranger in all of them. Measure it: if a network has not given you a single new conversation in two quarters, choose another one.
        sv: |-
          På de nordiska marknaderna känner många köpare varandra. It-chefer i kommuner träffas i regionala nätverk, inköpschefer i tillverkande industri möts i branschföreningar, och grossisternas kategorichefer sitter i samma mässkommittéer. En rekommendation från en kollega i ett sådant nätverk väger tyngre än något mejl du kan skriva. Att vara aktiv där betyder inte att dela ut broschyrer. Det betyder att dyka upp regelbundet, bidra med något användbart, till exempel en kort dragning om ett problem du sett lösas, och fråga medlemmarna om deras egna utmaningar. Ett eller två nätverk räcker; sprider du dig över fem är du en främling i alla. Följ upp det: om ett nätverk inte har gett dig ett enda nytt samtal på två kvartal, välj ett annat.
        nb: |-
          I de nordiske markedene kjenner mange innkjøpere hverandre. IT-sjefer i kommuner møtes i regionale nettverk, innkjøpssjefer i industrien møtes i bransjeforeninger, og grossistenes kategorisjefer sitter i de samme messekomiteene. En anbefaling fra en kollega i et slikt nettverk veier tyngre enn noen e-post du kan skrive. Å være aktiv der betyr ikke å dele ut brosjyrer. Det betyr å møte opp jevnlig, bidra med noe nyttig, for eksempel et kort innlegg om et problem du har sett bli løst, og spørre medlemmene om deres egne utfordringer. Ett eller to nettverk er nok; sprer du deg over fem, er du en fremmed i alle. Følg det opp: har et nettverk ikke gitt deg én eneste ny samtale på to kvartaler, velg et annet.
      question:
        en: Look at your five best customers. In which network, association or recurring event do the people who bought from you meet their peers, and when is its next meeting?
        sv: Titta på dina fem bästa kunder. I vilket nätverk, vilken förening eller vilket återkommande evenemang träffar de som köpte av dig sina kollegor i andra organisationer, och när är nästa träff?
        nb: Se på de fem beste kundene dine. I hvilket nettverk, hvilken forening eller hvilket faste arrangement møter de som kjøpte av deg, kolleger fra andre virksomheter, og når er neste samling?
    - key: prospecting.target-account-selection.expiring-framework
      competency: prospecting.target-account-selection
      kind: role-play
      aim-level: 4
      minutes: 20
      title:
        en: Call the user side before the municipality writes its tender
        sv: Ring verksamheten innan kommunen skriver förfrågningsunderlaget
        nb: Ring fagmiljøet før kommunen skriver konkurransegrunnlaget
      situation:
        en: In a Swedish municipality's published procurement plan you see that its framework agreement for school and care-home catering logistics expires in nine months. The municipality fits your ideal customer profile, but you have no contact there. You have found the name of the unit manager for meal services and call her. The tender documents have not been written yet.
        sv: I en svensk kommuns publicerade upphandlingsplan ser du att ramavtalet för logistik till skol- och äldreomsorgens måltider löper ut om nio månader. Kommunen matchar er ideala kundprofil, men du har ingen kontakt där. Du har hittat namnet på enhetschefen för måltidsverksamheten och ringer henne. Förfrågningsunderlaget är inte skrivet än.
        nb: I en svensk kommunes publiserte anskaffelsesplan ser du at rammeavtalen for logistikk til måltidene i skoler og sykehjem løper ut om ni måneder. Kommunen passer den ideelle kundeprofilen dere har, men du har ingen kontakt der. Du har funnet navnet på enhetslederen for måltidstjenesten og ringer henne. Konkurransegrunnlaget er ikke skrevet ennå.
      customer-part:
        en: You are the unit manager for meal services. You will sit in the reference group that writes the requirements for the new agreement, and the procurement unit has asked you for input within two months. The current supplier delivers late about once a week, which means kitchens wait and staff work overtime, but you do not know what to demand instead. You are careful about talking to suppliers because of procurement rules, so if the seller tries to sell, you say “you will have to wait for the tender”. If the seller asks about your experience of today's deliveries and explains that the municipality may hold a market dialogue or an RFI, you talk openly and suggest the seller contacts the procurement officer about it.
        sv: Du är enhetschef för måltidsverksamheten. Du ska sitta i referensgruppen som skriver kraven för det nya avtalet, och upphandlingsenheten har bett om ditt underlag inom två månader. Nuvarande leverantör levererar sent ungefär en gång i veckan, vilket betyder att köken väntar och personalen jobbar övertid, men du vet inte vad ni ska kräva i stället. Du är försiktig med att prata med leverantörer på grund av upphandlingsreglerna, så försöker säljaren sälja säger du ”då får ni vänta på upphandlingen”. Frågar säljaren om dina erfarenheter av dagens leveranser och förklarar att kommunen kan hålla en marknadsdialog eller en RFI pratar du öppet och föreslår att säljaren kontaktar upphandlaren om det.
        nb: Du er enhetsleder for måltidstjenesten. Du skal sitte i referansegruppen som skriver kravene til den nye avtalen, og innkjøpsenheten har bedt om innspill fra deg innen to måneder. Dagens leverandør leverer for sent omtrent én gang i uken, noe som betyr at kjøkkenene venter og de ansatte jobber overtid, men du vet ikke hva dere skal kreve i stedet. Du er forsiktig med å snakke med leverandører på grunn av anskaffelsesreglene, så prøver selgeren å selge, sier du «da får dere vente på konkurransen». Spør selgeren om erfaringene dine med dagens leveranser og forklarer at kommunen kan holde en markedsdialog eller en RFI, snakker du åpent og foreslår at selgeren tar kontakt med innkjøperen om det.
      good-looks-like:
      - level: 1
        text:
          en: Would not have noticed the expiring agreement; waits until the tender is published and then bids without knowing the user side.
          sv: Hade inte lagt märke till att avtalet löper ut; väntar tills upphandlingen annonseras och lämnar sedan anbud utan att känna verksamheten.
          nb: Ville ikke lagt merke til at avtalen løper ut; venter til konkurransen er kunngjort og leverer så tilbud uten å kjenne fagmiljøet.
      - level: 2
        text:
          en: Calls, but presents the company and its offer, gets “you will have to wait for the tender”, and does not note the account's trigger or reason for fitting in the CRM.
          sv: Ringer, men presenterar företaget och erbjudandet, får ”då får ni vänta på upphandlingen” och noterar varken händelsen eller skälet till att kunden passar i CRM.
          nb: Ringer, men presenterer selskapet og tilbudet, får «da får dere vente på konkurransen» og noterer verken hendelsen eller grunnen til at kunden passer, i CRM.
      - level: 3
        text:
          en: Explains why they are calling with reference to the procurement plan, asks about the experience of today's deliveries, respects the rules, and records the account with its reason for fitting and the expiry date in the CRM.
          sv: Förklarar varför hen ringer med hänvisning till upphandlingsplanen, frågar om erfarenheterna av dagens leveranser, respekterar reglerna och registrerar kunden med skälet till att den passar och avtalets slutdatum i CRM.
          nb: Forklarer grunnen til samtalen med henvisning til anskaffelsesplanen, spør om erfaringene med dagens leveranser, respekterer reglene og registrerer kunden med grunnen til at den passer og avtalens sluttdato i CRM.
      - level: 4
        text:
          en: Also learns about the reference group and the late deliveries, asks how the municipality plans to involve the market, contacts the procurement officer about a market dialogue the same week, and moves the account to the top of the list.
          sv: Får dessutom veta om referensgruppen och de sena leveranserna, frågar hur kommunen tänker involvera marknaden, kontaktar upphandlaren om en marknadsdialog samma vecka och flyttar kunden överst på listan.
          nb: Får i tillegg vite om referansegruppen og de forsinkede leveransene, spør hvordan kommunen har tenkt å involvere markedet, kontakter innkjøperen om en markedsdialog samme uke og flytter kunden øverst på listen.
      - level: 5
        text:
          en: Handles the call as at level 4 and adds published procurement plans as a regular source of trigger events in the team's target-list review.
          sv: Genomför samtalet som på nivå 4 och gör publicerade upphandlingsplaner till en stående källa till utlösande händelser när teamet går igenom mållistan.
          nb: Gjennomfører samtalen som på nivå 4 og gjør publiserte anskaffelsesplaner til en fast kilde til utløsende hendelser når teamet går gjennom mållisten.
    - key: prospecting.multi-channel-outreach.reason-in-every-touch
      competency: prospecting.multi-channel-outreach
      kind: micro-lesson
      aim-level: 3
      minutes: 10
      title:
        en: A reason in every touch, and a channel for every role
        sv: Ett skäl i varje kontakt och en kanal för varje roll
        nb: En grunn i hver henvendelse og en kanal for hver rolle
      lesson:
        en: |-
          One email is not outreach. Most people you contact do not reply to the first message, or the second, and that says little about their interest: they were busy that week. Meetings usually come from the fourth to the seventh touch, spread over a few weeks and over several channels. Persistence only works if every touch gives the person a reason to respond: a question about their situation, an observation from their industry, a short example from a similar customer. “Just following up” is not a reason. Adapt the channel to the role, too. An operations manager often answers the phone between meetings; a CFO reads a short written summary; a municipal IT manager may be easiest to meet at a network event. Log every touch in the CRM, so that you, and anyone who takes over, can see what has been tried.
        sv: |-
          Ett mejl är ingen bearbetning. De flesta du kontaktar svarar inte på det första meddelandet, eller det andra, och det säger lite om deras intresse: de hade mycket den veckan. Möten kommer oftast från fjärde till sjunde kontakten, utspridda över några veckor och över flera kanaler. Envishet fungerar bara om varje kontakt ger personen ett skäl att svara: en fråga om deras situation, en iakttagelse från deras bransch, ett kort exempel från en liknande kund. ”Ville bara följa upp” är inget skäl. Anpassa också kanalen till rollen. En driftchef svarar ofta i telefon mellan möten; en ekonomichef läser en kort skriftlig sammanfattning; en it-chef i en kommun kan vara lättast att träffa på en nätverksträff. Logga varje kontakt i CRM, så att du, och den som tar över, ser vad som har prövats.
        nb: |-
          Én e-post er ingen oppsøkende innsats. De fleste du kontakter, svarer ikke på den første meldingen, eller den andre, og det sier lite om interessen deres: de hadde mye den uken. Møter kommer som regel fra fjerde til sjuende henvendelse, spredt over noen uker og over flere kanaler. Utholdenhet virker bare hvis hver henvendelse gir personen en grunn til å svare: et spørsmål om situasjonen deres, en observasjon fra bransjen deres, et kort eksempel fra en lignende kunde. «Ville bare følge opp» er ingen grunn. Tilpass også kanalen til rollen. En driftssjef tar ofte telefonen mellom møter; en økonomisjef leser en kort skriftlig oppsummering; en IT-sjef i en kommune kan være lettest å møte på en nettverkssamling. Logg hver henvendelse i CRM, slik at du, og den som tar over, ser hva som er forsøkt.
      question:
        en: Pick one contact who has not replied to you. How many touches have you made, in which channels, and what reason did each one give the person to answer? What will the next touch say?
        sv: Välj en kontakt som inte har svarat dig. Hur många kontakter har du tagit, i vilka kanaler, och vilket skäl att svara gav var och en personen? Vad ska nästa kontakt innehålla?
        nb: Velg én kontakt som ikke har svart deg. Hvor mange henvendelser har du gjort, i hvilke kanaler, og hvilken grunn til å svare ga hver av dem personen? Hva skal neste henvendelse inneholde?
    - key: prospecting.referrals-and-networks.let-me-know
      competency: prospecting.referrals-and-networks
      kind: role-play
      aim-level: 3
      minutes: 15
      title:
        en: The happy customer says “let me know if I can help”
        sv: Den nöjda kunden säger ”hör av dig om jag kan hjälpa till”
        nb: Den fornøyde kunden sier «si fra hvis jeg kan hjelpe»
      situation:
        en: Your customer, the IT manager of a Norwegian engineering company, has just confirmed in a follow-up meeting that the new system cut support tickets by a third. At the end of the meeting he says “good work, let me know if I can help”. You know from LinkedIn that his former colleague is now IT manager at a similar company in Bergen.
        sv: Din kund, it-chefen på ett norskt teknikkonsultföretag, har just bekräftat på ett uppföljningsmöte att det nya systemet minskade supportärendena med en tredjedel. I slutet av mötet säger han ”bra jobbat, hör av dig om jag kan hjälpa till”. Du vet via LinkedIn att hans tidigare kollega nu är it-chef på ett liknande företag i Bergen.
        nb: Kunden din, IT-sjefen i et norsk rådgivende ingeniørselskap, har nettopp bekreftet i et oppfølgingsmøte at det nye systemet kuttet supportsakene med en tredel. På slutten av møtet sier han «godt jobbet, si fra hvis jeg kan hjelpe». Du vet fra LinkedIn at den tidligere kollegaen hans nå er IT-sjef i et lignende selskap i Bergen.
      customer-part:
        en: You are the IT manager. You mean what you said but will not think of anything concrete yourself. If the seller asks “do you know anyone?”, you say “not right now, but I will think about it” and forget it. If the seller names your former colleague in Bergen and asks whether you would introduce them, you agree, but you want to know what you are vouching for and prefer the seller to draft a short email you can forward. You do not want to feel like part of a sales campaign.
        sv: Du är it-chef. Du menar det du sa men kommer inte själv att komma på något konkret. Frågar säljaren ”känner du någon?” svarar du ”inte just nu, men jag ska fundera” och glömmer det. Nämner säljaren din tidigare kollega i Bergen och frågar om du vill introducera dem går du med på det, men du vill veta vad du går i god för och vill helst att säljaren skriver ett kort mejl som du kan vidarebefordra. Du vill inte känna dig som en del av en säljkampanj.
        nb: Du er IT-sjef. Du mener det du sa, men kommer ikke selv på noe konkret. Spør selgeren «kjenner du noen?», svarer du «ikke akkurat nå, men jeg skal tenke på det» og glemmer det. Nevner selgeren den tidligere kollegaen din i Bergen og spør om du vil introdusere dem, sier du ja, men du vil vite hva du går god for, og vil helst at selgeren skriver en kort e-post du kan videresende. Du vil ikke føle deg som en del av en salgskampanje.
      good-looks-like:
      - level: 1
        text:
          en: Thanks the customer and ends the meeting without asking for anything.
          sv: Tackar kunden och avslutar mötet utan att be om något.
          nb: Takker kunden og avslutter møtet uten å be om noe.
      - level: 2
        text:
          en: Asks “do you know anyone who might be interested?”, accepts “I will think about it”, and does not follow up.
          sv: Frågar ”känner du någon som kan vara intresserad?”, nöjer sig med ”jag ska fundera” och följer inte upp.
          nb: Spør «kjenner du noen som kan være interessert?», nøyer seg med «jeg skal tenke på det» og følger ikke opp.
      - level: 3
        text:
          en: Names the former colleague in Bergen, explains why the result could matter to that company, asks for an introduction, offers to draft the email, sends the draft the same day, and logs the referral source in the CRM.
          sv: Nämner den tidigare kollegan i Bergen, förklarar varför resultatet kan vara intressant för det företaget, ber om en introduktion, erbjuder sig att skriva mejlet, skickar utkastet samma dag och loggar referenskällan i CRM.
          nb: Nevner den tidligere kollegaen i Bergen, forklarer hvorfor resultatet kan være interessant for det selskapet, ber om en introduksjon, tilbyr å skrive e-posten, sender utkastet samme dag og logger referansekilden i CRM.
      - level: 4
        text:
          en: Does the above, keeps the request modest so the customer feels comfortable vouching, and also asks whether the customer would take a reference call or speak at the IT managers' network they both attend.
          sv: Gör ovanstående, håller förfrågan lagom så att kunden känner sig bekväm med att gå i god, och frågar dessutom om kunden kan tänka sig att ta ett referenssamtal eller berätta om resultatet i det it-chefsnätverk som båda deltar i.
          nb: Gjør det over, holder forespørselen moderat slik at kunden føler seg komfortabel med å gå god for det, og spør i tillegg om kunden kan tenke seg å ta en referansesamtale eller fortelle om resultatet i IT-sjefsnettverket begge deltar i.
      - level: 5
        text:
          en: Handles the conversation as at level 4 and adds the customer, with their agreement, to the team's reference program so colleagues can be introduced the same way.
          sv: Hanterar samtalet som på nivå 4 och lägger, med kundens medgivande, till kunden i teamets referensprogram så att kollegor kan bli introducerade på samma sätt.
          nb: Håndterer samtalen som på nivå 4 og legger, med kundens samtykke, kunden inn i teamets referanseprogram slik at kolleger kan bli introdusert på samme måte.
    """#
}
