import SalesDomain

extension FrameworkDocument {
    /// The default framework's area *Pipeline discipline* as framework-file YAML (see ``nordicB2BYAML``).
    static let nordicB2BPipelineDiscipline = #"""
    - key: pipeline-discipline
      name:
        en: Pipeline discipline
        sv: Pipelinedisciplin
        nb: Pipelinedisiplin
      competencies:
      - key: pipeline-discipline.crm-hygiene
        name:
          en: Keeping the CRM current
          sv: Uppdaterat CRM
          nb: Oppdatert CRM
        description:
          en: Keeps deals, contacts, activities and next steps in the CRM current, so that others can rely on them without asking.
          sv: Håller affärer, kontakter, aktiviteter och nästa steg i CRM aktuella, så att andra kan lita på dem utan att fråga.
          nb: Holder avtaler, kontakter, aktiviteter og neste steg i CRM oppdatert, slik at andre kan stole på dem uten å spørre.
        levels:
        - level: 1
          behavior:
            en: Updates the CRM only before the pipeline review, if at all.
            sv: Uppdaterar CRM bara inför pipelinegenomgången, om ens då.
            nb: Oppdaterer CRM bare før pipelinegjennomgangen, om i det hele tatt.
          ineffective:
          - en: Half of the seller's open deals have a close date in the past, and the sales manager has to ask in the corridor what is going on.
            sv: Hälften av säljarens öppna affärer har ett avslutsdatum som redan har passerat, och säljchefen måste fråga i korridoren vad som händer.
            nb: Halvparten av selgerens åpne avtaler har en avslutningsdato som allerede er passert, og salgssjefen må spørre på gangen hva som skjer.
        - level: 2
          behavior:
            en: Logs meetings but lets amounts, close dates and next steps go out of date.
            sv: Loggar möten men låter belopp, avslutsdatum och nästa steg bli inaktuella.
            nb: Logger møter, men lar beløp, avslutningsdatoer og neste steg bli utdatert.
        - level: 3
          behavior:
            en: Updates every open deal within a day of each customer contact, with a dated next step.
            sv: Uppdaterar varje öppen affär inom ett dygn efter varje kundkontakt, med ett daterat nästa steg.
            nb: Oppdaterer hver åpen avtale innen et døgn etter hver kundekontakt, med et datert neste steg.
        - level: 4
          behavior:
            en: Writes notes a colleague could take over the deal from, including the buying group, the risks and what has been promised.
            sv: Skriver anteckningar som en kollega skulle kunna ta över affären utifrån, med köpgrupp, risker och vad som har utlovats.
            nb: Skriver notater som en kollega kunne ha overtatt avtalen ut fra, med innkjøpsgruppe, risikoer og hva som er lovet.
          effective:
          - en: Goes on parental leave at short notice, and a colleague carries three deals forward from the CRM notes without having to call.
            sv: Går på föräldraledighet med kort varsel, och en kollega driver tre affärer vidare utifrån anteckningarna i CRM utan att behöva ringa.
            nb: Går ut i foreldrepermisjon på kort varsel, og en kollega fører tre avtaler videre ut fra notatene i CRM uten å måtte ringe.
        - level: 5
          behavior:
            en: Shows colleagues how a current CRM saves them time, and the team's share of deals without a next step drops.
            sv: Visar kollegor hur ett uppdaterat CRM sparar tid åt dem, och teamets andel affärer utan nästa steg minskar.
            nb: Viser kolleger hvordan et oppdatert CRM sparer dem for tid, og teamets andel avtaler uten neste steg går ned.
      - key: pipeline-discipline.stage-qualification
        name:
          en: Honest stage qualification
          sv: Ärlig fasbedömning
          nb: Ærlig fasevurdering
        description:
          en: Moves a deal to the next stage only when the customer has done what that stage requires, and removes deals that are not real.
          sv: Flyttar en affär till nästa fas först när kunden har gjort det som fasen kräver och tar bort affärer som inte är verkliga.
          nb: Flytter en avtale til neste fase først når kunden har gjort det fasen krever, og fjerner avtaler som ikke er reelle.
        levels:
        - level: 1
          behavior:
            en: Moves deals forward on gut feeling and keeps dead deals in the pipeline to make it look full.
            sv: Flyttar affärer framåt på magkänsla och behåller döda affärer i pipelinen för att den ska se full ut.
            nb: Flytter avtaler videre på magefølelse og beholder døde avtaler i pipelinen for at den skal se full ut.
        - level: 2
          behavior:
            en: Knows the criteria for each stage but stretches them when the month is weak.
            sv: Känner till kriterierna för varje fas men tänjer på dem när månaden är svag.
            nb: Kjenner kriteriene for hver fase, men tøyer dem når måneden er svak.
          ineffective:
          - en: Keeps a deal in the “negotiation” stage for five months although the customer has not answered an email since spring.
            sv: Låter en affär ligga kvar i fasen ”förhandling” i fem månader trots att kunden inte har svarat på ett mejl sedan i våras.
            nb: Lar en avtale bli liggende i fasen «forhandling» i fem måneder selv om kunden ikke har svart på en e-post siden i vår.
        - level: 3
          behavior:
            en: Can point to the customer action behind each stage, such as a confirmed budget or a named decision-maker, and closes lost deals with a reason.
            sv: Kan peka på kundens handling bakom varje fas, som en bekräftad budget eller en namngiven beslutsfattare, och stänger förlorade affärer med en orsak.
            nb: Kan vise til kundens handling bak hver fase, som et bekreftet budsjett eller en navngitt beslutningstaker, og lukker tapte avtaler med en årsak.
        - level: 4
          behavior:
            en: Challenges their own deals in the pipeline review before the sales manager does, and moves stalled deals back a stage with a plan to revive them.
            sv: Ifrågasätter sina egna affärer vid pipelinegenomgången innan säljchefen gör det och flyttar affärer som står still tillbaka en fas med en plan för att få fart på dem.
            nb: Utfordrer sine egne avtaler i pipelinegjennomgangen før salgssjefen gjør det, og flytter avtaler som står fast, tilbake en fase med en plan for å få dem i gang igjen.
          effective:
          - en: Closes four old deals as lost, each with a reason, before the quarterly review; the pipeline shrinks, but the sales manager trusts it.
            sv: Stänger fyra gamla affärer som förlorade, var och en med en orsak, före kvartalsgenomgången; pipelinen krymper, men säljchefen litar på den.
            nb: Lukker fire gamle avtaler som tapt, hver med en årsak, før kvartalsgjennomgangen; pipelinen krymper, men salgssjefen stoler på den.
        - level: 5
          behavior:
            en: Helps the team agree on clear stage criteria based on what the customer has done, so conversion between stages can be compared across teams.
            sv: Hjälper teamet att enas om tydliga faskriterier som bygger på vad kunden har gjort, så att konverteringen mellan faserna går att jämföra mellan team.
            nb: Hjelper teamet med å bli enige om tydelige fasekriterier som bygger på hva kunden har gjort, slik at konverteringen mellom fasene kan sammenlignes på tvers av team.
      - key: pipeline-discipline.forecast-accuracy
        name:
          en: Forecast accuracy
          sv: Träffsäker prognos
          nb: Treffsikker prognose
        description:
          en: Commits to a forecast built on evidence in each deal, lands close to it, and raises risks early.
          sv: Lämnar en prognos som bygger på fakta i varje affär, hamnar nära den och flaggar risker tidigt.
          nb: Leverer en prognose som bygger på fakta i hver avtale, havner nær den og varsler risiko tidlig.
        levels:
        - level: 1
          behavior:
            en: Gives a forecast that is a hope, and misses it without warning.
            sv: Lämnar en prognos som är en förhoppning och missar den utan förvarning.
            nb: Leverer en prognose som er et håp, og bommer på den uten forvarsel.
          ineffective:
          - en: Reports three large deals as certain in the last week of the quarter; none of them signs, and the sales manager finds out on the last day.
            sv: Rapporterar tre stora affärer som säkra sista veckan i kvartalet; ingen av dem skrivs under, och säljchefen får veta det sista dagen.
            nb: Rapporterer tre store avtaler som sikre den siste uken i kvartalet; ingen av dem blir signert, og salgssjefen får vite det den siste dagen.
        - level: 2
          behavior:
            en: Forecasts roughly right for the quarter but cannot say which deals will make up the number.
            sv: Prognostiserar ungefär rätt för kvartalet men kan inte säga vilka affärer som ska ge siffran.
            nb: Treffer omtrent riktig for kvartalet, men kan ikke si hvilke avtaler som skal gi tallet.
        - level: 3
          behavior:
            en: Separates committed deals from possible upside, and lands within about 10% of the committed forecast in most quarters.
            sv: Skiljer på säkra affärer och möjlig uppsida och hamnar inom ungefär 10 % av den säkra prognosen de flesta kvartal.
            nb: Skiller mellom sikre avtaler og mulig oppside og havner innenfor omtrent 10 % av den sikre prognosen i de fleste kvartaler.
        - level: 4
          behavior:
            en: Flags in the forecast meeting as soon as a deal starts to slip, and says what it would take to save it.
            sv: Flaggar i prognosmötet så fort en affär börjar glida och säger vad som krävs för att rädda den.
            nb: Sier fra i prognosemøtet så snart en avtale begynner å gli ut, og sier hva som skal til for å redde den.
          effective:
          - en: Tells the sales manager in week 6 that the largest deal will slip because the customer's board meeting has moved, and brings two other deals forward to cover.
            sv: Berättar för säljchefen vecka 6 att den största affären kommer att glida eftersom kundens styrelsemöte har flyttats, och tidigarelägger två andra affärer för att täcka upp.
            nb: Forteller salgssjefen i uke 6 at den største avtalen vil gli ut fordi kundens styremøte er flyttet, og framskynder to andre avtaler for å dekke opp.
        - level: 5
          behavior:
            en: Helps colleagues test their forecasts against evidence in their deals, and the team's forecasts become the most accurate in the organization.
            sv: Hjälper kollegor att pröva sina prognoser mot fakta i affärerna, och teamets prognoser blir de mest träffsäkra i organisationen.
            nb: Hjelper kolleger med å teste prognosene sine mot fakta i avtalene, og teamets prognoser blir de mest treffsikre i organisasjonen.
    """#
}
