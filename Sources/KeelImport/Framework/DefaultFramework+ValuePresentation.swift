import SalesDomain

extension FrameworkDocument {
    /// The default framework's area *Value presentation* as framework-file YAML (see ``nordicB2BYAML``).
    static let nordicB2BValuePresentation = #"""
    - key: value-presentation
      name:
        en: Value presentation
        sv: Värdepresentation
        nb: Verdipresentasjon
      competencies:
      - key: value-presentation.tailored-solution
        name:
          en: Tailoring the solution
          sv: Anpassad lösning
          nb: Tilpasset løsning
        description:
          en: Presents only what answers the needs the customer has confirmed, in the customer's own words and order of priority.
          sv: Presenterar bara det som svarar mot de behov kunden har bekräftat, med kundens egna ord och prioriteringar.
          nb: Presenterer bare det som svarer på behovene kunden har bekreftet, med kundens egne ord og prioriteringer.
        levels:
        - level: 1
          behavior:
            en: Shows the full standard demo regardless of what came up in the needs analysis.
            sv: Visar hela standarddemon oavsett vad som kom fram i behovsanalysen.
            nb: Viser hele standarddemoen uansett hva som kom fram i behovsanalysen.
          ineffective:
          - en: Demonstrates the reporting module for twenty minutes to a customer who said in the first meeting that reporting works fine today.
            sv: Demonstrerar rapportmodulen i tjugo minuter för en kund som sa på första mötet att rapporteringen fungerar bra i dag.
            nb: Demonstrerer rapportmodulen i tjue minutter for en kunde som sa i det første møtet at rapporteringen fungerer fint i dag.
        - level: 2
          behavior:
            en: Adds a slide about the customer at the start but otherwise presents features in the usual order.
            sv: Lägger till en bild om kunden i början men presenterar i övrigt funktionerna i vanlig ordning.
            nb: Legger til et lysbilde om kunden i starten, men presenterer ellers funksjonene i vanlig rekkefølge.
        - level: 3
          behavior:
            en: Builds the presentation around the customer's three or four confirmed needs and links each part of the solution to one of them.
            sv: Bygger presentationen kring kundens tre eller fyra bekräftade behov och kopplar varje del av lösningen till ett av dem.
            nb: Bygger presentasjonen rundt kundens tre eller fire bekreftede behov og knytter hver del av løsningen til ett av dem.
        - level: 4
          behavior:
            en: Adapts the same proposal to different people in the buying group, showing operations the daily workflow and the CFO the payback time.
            sv: Anpassar samma förslag till olika personer i köpgruppen och visar verksamheten det dagliga arbetsflödet och ekonomichefen återbetalningstiden.
            nb: Tilpasser det samme forslaget til ulike personer i innkjøpsgruppen og viser driften den daglige arbeidsflyten og økonomisjefen tilbakebetalingstiden.
          effective:
          - en: Opens with “You told us manual order entry is your biggest problem, so we start there” and shows nothing the customer has not asked about.
            sv: Inleder med ”Ni sa att den manuella orderhanteringen är ert största problem, så vi börjar där” och visar inget som kunden inte har frågat efter.
            nb: Åpner med «Dere sa at den manuelle ordrehåndteringen er det største problemet deres, så vi begynner der» og viser ikke noe kunden ikke har spurt om.
        - level: 5
          behavior:
            en: Creates presentation material that colleagues reuse, and reviews their presentations before important meetings.
            sv: Tar fram presentationsmaterial som kollegor återanvänder och går igenom deras presentationer inför viktiga möten.
            nb: Lager presentasjonsmateriell som kolleger gjenbruker, og går gjennom presentasjonene deres før viktige møter.
      - key: value-presentation.proof-and-references
        name:
          en: Proof and references
          sv: Bevis och referenser
          nb: Bevis og referanser
        description:
          en: Backs claims with relevant references, figures and pilots the customer can check, not with adjectives.
          sv: Underbygger påståenden med relevanta referenser, siffror och piloter som kunden kan kontrollera, inte med adjektiv.
          nb: Underbygger påstander med relevante referanser, tall og piloter som kunden kan sjekke, ikke med adjektiver.
        levels:
        - level: 1
          behavior:
            en: Describes the offering as “market-leading” and “flexible” without any evidence.
            sv: Beskriver erbjudandet som ”marknadsledande” och ”flexibelt” utan några belägg.
            nb: Beskriver tilbudet som «markedsledende» og «fleksibelt» uten noe belegg.
        - level: 2
          behavior:
            en: Mentions well-known customers by name but cannot say what results they got.
            sv: Nämner kända kunder vid namn men kan inte säga vilka resultat de fick.
            nb: Nevner kjente kunder ved navn, men kan ikke si hvilke resultater de fikk.
          ineffective:
          - en: Promises “at least 30% savings” in a meeting and cannot point to a single customer who achieved it.
            sv: Lovar ”minst 30 % besparing” på ett möte och kan inte visa en enda kund som har uppnått det.
            nb: Lover «minst 30 % besparelse» i et møte og kan ikke vise til en eneste kunde som har oppnådd det.
        - level: 3
          behavior:
            en: Chooses a reference of the same industry and size, gives its measured results, and offers a call with the reference.
            sv: Väljer en referens i samma bransch och storlek, redogör för dess uppmätta resultat och erbjuder ett samtal med referensen.
            nb: Velger en referanse i samme bransje og størrelse, redegjør for de målte resultatene og tilbyr en samtale med referansen.
        - level: 4
          behavior:
            en: When the customer doubts a claim, proposes a limited pilot with success criteria agreed in writing.
            sv: Föreslår en avgränsad pilot med skriftligt överenskomna framgångskriterier när kunden tvivlar på ett påstående.
            nb: Foreslår en avgrenset pilot med skriftlig avtalte suksesskriterier når kunden tviler på en påstand.
          effective:
          - en: When the IT manager doubts the integration will work, agrees on a four-week pilot with three measurable criteria and a decision date.
            sv: När it-chefen tvivlar på att integrationen kommer att fungera kommer säljaren överens om en pilot på fyra veckor med tre mätbara kriterier och ett beslutsdatum.
            nb: Når IT-sjefen tviler på at integrasjonen vil fungere, avtaler selgeren en pilot på fire uker med tre målbare kriterier og en beslutningsdato.
        - level: 5
          behavior:
            en: Keeps the team's reference library current with new customer cases and results, and colleagues use it in their proposals.
            sv: Håller teamets referensbibliotek aktuellt med nya kundcase och resultat, och kollegorna använder det i sina förslag.
            nb: Holder teamets referansebibliotek oppdatert med nye kundecaser og resultater, og kollegene bruker det i forslagene sine.
      - key: value-presentation.handling-objections
        name:
          en: Handling objections
          sv: Hantering av invändningar
          nb: Håndtering av innvendinger
        description:
          en: Explores the concern behind an objection and answers it directly, without arguing or glossing over it.
          sv: Utforskar oron bakom en invändning och bemöter den rakt, utan att säga emot eller släta över.
          nb: Utforsker bekymringen bak en innvending og svarer direkte på den, uten å argumentere imot eller glatte over.
        levels:
        - level: 1
          behavior:
            en: Argues back or changes the subject when the customer raises an objection.
            sv: Säger emot eller byter ämne när kunden har en invändning.
            nb: Sier imot eller bytter tema når kunden kommer med en innvending.
          ineffective:
          - en: When the IT manager says “we already have a system for this”, lists features for five minutes.
            sv: När it-chefen säger ”vi har redan ett system för det” räknar säljaren upp funktioner i fem minuter.
            nb: Når IT-sjefen sier «vi har allerede et system for dette», ramser selgeren opp funksjoner i fem minutter.
        - level: 2
          behavior:
            en: Answers the objection at once with a standard reply, without asking what lies behind it.
            sv: Besvarar invändningen direkt med ett standardsvar, utan att fråga vad som ligger bakom.
            nb: Svarer på innvendingen med en gang med et standardsvar, uten å spørre hva som ligger bak.
        - level: 3
          behavior:
            en: Asks what lies behind the objection, answers the real concern honestly, and checks that the answer was enough.
            sv: Frågar vad som ligger bakom invändningen, besvarar den verkliga oron ärligt och kontrollerar att svaret räckte.
            nb: Spør hva som ligger bak innvendingen, svarer ærlig på det egentlige bekymringet og sjekker at svaret var godt nok.
        - level: 4
          behavior:
            en: Raises likely objections before the customer does, including weaknesses in our own offer, and so builds trust.
            sv: Tar upp troliga invändningar innan kunden gör det, även svagheter i vårt eget erbjudande, och bygger på så sätt förtroende.
            nb: Tar opp sannsynlige innvendinger før kunden gjør det, også svakheter i vårt eget tilbud, og bygger på den måten tillit.
          effective:
          - en: "Says early in the meeting: “You will probably ask about our delivery capacity in Norway – here is how it looks, including what is not in place yet.”"
            sv: "Säger tidigt i mötet: ”Ni kommer säkert att fråga om vår leveranskapacitet i Norge – så här ser den ut, även det som inte är på plats än.”"
            nb: "Sier tidlig i møtet: «Dere kommer sikkert til å spørre om leveransekapasiteten vår i Norge – slik ser den ut, også det som ikke er på plass ennå.»"
        - level: 5
          behavior:
            en: Collects recurring objections with the answers that worked and runs practice sessions on them with the team.
            sv: Samlar återkommande invändningar med de svar som fungerat och håller träningspass på dem med teamet.
            nb: Samler gjentakende innvendinger med svarene som har fungert, og holder treningsøkter på dem med teamet.
    """#
}
