/**
 * The stylesheet and the small client script, served from the app (server) or written beside
 * the pages (static site): no CDN, works offline. The script only toggles what the server
 * rendered; it never inserts markup (it writes with textContent), so it cannot turn report text
 * into code.
 */

export const CSS = `
:root { --fg: #1b1f24; --muted: #4b5563; --bg: #ffffff; --panel: #f4f6f8; --line: #d0d7de; --link: #0a4fb5;
  --focus: #b45309; --mark: #fff3a3; --mark-strong: #ffd84d; --ins: #d9f5dd; --ins-fg: #0f5132; --del: #fde2e1; --del-fg: #842029;
  --disputed: #a4161a; --agreed: #146c2e; --context: #4b5563; }
* { box-sizing: border-box; }
html { font-size: 100%; }
body { margin: 0; color: var(--fg); background: var(--bg); font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: var(--link); }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem; }
.skip:focus { left: .5rem; z-index: 10; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.top { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; justify-content: space-between; padding: .6rem 1rem; border-bottom: 1px solid var(--line); background: var(--panel); }
.brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; color: var(--fg); }
.search { display: flex; gap: .4rem; flex: 1 1 16rem; max-width: 32rem; }
.search input { flex: 1; min-width: 0; }
input, button { font: inherit; padding: .35rem .6rem; border: 1px solid #8c959f; border-radius: 4px; background: #fff; color: var(--fg); }
button { cursor: pointer; background: #eef2f6; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
main:focus { outline: none; }
.foot { max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: var(--muted); font-size: .9rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .5rem 0; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 0 0 .25rem; }
.muted, .hint, .legend { color: var(--muted); }
.hint, .legend { font-size: .92rem; }
.lede { color: var(--muted); }
.crumbs { font-size: .92rem; }
.toc ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: .5rem 0; }
.scroll { overflow-x: auto; max-width: 100%; position: relative; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--panel); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; font-size: .75rem; line-height: 1.2; padding: .1rem .4rem; border-radius: 999px; border: 1px solid currentColor; color: var(--muted); white-space: nowrap; }
.badge-disputed { color: var(--disputed); }
.badge-agreed, .badge-corroborated { color: var(--agreed); }
.badge-context, .badge-single-source { color: var(--context); }
.brief { padding-left: 1.4rem; }
.brief-item { margin: .4rem 0; position: relative; }
.sentence { all: unset; cursor: pointer; border-bottom: 2px dotted var(--link); }
.sentence:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.sentence[aria-expanded="true"] { background: var(--mark); }
.cites { margin: .4rem 0 .8rem; padding: .5rem .75rem; background: var(--panel); border-left: 4px solid var(--link); }
.brief-item:hover > .cites { display: block; }
.cites-list { margin: .25rem 0; padding-left: 1.1rem; font-size: .92rem; }
.excerpt { color: var(--muted); }
.matrix th[scope="row"] { min-width: 16rem; max-width: 28rem; font-weight: normal; position: sticky; left: 0; background: var(--bg); z-index: 1; box-shadow: 1px 0 0 var(--line); }
.matrix thead th:first-child { position: sticky; left: 0; z-index: 2; }
.matrix th.src { font-size: .8rem; white-space: nowrap; }
.matrix td { text-align: center; font-weight: 700; min-width: 2.2rem; }
.matrix td[title] { cursor: help; }
.cell-carries { background: #dbe9ff; color: #0b3d91; }
.cell-attributes { background: #e8e2f8; color: #4a2a8a; }
.cell-disputes { background: var(--del); color: var(--del-fg); }
.legend span { display: inline-block; min-width: 1.5rem; text-align: center; font-weight: 700; border-radius: 3px; }
.actor { font-weight: 600; }
.act { font-style: italic; color: var(--muted); }
.quote { border: 1px solid var(--line); border-radius: 6px; margin: .6rem 0; padding: .2rem .75rem; }
.quote > summary { cursor: pointer; padding: .4rem 0; }
.quote[open] > summary { border-bottom: 1px solid var(--line); margin-bottom: .5rem; }
.speaker { font-weight: 600; }
.variants { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); margin-bottom: .75rem; }
.variant { margin: 0; padding: .5rem .75rem; background: var(--panel); border-radius: 6px; }
.variant blockquote { margin: .4rem 0 0; }
ins { background: var(--ins); color: var(--ins-fg); text-decoration: underline; }
del { background: var(--del); color: var(--del-fg); text-decoration: line-through; }
.chart { margin: 0; overflow-x: auto; position: relative; }
.timeline-chart { width: 100%; min-width: 36rem; height: auto; display: block; }
.tl-axis, .tl-tick line { stroke: #57606a; stroke-width: 1.5; }
.tl-tick text { font-size: 11px; fill: #57606a; text-anchor: middle; }
.tl-mark circle, .tl-mark rect { fill: #2f6fdb; stroke: #0b3d91; stroke-width: 1.5; }
.tl-mark.conflict circle, .tl-mark.conflict rect { fill: #d1242f; stroke: #82071e; }
.tl-mark:focus-visible circle, .tl-mark:focus-visible rect { stroke: var(--focus); stroke-width: 4; }
.tl-mark:hover circle, .tl-mark:hover rect { stroke-width: 3; }
.tl-num { font-size: 9px; fill: #fff; text-anchor: middle; pointer-events: none; font-weight: 700; }
.timeline li { margin: .5rem 0; }
.timeline li:target { background: var(--mark); }
.timeline li.conflict > time { color: var(--disputed); font-weight: 700; }
.dispute { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; margin: .75rem 0; }
.dispute .reason { font-weight: 600; margin-top: 0; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: .75rem; }
.side { background: var(--panel); padding: .5rem .75rem; border-radius: 6px; }
.framing tr.loaded td { background: #fff8e6; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.report-text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1.05rem; line-height: 1.7; max-width: 46rem; }
mark.cited { background: var(--mark); color: inherit; border-bottom: 2px solid #c9a400; }
mark.cited.multi { background: var(--mark-strong); }
mark.cited.current { background: #ffb86b; box-shadow: 0 3px 0 var(--focus); }
.anchor { scroll-margin-top: 4rem; }
.removed, .cited-list { padding-left: 1.4rem; }
.cited-list li { margin: .2rem 0; }
.removed-text { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--panel); border-left: 4px solid #8c959f; padding: .5rem .75rem; font-size: .9rem; max-height: 20rem; overflow: auto; }
.upload { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.upload-result { display: block; width: 100%; white-space: pre-wrap; font-size: .92rem; }
.hits .snippet { margin: .2rem 0 .8rem; color: var(--muted); }
.search-full { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .5rem 0 1rem; }
.actors { columns: 16rem; padding-left: 1.2rem; }
.errors code { overflow-wrap: anywhere; }
@media (max-width: 40rem) {
  main { padding: .75rem; }
  h1 { font-size: 1.35rem; }
  .sides { grid-template-columns: 1fr; }
  .meta { grid-template-columns: 1fr; }
  .meta dd { margin-bottom: .4rem; }
  .matrix th[scope="row"] { min-width: 12rem; }
}
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
`;

export const JS = `'use strict';
(function () {
  function toggle(button, open) {
    var panel = document.getElementById(button.getAttribute('aria-controls') || '');
    if (!panel) return;
    var next = open === undefined ? button.getAttribute('aria-expanded') !== 'true' : open;
    button.setAttribute('aria-expanded', String(next));
    panel.hidden = !next;
  }
  document.addEventListener('click', function (ev) {
    var t = ev.target;
    var button = t && t.closest ? t.closest('button.sentence') : null;
    if (button) toggle(button);
  });
  document.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Escape') return;
    var open = document.querySelectorAll('button.sentence[aria-expanded="true"]');
    for (var i = 0; i < open.length; i++) toggle(open[i], false);
  });
  function showSpan() {
    var m = /^#c-(\\d+)-(\\d+)$/.exec(location.hash);
    var marks = document.querySelectorAll('mark.cited');
    for (var i = 0; i < marks.length; i++) {
      var mk = marks[i];
      var on = !!m && Number(mk.dataset.s) >= Number(m[1]) && Number(mk.dataset.e) <= Number(m[2]);
      mk.classList.toggle('current', on);
    }
  }
  window.addEventListener('hashchange', showSpan);
  document.addEventListener('DOMContentLoaded', showSpan);
  var form = document.querySelector('form.upload');
  if (form && window.fetch && window.FormData) {
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var out = form.querySelector('output');
      var say = function (s) { if (out) out.textContent = s; };
      say('Uploading and rebuilding…');
      fetch(form.getAttribute('action'), { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' } })
        .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
        .then(function (res) {
          var b = res.body || {};
          var lines = [];
          if (b.error) lines.push(String(b.error));
          (b.accepted || []).forEach(function (a) { lines.push('added ' + a.name); });
          (b.errors || []).forEach(function (e) { lines.push(e.name + ': ' + e.reason); });
          var n = function (k, one, many) { return k + ' ' + (k === 1 ? one : many); };
          if (b.summary) lines.push(n(b.summary.reports, 'report', 'reports') + ', ' + n(b.summary.stories, 'story', 'stories') + ' in the dossier. Reload to see them.');
          say(lines.join('\\n'));
        })
        .catch(function (err) { say('Upload failed: ' + err); });
    });
  }
})();
`;

/** The site icon: three points joined (a triangulation). */
export const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 4 L28 27 L4 27 Z" fill="none" stroke="#0a4fb5" stroke-width="3"/><circle cx="16" cy="4" r="3" fill="#a4161a"/><circle cx="28" cy="27" r="3" fill="#a4161a"/><circle cx="4" cy="27" r="3" fill="#a4161a"/></svg>';

/** Asset name → [content type, body]. The server serves only these names: no file system path. */
export const ASSETS: ReadonlyMap<string, { type: string; body: string }> = new Map([
  ['app.css', { type: 'text/css; charset=utf-8', body: CSS }],
  ['app.js', { type: 'text/javascript; charset=utf-8', body: JS }],
  ['icon.svg', { type: 'image/svg+xml', body: ICON }],
]);
