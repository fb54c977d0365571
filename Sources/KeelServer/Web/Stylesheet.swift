/// Keel's one stylesheet: readable type, clear focus, tables that scroll on a phone.
enum Stylesheet {
    static let css = """
    :root { --ink: #1d2733; --muted: #5b6775; --line: #d9dee4; --bg: #f6f7f9; --card: #fff;
      --accent: #0b5c8e; --accent-ink: #fff; --danger: #a4262c; --ok: #2e7d32; font-size: 100%; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
      background: var(--bg); line-height: 1.5; }
    a { color: var(--accent); }
    a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #f0b400; outline-offset: 2px; }
    .skip-link { position: absolute; left: -999px; top: 0; background: var(--card); padding: .5rem 1rem; }
    .skip-link:focus { left: .5rem; z-index: 10; }
    .visually-hidden { position: absolute; width: 1px !important; height: 1px !important; padding: 0 !important; border: 0 !important;
      overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .topbar { display: flex; flex-wrap: wrap; align-items: center; gap: .75rem 1.5rem; padding: .75rem 1.25rem;
      background: var(--ink); color: #fff; }
    .topbar a { color: #fff; }
    .brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; letter-spacing: .02em; }
    .nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: 0; }
    .account { margin-left: auto; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; }
    .who { color: #cfd6de; font-size: .9rem; }
    form.inline { display: inline-flex; align-items: center; gap: .35rem; margin: 0; }
    main { max-width: 72rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
    main:focus { outline: none; }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
    .subtitle { color: var(--muted); margin: 0 0 1.25rem; }
    .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; margin: 0 0 1rem; }
    /* Positioned, so the visually hidden text in a matrix's far cells scrolls inside the wrapper
       instead of widening the whole page on a phone. */
    .table-wrap { position: relative; overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; padding: .5rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { font-size: .85rem; color: var(--muted); font-weight: 600; }
    tr:last-child td { border-bottom: none; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1.25rem; margin: 0; }
    dl.facts dt { color: var(--muted); }
    dl.facts dd { margin: 0; }
    ul.tree { list-style: none; margin: 0; padding-left: 1.1rem; border-left: 2px solid var(--line); }
    ul.tree.root { padding-left: 0; border-left: none; }
    ul.tree li { margin: .3rem 0; }
    .meta { color: var(--muted); font-size: .9rem; }
    .badge { display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .8rem; background: #e8edf2; }
    .badge.inactive { background: #f7e1e2; color: var(--danger); }
    .actions { display: flex; flex-wrap: wrap; gap: .5rem; margin: 1rem 0; }
    nav.actions > a { display: inline-flex; align-items: center; min-height: 2.5rem; }
    button, .button { font: inherit; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-ink);
      border-radius: 6px; padding: .45rem .9rem; cursor: pointer; text-decoration: none; display: inline-block; }
    .button.secondary, button.secondary { background: var(--card); color: var(--accent); }
    button.danger { background: var(--card); color: var(--danger); border-color: var(--danger); }
    a.danger-link { color: var(--danger); }
    .small-button { padding: .15rem .5rem; font-size: .85rem; }
    .link-button { background: none; border: none; color: #fff; text-decoration: underline; padding: 0; }
    form.stacked { display: grid; gap: 1rem; max-width: 32rem; }
    form.stacked label { display: grid; gap: .25rem; font-weight: 600; }
    input[type=text], input[type=email], input[type=password], input[type=search], input[type=date], input[type=number], select {
      font: inherit; padding: .45rem .6rem; border: 1px solid #9aa5b1; border-radius: 6px; background: #fff; width: 100%; }
    .topbar select { width: auto; padding: .1rem .3rem; font-size: .85rem; }
    .hint { font-weight: 400; color: var(--muted); font-size: .85rem; }
    form.stacked label.hint { display: flex; align-items: center; gap: .4rem; color: var(--ink); font-size: 1rem; }
    form.stacked label.inline { display: flex; align-items: baseline; gap: .5rem; font-weight: 400; }
    form.stacked label.check-row { display: grid; grid-template-columns: 1.25rem 1fr; align-items: baseline; gap: .5rem;
      font-weight: 400; padding: .3rem 0; cursor: pointer; }
    form.stacked.rating-form { max-width: 52rem; }
    /* The calibration form's people by team (issue 13): a team's heading, its whole-team box, its people, indented by depth. */
    .team-group { margin: .35rem 0 .5rem; }
    .team-group.team-depth-1 { margin-left: 1rem; } .team-group.team-depth-2 { margin-left: 2rem; } .team-group.team-depth-3 { margin-left: 3rem; }
    .team-group .team-heading { margin: .25rem 0 0; font-weight: 600; }
    form.stacked label.check-row.team-choice { font-weight: 600; }
    form.stacked label.level-choice { display: grid; grid-template-columns: 1.25rem 1.5rem 1fr auto; align-items: baseline;
      gap: .5rem; font-weight: 400; padding: .45rem .6rem; border: 1px solid transparent; border-radius: 6px; cursor: pointer; }
    form.stacked label.level-choice:hover { border-color: var(--line); }
    form.stacked label.level-choice:has(input:checked) { background: #eef4fb; border-color: var(--accent); }
    form.stacked label.level-choice.target .level-number { text-decoration: underline; }
    .level-choice .level-number { font-weight: 700; }
    .level-marks { display: flex; flex-direction: column; align-items: flex-end; gap: .2rem; }
    .badge.self-mark { background: #fff; border: 1px solid var(--accent); color: var(--ink); }
    .badge.previous-mark { background: #fff; border: 1px dashed var(--muted); color: var(--ink); }
    .rating textarea { width: 100%; font: inherit; padding: .45rem .6rem; border: 1px solid #9aa5b1; border-radius: 6px; }
    fieldset { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; }
    .card > h2:first-child { margin-top: 0; }
    .panels { display: grid; gap: 0 1.25rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); align-items: start; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    form.row { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin: .25rem 0; }
    form.row label { display: grid; gap: .15rem; font-size: .85rem; color: var(--muted); }
    form.row input, form.row select { width: auto; min-width: 8rem; }
    form.row label.inline { display: flex; align-items: center; gap: .35rem; min-height: 2.5rem; }
    form.row input[type=checkbox] { min-width: 0; }
    form.row p.presets { flex-basis: 100%; margin: .25rem 0 0; font-size: .9rem; color: var(--muted); }
    form.row p.meta { flex-basis: 100%; margin: 0; }
    form.row p.presets a, form.row p.presets strong { display: inline-flex; align-items: center; min-height: 2.5rem; padding: 0 .3rem; }
    ul.plan { list-style: none; padding: 0; margin: 0; }
    ul.plan > li { border-bottom: 1px solid var(--line); padding: .6rem 0; }
    ul.plan > li:last-child { border-bottom: none; }
    details > summary { cursor: pointer; color: var(--accent); margin: .25rem 0; }
    .notice { border-left: 4px solid var(--accent); background: #eef4fb; padding: .75rem 1rem; margin: 0 0 1rem; }
    tr.just-reviewed > td { background: #eef4fb; }
    .error-summary { border-left: 4px solid var(--danger); background: #fdf1f1; padding: .75rem 1rem; margin: 0 0 1rem; }
    .field-error { color: var(--danger); font-weight: 600; }
    tr:has(+ tr.row-problems) > * { border-bottom: 0; }
    tr.row-problems > td { padding-top: 0; }
    code, textarea.file { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; }
    code { font-size: .9em; background: #eef1f4; padding: 0 .2em; border-radius: 3px; }
    form.file-editor { display: grid; gap: .5rem; }
    form.file-editor label { font-weight: 600; }
    textarea.file { width: 100%; min-height: 36rem; font-size: .875rem; line-height: 1.45; padding: .6rem; tab-size: 2;
      border: 1px solid #9aa5b1; border-radius: 6px; white-space: pre; overflow-wrap: normal; overflow-x: auto; }
    [aria-invalid=true] { border-color: var(--danger); }
    .search { display: flex; gap: .5rem; max-width: 32rem; }
    .footer { text-align: center; color: var(--muted); font-size: .85rem; padding: 1rem; }
    .login { max-width: 24rem; margin: 3rem auto; }
    .verdict { display: inline-block; padding: .1rem .5rem; border-radius: 4px; font-size: .8rem; font-weight: 600;
      border: 1px solid transparent; white-space: nowrap; }
    .verdict-strength { background: #e3f1e4; color: #1e5a22; }
    .verdict-execution_gap { background: #fdebd3; color: #7a4100; border-color: #e7a04a; }
    .verdict-competence_gap { background: #dcebf7; color: #0b4a72; border-color: #78aad3; }
    .verdict-development_need { background: #f7dcde; color: #7d1d22; border-color: #d9868b; }
    .verdict-obstructed { background: #ece4f4; color: #4b2a6b; border-color: #a98bc7; }
    .verdict-not_enough_data { background: #fff; color: var(--muted); border: 1px dashed #9aa5b1; }
    ul.verdicts { list-style: none; margin: 0; padding: 0; display: grid; gap: .5rem; }
    ul.verdicts li { display: grid; grid-template-columns: 11rem 3rem 1fr; gap: .75rem; align-items: baseline; }
    ul.verdicts .verdict { justify-self: start; }
    .verdict-count { font-weight: 700; text-align: right; font-variant-numeric: tabular-nums; }
    .verdict-cell a { text-decoration: none; }
    .cell-facts { display: block; font-size: .78rem; color: var(--muted); white-space: nowrap; margin-top: .15rem;
      font-variant-numeric: tabular-nums; }
    .sticky-first th[scope=row], .sticky-first thead th:first-child { position: sticky; left: 0; background: var(--card); z-index: 1; }
    .sticky-first th[scope=row] { min-width: 9rem; }
    .heatmap .sticky-first th[scope=row] { max-width: 14rem; white-space: normal; box-shadow: 1px 0 0 var(--line); }
    .heat-n, .heat-scope { display: block; font-size: .75rem; font-weight: 400; font-variant-numeric: tabular-nums; }
    .heat-scope { color: var(--muted); }
    .heat-legend p { margin: .25rem 0; }
    .heatmap caption { text-align: left; padding: .5rem .75rem; }
    .heat-swatch { display: inline-block; width: 1.5rem; height: .9rem; margin: 0 1px; vertical-align: middle; border: 1px solid var(--line); }
    .heat-legend p > span:first-child { margin-right: .35rem; } .heat-legend p > span:last-child { margin-left: .35rem; }
    .table-wrap + section, .table-wrap + .card { margin-top: 1rem; }
    #diagnosis-sellers { margin-bottom: 1rem; }
    article.finding { border-top: 1px solid var(--line); padding-top: .5rem; margin-top: .75rem; }
    article.finding h3, article.evidence h3 { margin: 0 0 .35rem; font-size: 1.05rem; }
    form.stacked fieldset.card { display: grid; gap: .9rem; }
    form.stacked.wide { max-width: none; }
    form.stacked.wide fieldset.card { max-width: 36rem; }
    fieldset.signals { margin: .75rem 0; }
    fieldset.signals legend { font-weight: 600; }
    .checks { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: .25rem 0; }
    form.stacked .checks label.check { display: inline-flex; align-items: center; gap: .35rem; font-weight: 400; min-height: 2.5rem; }
    .table-wrap td.num, td.date { white-space: nowrap; }
    ul.changes { margin: 0; padding-left: 1rem; font-size: .9rem; overflow-wrap: anywhere; }
    ul.changes .field { color: var(--muted); }
    ul.history { list-style: none; padding-left: 1rem; }
    ul.history > li { padding: .4rem 0; border-bottom: 1px solid var(--line); }
    ul.history > li:last-child { border-bottom: none; }
    section > .table-wrap { margin-bottom: 1rem; }
    .chip-count { display: inline-block; margin: 0 .5rem .25rem 0; white-space: nowrap; font-size: .85rem; }
    ul.missing { color: var(--muted); font-size: .9rem; padding-left: 1.1rem; }
    .chip-overdue { color: var(--danger); font-weight: 600; font-size: .85rem; }
    .kpi-status.kpi-not_met { color: var(--danger); font-weight: 600; }
    .kpi-status.kpi-no_data { color: var(--muted); }
    details.kpi-trend { margin: .25rem 0; }
    td.suggestion { min-width: 14rem; }
    a.button-link { display: inline-block; margin-top: .25rem; font-weight: 600; }
    .menu-button { display: none; }
    ul.goal-tree, ul.win-feed { list-style: none; padding: 0; margin: 0 0 1rem; }
    li.goal { margin-bottom: .6rem; padding: .75rem 1rem; }
    li.goal.goal-depth-1 { margin-left: 1.25rem; } li.goal.goal-depth-2 { margin-left: 2.5rem; } li.goal.goal-depth-3 { margin-left: 3.75rem; }
    li.goal.goal-depth-0 { border-left: 4px solid var(--accent); }
    .goal-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25rem .5rem; }
    .goal-title { font-size: 1.05rem; overflow-wrap: anywhere; }
    .goal-progress { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem .5rem; }
    .goal-progress progress { width: 10rem; max-width: 100%; height: .8rem; accent-color: var(--accent); }
    li.goal .actions { margin: .5rem 0 0; align-items: flex-end; }
    li.goal .actions form.inline label { display: inline-flex; align-items: center; gap: .35rem; }
    p.win-text { margin: 0 0 .25rem; font-size: 1.05rem; overflow-wrap: anywhere; }
    li.suggestion form.inline input[type=text] { min-width: 14rem; max-width: 100%; }
    .choice-row { display: grid !important; grid-template-columns: 1.25rem 1fr; gap: .5rem; align-items: baseline; font-weight: 400 !important;
      padding: .35rem .5rem; border-radius: 6px; cursor: pointer; }
    .choice-row:has(input:checked) { background: #eef4fb; }
    .choice-row strong { display: block; }
    .choice-inline { display: inline-flex !important; align-items: center; gap: .35rem; font-weight: 400 !important; margin-right: 1rem;
      min-height: 2.25rem; }
    form.stacked .row { display: flex; flex-wrap: wrap; gap: .75rem; }
    form.stacked .row > label { flex: 1 1 10rem; }
    input[type=time] { font: inherit; padding: .45rem .6rem; border: 1px solid #9aa5b1; border-radius: 6px; background: #fff; width: 100%; }
    textarea { font: inherit; padding: .45rem .6rem; border: 1px solid #9aa5b1; border-radius: 6px; width: 100%; }
    fieldset.review-row, fieldset.next-step { margin: .75rem 0; display: grid; gap: .35rem; }
    fieldset.review-row legend, fieldset.next-step legend { font-weight: 600; }
    .session-layout { display: grid; gap: 0 1.25rem; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); align-items: start; }
    ol.agenda li, ol.levels li { margin: .3rem 0; }
    ol.levels li.current { background: #eef4fb; border-radius: 4px; padding: .1rem .3rem; }
    ol.levels li.target { border-left: 3px solid var(--accent); padding-left: .4rem; }
    .notes { white-space: pre-wrap; }
    .notes.private { border-left: 3px solid var(--muted); padding-left: .6rem; }
    li.overdue > strong { color: var(--danger); }
    form.item-done { margin-left: .5rem; }
    form.stacked select, form.stacked input, form.stacked textarea { font-weight: 400; }
    .card.suggestion { border-left: 4px solid var(--accent); }
    form.stacked.wide fieldset.agenda-languages { max-width: none; }
    fieldset.agenda-languages .row > label { flex: 1 1 18rem; }
    fieldset.agenda-languages textarea { white-space: pre; overflow-x: auto; font-size: .9rem; }
    @media print {
      .topbar, .skip-link, .footer, form.row, #start-filter, #diagnosis-filter, .actions { display: none; }
      body { background: #fff; }
      main { max-width: none; padding: 0; }
      .card, article.finding, tr { break-inside: avoid; }
      .table-wrap { overflow: visible; border: none; }
      a { color: inherit; text-decoration: none; }
    }
    @media (max-width: 40rem) {
      /* A thumb needs 40 px (issue 13): the menu's links, every button and every field. */
      .nav { gap: 0 .85rem; }
      .nav a { display: inline-flex; align-items: center; min-height: 2.5rem; }
      .menu-button { display: inline-flex; align-items: center; min-height: 2.5rem; padding: 0 .85rem; border: 1px solid currentColor;
        border-radius: 6px; cursor: pointer; }
      .menu-toggle:not(:checked) ~ .nav { display: none; }
      .menu-toggle:focus-visible + .menu-button { outline: 3px solid #f0b400; outline-offset: 2px; }
      a.button-link { display: inline-flex; align-items: center; min-height: 2.5rem; }
      details > summary { padding: .6rem 0; }
      button, .button, .small-button { min-height: 2.5rem; }
      input[type=text], input[type=email], input[type=password], input[type=search], input[type=date], input[type=week],
      input[type=month], input[type=number], input[type=time], input[type=file], select, textarea { min-height: 2.5rem; }
      .button { display: inline-flex; align-items: center; }
      .card { padding: .85rem .5rem; }
      /* A chart's 340-unit drawing needs 340 px for its 11-unit text to read at 11 px (issue 13):
         in a card it takes the card's side padding too, 349 px at 390 px even beside a 15 px
         scroll bar (ChartTypography). */
      .card .chart { width: calc(100% + 1rem); margin-left: -.5rem; margin-right: -.5rem; }
      li.goal.goal-depth-1 { margin-left: .5rem; } li.goal.goal-depth-2 { margin-left: 1rem; } li.goal.goal-depth-3 { margin-left: 1.5rem; }
      .team-group.team-depth-1 { margin-left: .5rem; } .team-group.team-depth-2 { margin-left: 1rem; } .team-group.team-depth-3 { margin-left: 1.5rem; }
      ul.verdicts li { grid-template-columns: 1fr auto; gap: .15rem .5rem; }
      ul.verdicts li .meta { grid-column: 1 / -1; }
      .account { margin-left: 0; width: 100%; }
      main { padding: 1rem .75rem 2rem; }
      .heatmap .sticky-first th[scope=row] { min-width: 6.5rem; max-width: 8rem; }
      dl.facts { grid-template-columns: 1fr; }
      dl.facts dd { margin-bottom: .5rem; }
      .session-layout { grid-template-columns: 1fr; }
      table.stacked thead { display: none; }
      table.stacked tr { display: block; padding: .5rem .75rem; border-bottom: 1px solid var(--line); }
      table.stacked td { display: block; padding: .1rem 0; border: none; }
      table.stacked td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .85rem; }
      table.stacked th[scope=row] { display: block; position: static; padding: .1rem 0; border: none; }
      table.stacked td.num { text-align: left; }
      /* A stacked cell has the row's whole width beside its label: a long value wraps rather than
         pushing the card wider than the phone. */
      table.stacked td.num, table.stacked td.date, table.stacked td.nowrap { white-space: normal; }
    }
    .prose { white-space: pre-line; line-height: 1.5; max-width: 46rem; }
    ul.plain { list-style: none; padding: 0; margin: 0; }
    ul.plain > li { padding: .35rem 0; border-bottom: 1px solid var(--line); }
    ul.plain > li:last-child { border-bottom: 0; }
    ol.levels { padding-left: 0; list-style: none; }
    ol.levels > li { padding: .4rem .6rem; border-radius: 6px; margin-bottom: .25rem; }
    ol.levels > li.target { background: #eef4fb; }
    fieldset.rubric-level { margin: 0 0 .5rem; }
    fieldset.rubric-level > p { margin: .25rem 0; }
    fieldset.rubric-level .row { display: flex; gap: 1.25rem; }
    div.card.row { display: flex; flex-wrap: wrap; gap: 1rem 1.5rem; align-items: center; }
    .nowrap { white-space: nowrap; }
    section.library-area > h2 { font-size: 1.35rem; }
    section.library-area > h3 { font-size: 1rem; margin: 1.1rem 0 .3rem; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
    """
}
