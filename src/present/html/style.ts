/**
 * The stylesheet of the HTML report, inlined into the page. No external
 * resources: system fonts only, no images, no imports.
 */
import type { Stance } from '../../core/model/analysis.js';
import { OUTLET_COLORS, STANCE_COLORS } from './palette.js';

const BASE = `
:root {
  color-scheme: light dark;
  --bg: #fbfaf7; --card: #ffffff; --fg: #1f2328; --muted: #57606a; --line: #e4e1da; --soft: #f3f1ec;
  --link: #1d4ed8;
  --shared: #2f7d5b; --exclusive: #8c96a1; --conflict: #c2410c; --uncertain: #a16207; --update: #2563eb;
  --conflict-bg: #fff4ed; --conflict-line: #f3c3a8; --update-bg: #eef4ff; --update-line: #bcd0f7;
  --del-bg: #fde2e1; --del-fg: #8e1b16; --ins-bg: #d9f2e1; --ins-fg: #14532d;
  --hedge-bg: #fff0b8; --hedge-fg: #5c4400; --loaded-bg: #fbe0ee; --loaded-fg: #6d1240;
  --mark-bg: #ffe38a; --mark-fg: #1f2328;
  --warn-bg: #fff8e1; --warn-line: #e7c65b;
  --heat: 37, 99, 235;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  --serif: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, Cambria, "Times New Roman", serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15171a; --card: #1c1f23; --fg: #e7e5e0; --muted: #a5adb6; --line: #30353b; --soft: #23272c;
    --link: #8ab4ff;
    --shared: #4cb38a; --exclusive: #79838e; --conflict: #f08a4b; --uncertain: #e0b04a; --update: #7aa7ff;
    --conflict-bg: #2a1d15; --conflict-line: #6b3a1c; --update-bg: #172238; --update-line: #2f4a7a;
    --del-bg: #4a1d1b; --del-fg: #ffc9c4; --ins-bg: #173a26; --ins-fg: #bdf0cd;
    --hedge-bg: #4a3c0b; --hedge-fg: #ffe9a3; --loaded-bg: #4a1a33; --loaded-fg: #ffd0e6;
    --mark-bg: #6b5a12; --mark-fg: #fff6cf;
    --warn-bg: #2b2612; --warn-line: #7a6620;
    --heat: 120, 160, 255;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.6 var(--sans); overflow-wrap: break-word; }
.page { max-width: 960px; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible, summary:focus-visible, button:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; border-radius: 4px; }
h1, h2, h3 { line-height: 1.25; font-weight: 650; }
h1 { font-size: clamp(1.6rem, 4vw, 2.2rem); margin: 0.2rem 0 0.6rem; letter-spacing: -0.01em; }
h2 { font-size: 1.35rem; margin: 3rem 0 1rem; padding-bottom: 0.4rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.6rem 0 0.6rem; }
h4 { font-size: 0.95rem; margin: 1.1rem 0 0.5rem; }
p { margin: 0.5rem 0; }
.eyebrow { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.75rem; color: var(--muted); margin: 0; }
.muted, .sn { color: var(--muted); }
.sn { font-size: 0.8rem; white-space: nowrap; font-variant-numeric: tabular-nums; }
.count { color: var(--muted); font-weight: 400; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
.prose, blockquote, .statement-text, .brief li { font-family: var(--serif); font-size: 1.06rem; }

.chip { display: inline-block; padding: 0.05em 0.6em; border-radius: 999px; color: #fff; background: var(--c, #4b5563);
  font: 600 0.78rem/1.6 var(--sans); white-space: nowrap; vertical-align: 0.1em; max-width: 100%; overflow: hidden; text-overflow: ellipsis; }
.chips { display: inline-flex; flex-wrap: wrap; gap: 0.3rem; vertical-align: middle; }
.badge { display: inline-block; padding: 0 0.5em; border-radius: 4px; font: 600 0.72rem/1.7 var(--sans);
  text-transform: uppercase; letter-spacing: 0.04em; background: var(--soft); color: var(--muted); border: 1px solid var(--line); }
.badge.warn { background: var(--warn-bg); border-color: var(--warn-line); color: var(--fg); }

header.top { margin-bottom: 1.5rem; }
.articles { list-style: none; padding: 0; margin: 1.2rem 0; display: grid; gap: 0.75rem; }
.articles li { background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--c); border-radius: 8px; padding: 0.7rem 0.9rem; min-width: 0; overflow-wrap: anywhere; }
.articles .title { display: block; font-family: var(--serif); font-size: 1.08rem; margin: 0.25rem 0 0.1rem; }
.articles .meta { display: block; font-size: 0.85rem; color: var(--muted); }
.notice { display: inline-block; margin-top: 0.35rem; font-size: 0.85rem; background: var(--warn-bg); border: 1px solid var(--warn-line); border-radius: 4px; padding: 0 0.45em; }
.story { padding: 0.7rem 0.9rem; border-radius: 8px; border: 1px solid var(--line); background: var(--card); }
.alert { margin-top: 0.6rem; padding: 0.7rem 0.9rem; border-radius: 8px; background: var(--conflict-bg); border: 1px solid var(--conflict-line); border-left: 5px solid var(--conflict); }
.story.doubt { background: var(--warn-bg); border-color: var(--warn-line); }

nav.toc { position: sticky; top: 0; z-index: 2; background: var(--bg); border-bottom: 1px solid var(--line); margin: 0 -1.25rem; padding: 0.5rem 1.25rem; }
nav.toc ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.9rem; }
nav.toc a { text-decoration: none; }
nav.toc a:hover { text-decoration: underline; }
nav.toc li:last-child { margin-left: auto; }
section { scroll-margin-top: 3rem; }
.toggle { font: inherit; font-size: 0.85rem; color: var(--fg); background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: 0.2rem 0.7rem; cursor: pointer; }

.brief ol { padding-left: 1.4rem; margin: 0; }
.brief li { margin: 0 0 0.8rem; line-height: 1.65; }
.brief li .chips { margin-left: 0.3rem; }

.agreement { width: 100%; border-collapse: collapse; }
.agreement th, .agreement td { padding: 0.45rem 0.5rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: middle; }
.agreement td.n { text-align: right; font-variant-numeric: tabular-nums; width: 4.5rem; }
.agreement thead th { font-size: 0.8rem; color: var(--muted); font-weight: 600; }
.bar { display: flex; height: 0.7rem; min-width: 8rem; border-radius: 999px; overflow: hidden; background: var(--soft); }
.bar span { display: block; height: 100%; }
.bar .shared, .key.shared { background: var(--shared); }
.bar .exclusive, .key.exclusive { background: var(--exclusive); }
.bar .conflict, .key.conflict { background: var(--conflict); }
.bar .uncertain, .key.uncertain { background: var(--uncertain); }
.bar .update, .key.update { background: var(--update); }
.key { display: inline-block; width: 0.7rem; height: 0.7rem; border-radius: 2px; margin-right: 0.25rem; vertical-align: -0.05rem; }
.legend { font-size: 0.85rem; color: var(--muted); display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; margin: 0.5rem 0 0; }

.conflict-card { background: var(--conflict-bg); border: 1px solid var(--conflict-line); border-left: 5px solid var(--conflict); border-radius: 8px; padding: 0.9rem 1rem; margin: 0 0 1rem; }
.conflict-card h3 { margin: 0 0 0.6rem; }
.conflict-card h3 .kind { color: var(--conflict); }
.values { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.6rem; }
.values li { display: grid; grid-template-columns: minmax(9rem, max-content) minmax(4.5rem, max-content) minmax(0, 1fr); gap: 0.2rem 0.9rem; align-items: baseline; }
.values li > * { min-width: 0; overflow-wrap: anywhere; }
.update-card { background: var(--update-bg); border: 1px solid var(--update-line); border-left: 5px solid var(--update); border-radius: 8px; padding: 0.9rem 1rem; margin: 0 0 1rem; }
.update-card h3 { margin: 0 0 0.6rem; }
.update-card h3 .kind { color: var(--update); }
.steps { counter-reset: step; }
.steps li { grid-template-columns: minmax(7.5rem, max-content) minmax(9rem, max-content) minmax(4.5rem, max-content) minmax(0, 1fr); }
.when { font-size: 0.85rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.tentative-note { font-size: 0.88rem; margin: -0.2rem 0 0.6rem; }
.value { font: 700 1.15rem/1.3 var(--sans); font-variant-numeric: tabular-nums; }
mark { background: var(--mark-bg); color: var(--mark-fg); padding: 0 0.1em; border-radius: 2px; }

.facts { display: grid; gap: 0.5rem; }
.fact { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0.55rem 0.9rem 0.65rem; min-width: 0; }
.fact.conflict { border-left: 4px solid var(--conflict); }
.fact.shared { border-left: 4px solid var(--shared); }
.fact.exclusive { border-left: 4px solid var(--exclusive); }
.fact.uncertain { border-left: 4px solid var(--uncertain); }
.fact.tentative { border-left-style: dashed; }
.fact-meta { margin: 0 0 0.35rem; font-size: 0.8rem; color: var(--muted); }
.statements, .near { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.45rem; }
.statements li { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0.15rem 0.7rem; align-items: baseline; }
.statements.single li { grid-template-columns: minmax(0, 1fr); }
.owns { display: grid; gap: 0.3rem; min-width: 0; }
.own { overflow-wrap: anywhere; }
.near { margin-top: 0.5rem; padding-top: 0.45rem; border-top: 1px dashed var(--line); }
.near li { display: grid; grid-template-columns: max-content minmax(0, max-content) minmax(0, 1fr); gap: 0.15rem 0.6rem; align-items: baseline; }
.maybe { font-size: 0.8rem; color: var(--uncertain); font-weight: 600; }
.conf { font-size: 0.8rem; font-weight: 600; color: var(--muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
.statement-text { margin: 0; }
.kind-note { font-family: var(--sans); font-size: 0.8rem; font-weight: 600; color: var(--muted); }
.paraphrase { margin: 0; padding: 0 0 0 0.9rem; border-left: 3px dotted var(--line); font-family: var(--serif); font-size: 1.06rem; }

.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; border: 1px solid var(--line); border-radius: 8px; background: var(--card); }
table.matrix { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
.matrix caption { caption-side: bottom; text-align: left; padding: 0.5rem 0.75rem; font-size: 0.82rem; color: var(--muted); }
.matrix th, .matrix td { padding: 0.45rem 0.7rem; border-bottom: 1px solid var(--line); text-align: left; }
.matrix thead th { vertical-align: bottom; }
.matrix tbody th { font-weight: 600; }
.matrix .aliases { display: block; font-weight: 400; font-size: 0.8rem; color: var(--muted); }
.matrix td.n { text-align: center; font-variant-numeric: tabular-nums; background: rgba(var(--heat), calc(var(--h, 0) * 0.28)); }
.matrix td.omitted { text-align: center; color: var(--conflict); font-size: 0.8rem; font-weight: 600;
  background: repeating-linear-gradient(135deg, transparent 0 6px, var(--soft) 6px 12px); }
.matrix td.type { color: var(--muted); font-size: 0.85rem; }

.qgroup, .quote { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 0.8rem 1rem; margin: 0 0 0.8rem; }
.qgroup h3 { margin: 0 0 0.5rem; display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
.quote { margin: 0 0 0.7rem; }
blockquote { margin: 0; padding: 0 0 0 0.9rem; border-left: 3px solid var(--line); }
blockquote p { margin: 0; }
figcaption, .quote-meta { margin-top: 0.4rem; font-size: 0.85rem; color: var(--muted); }
figcaption strong { color: var(--fg); }
.kind { font-weight: 600; }
.diffs { list-style: none; margin: 0.6rem 0 0; padding: 0; display: grid; gap: 0.6rem; }
.diff-head { font-size: 0.8rem; color: var(--muted); }
.diff { margin: 0.15rem 0 0; font-family: var(--serif); font-size: 1.04rem; line-height: 1.8; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; text-decoration-thickness: 1.5px; padding: 0.05em 0.15em; border-radius: 3px; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: none; border-bottom: 2px solid currentColor; padding: 0.05em 0.15em; border-radius: 3px 3px 0 0; }
.members { list-style: none; margin: 0.4rem 0 0; padding: 0; display: grid; gap: 0.35rem; }
.members li { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: 0.6rem; align-items: baseline; }

/* A framing card holds whole sentences and long compounds: it wraps them instead of growing (it grew to 1,800 px). */
.framing { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(17.5rem, 100%), 1fr)); gap: 1rem; }
.frame { background: var(--card); border: 1px solid var(--line); border-top: 4px solid var(--c); border-radius: 8px; padding: 0.8rem 1rem; min-width: 0; overflow-wrap: anywhere; }
.frame h3 { margin: 0 0 0.6rem; }
.actors { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.7rem; }
.actor-name { font-weight: 600; }
.labels { color: var(--muted); font-size: 0.85rem; }
.sbar { display: flex; height: 0.55rem; width: calc(var(--w, 1) * 9rem); min-width: 0.9rem; max-width: 100%; border-radius: 999px; overflow: hidden; margin: 0.25rem 0; background: var(--soft); }
.sbar span { display: block; height: 100%; }
.stances { font-size: 0.85rem; }
.cues { font-size: 0.85rem; color: var(--muted); }
.cues em { color: var(--fg); }
.frame dl { margin: 0.8rem 0 0; font-size: 0.88rem; display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.25rem 0.6rem; }
.frame dt { color: var(--muted); grid-column: 1; }
.frame dd { margin: 0; grid-column: 2; min-width: 0; }
table.labels-table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
.labels-table th, .labels-table td { padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
.labels-table td { overflow-wrap: anywhere; }
mark.hedge { background: var(--hedge-bg); color: var(--hedge-fg); }
mark.loaded { background: var(--loaded-bg); color: var(--loaded-fg); }

.warnings { background: var(--warn-bg); border: 1px solid var(--warn-line); border-radius: 8px; padding: 0.7rem 1rem 0.7rem 2.2rem; }
.warnings li { margin: 0.25rem 0; }
footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--line); font-size: 0.82rem; color: var(--muted); }

@media (max-width: 640px) {
  .page { padding: 1.5rem 0.9rem 3rem; }
  nav.toc { margin: 0 -0.9rem; padding: 0.5rem 0.9rem; }
  .values li, .statements li, .members li, .near li, .steps li { grid-template-columns: minmax(0, 1fr); }
  .agreement .bar { min-width: 4rem; }
  .agreement th, .agreement td { padding: 0.4rem 0.3rem; }
}
@media print {
  :root { --bg: #fff; --card: #fff; --fg: #000; --muted: #444; --line: #bbb; }
  body { font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  nav.toc, .toggle { display: none; }
  h2 { break-after: avoid; }
  .conflict-card, .update-card, .fact, .qgroup, .quote, .frame, .articles li { break-inside: avoid; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.8em; color: var(--muted); word-break: break-all; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** The page stylesheet: the base rules plus one class per outlet colour and stance. */
export function stylesheet(): string {
  const outlets = OUTLET_COLORS.map((c, i) => `.oc${i} { --c: ${c}; }`).join('\n');
  const stances = (Object.entries(STANCE_COLORS) as [Stance, string][])
    .map(([s, c]) => `.st-${s} { background: ${c}; }`)
    .join('\n');
  return `${BASE.trim()}\n${outlets}\n${stances}\n`;
}
