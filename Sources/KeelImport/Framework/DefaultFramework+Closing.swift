import SalesDomain

extension FrameworkDocument {
    /// The default framework's area *Closing* as framework-file YAML (see ``nordicB2BYAML``).
    static let nordicB2BClosing = #"""
    - key: closing
      name:
        en: Closing
        sv: Avslut
        nb: Avslutning
      competencies:
      - key: closing.mutual-action-plan
        name:
          en: Mutual action plan
          sv: Gemensam handlingsplan
          nb: Felles handlingsplan
        description:
          en: Agrees with the customer on the steps, owners and dates that lead to a decision and a start, and keeps both sides to them.
          sv: Kommer överens med kunden om steg, ansvariga och datum fram till beslut och start, och ser till att båda sidor håller dem.
          nb: Blir enig med kunden om steg, ansvarlige og datoer fram til beslutning og oppstart, og sørger for at begge sider holder dem.
        levels:
        - level: 1
          behavior:
            en: Waits for the customer to get back after a proposal, with no agreed next step.
            sv: Väntar på att kunden ska återkomma efter en offert, utan något överenskommet nästa steg.
            nb: Venter på at kunden skal komme tilbake etter et tilbud, uten noe avtalt neste steg.
          ineffective:
          - en: Sends the proposal in June, hears nothing until September, and then learns that the budget went to another project.
            sv: Skickar offerten i juni, hör ingenting förrän i september och får då veta att budgeten har gått till ett annat projekt.
            nb: Sender tilbudet i juni, hører ingenting før i september og får da vite at budsjettet har gått til et annet prosjekt.
        - level: 2
          behavior:
            en: Agrees on the next meeting but not on the path to a decision, so the close date in the CRM keeps moving.
            sv: Kommer överens om nästa möte men inte om vägen till beslut, så avslutsdatumet i CRM flyttas gång på gång.
            nb: Avtaler neste møte, men ikke veien fram til beslutning, så avslutningsdatoen i CRM flyttes gang på gang.
        - level: 3
          behavior:
            en: "Writes a shared plan with the customer for every deal in the final stages: legal review, security review, board approval, signature and start date."
            sv: "Skriver en gemensam plan med kunden för varje affär i slutfaserna: juridisk granskning, säkerhetsgranskning, styrelsebeslut, underskrift och startdatum."
            nb: "Skriver en felles plan med kunden for hver avtale i sluttfasene: juridisk gjennomgang, sikkerhetsgjennomgang, styrebehandling, signering og oppstartsdato."
        - level: 4
          behavior:
            en: Works backwards from the date the customer needs the solution running, and sees delays such as summer holidays or budget meetings months ahead.
            sv: Räknar baklänges från det datum då kunden behöver ha lösningen i drift och ser förseningar som sommarsemester eller budgetmöten flera månader i förväg.
            nb: Regner baklengs fra datoen da kunden trenger løsningen i drift, og ser forsinkelser som sommerferie eller budsjettmøter flere måneder i forveien.
          effective:
          - en: Agrees with the customer in April that the contract must be signed before 20 June for a start in September, and books the legal review for May.
            sv: Kommer i april överens med kunden om att avtalet måste skrivas under före den 20 juni för start i september och bokar in den juridiska granskningen i maj.
            nb: Blir i april enig med kunden om at avtalen må signeres før 20. juni for oppstart i september, og setter opp den juridiske gjennomgangen i mai.
        - level: 5
          behavior:
            en: Makes the mutual action plan standard practice in the team, and the team's forecast close dates become more reliable.
            sv: Gör den gemensamma handlingsplanen till standard i teamet, och teamets prognostiserade avslutsdatum blir mer tillförlitliga.
            nb: Gjør den felles handlingsplanen til standard i teamet, og teamets prognoser for avslutningsdato blir mer pålitelige.
      - key: closing.asking-for-commitment
        name:
          en: Asking for commitment
          sv: Be om beslut
          nb: Be om beslutning
        description:
          en: Asks clearly for the decision or the next commitment when the customer is ready, and handles a no directly.
          sv: Ber tydligt om beslutet eller nästa åtagande när kunden är redo och hanterar ett nej rakt.
          nb: Ber tydelig om beslutningen eller neste forpliktelse når kunden er klar, og håndterer et nei direkte.
        levels:
        - level: 1
          behavior:
            en: Ends meetings with “let me know what you think” and never asks for a decision.
            sv: Avslutar möten med ”hör av er vad ni tycker” och ber aldrig om ett beslut.
            nb: Avslutter møter med «gi beskjed om hva dere synes» og ber aldri om en beslutning.
        - level: 2
          behavior:
            en: Asks for the order only when the sales manager is in the meeting, or pushes so hard at the wrong moment that the customer pulls back.
            sv: Ber om ordern bara när säljchefen är med på mötet, eller pressar så hårt vid fel tillfälle att kunden backar.
            nb: Ber om ordren bare når salgssjefen er med i møtet, eller presser så hardt i feil øyeblikk at kunden trekker seg.
          ineffective:
          - en: After a good demo, says “we will send over some material” instead of asking for the pilot decision the customer was ready to make.
            sv: Säger efter en bra demo ”vi skickar över lite material” i stället för att be om det pilotbeslut som kunden var redo att fatta.
            nb: Sier etter en god demo «vi sender over litt materiell» i stedet for å be om pilotbeslutningen kunden var klar til å ta.
        - level: 3
          behavior:
            en: Ends every meeting with a concrete commitment from the customer, and asks directly for the decision once the agreed criteria are met.
            sv: Avslutar varje möte med ett konkret åtagande från kunden och ber rakt om beslutet när de överenskomna kriterierna är uppfyllda.
            nb: Avslutter hvert møte med en konkret forpliktelse fra kunden og ber direkte om beslutningen når de avtalte kriteriene er oppfylt.
        - level: 4
          behavior:
            en: Tests readiness with questions such as “what would stop you from signing this month?” and turns a no into a clear reason and a next step.
            sv: Prövar om kunden är redo med frågor som ”vad skulle hindra er från att skriva under den här månaden?” och gör ett nej till en tydlig orsak och ett nästa steg.
            nb: Prøver om kunden er klar med spørsmål som «hva ville hindre dere i å signere denne måneden?» og gjør et nei om til en tydelig årsak og et neste steg.
          effective:
          - en: Asks “Is there anything that would stop you from signing on Friday?”, hears that the security review is still open, and books it for Wednesday.
            sv: Frågar ”Finns det något som skulle hindra er från att skriva under på fredag?”, får höra att säkerhetsgranskningen återstår och bokar in den till onsdag.
            nb: Spør «Er det noe som ville hindre dere i å signere på fredag?», får høre at sikkerhetsgjennomgangen gjenstår, og booker den til onsdag.
        - level: 5
          behavior:
            en: Coaches colleagues in asking for commitment the way Nordic buyers respect – directly, without pushing – and joins their key meetings.
            sv: Coachar kollegor i att be om åtaganden på ett sätt som nordiska köpare respekterar – rakt, utan att pressa – och är med på deras viktiga möten.
            nb: Coacher kolleger i å be om forpliktelser på en måte som nordiske kjøpere respekterer – direkte, uten å presse – og blir med på de viktige møtene deres.
    """#
}
