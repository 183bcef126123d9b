/**
 * The preview as HTML: one renderer for the CLI's `--html` file, the offline page and embedders. Pure: strings in,
 * string out; every text is escaped; no script, no external reference.
 */
import { escapeHtml as h } from './escape.js';
import { renderMap, MARK_WORDS, type MapCounty, type MapCountyLookup, type PreviewMap } from './map.js';
import type { CountyOutlines } from './outline-decode.js';
import type { CountedText, PreviewData, PreviewIssue } from './model.js';
import { PREVIEW_CSS } from './style.js';
import { table } from '../table.js';

/**
 * Options of `renderPreviewHtml` and `renderPreviewDocument`.
 *
 * @example
 * import { countyOutlines } from 'blue-alert-cap/preview/outlines';
 * import * as counties from 'blue-alert-cap/counties';
 * const options: RenderOptions = { outlines: countyOutlines(), counties };
 */
export interface RenderOptions {
  /** County outlines (`countyOutlines()` from `blue-alert-cap/preview/outlines`); without them the map shows the shapes only. */
  readonly outlines?: CountyOutlines | undefined;
  /** The county lookup (`blue-alert-cap/counties`), to mark counties the shapes meet that no SAME code names, and back. */
  readonly counties?: MapCountyLookup | undefined;
  /** A map drawn already (`renderMap`): used as is instead of drawing one. */
  readonly map?: PreviewMap | undefined;
}

const LANGUAGE_NAMES: Readonly<Record<string, string>> = table({ 'en-US': 'English', 'es-US': 'Spanish', en: 'English', es: 'Spanish' });
const language = (tag: string) => `${LANGUAGE_NAMES[tag] ?? tag}`;

function countLine(t: CountedText, unit: string): string {
  const over = t.count > t.limit;
  return `<div class="count${over ? ' over' : ''}">${t.count} of ${t.limit} ${unit}${over ? ` (${t.count - t.limit} too many)` : ''}</div>`;
}

function clockOf(sent: string | undefined): string {
  const m = /T(\d{2}):(\d{2})/.exec(sent ?? '');
  return m === null ? '12:00' : `${m[1]}:${m[2]}`;
}

function phone(lang: string, kind: 'wea90' | 'wea360', t: CountedText, clock: string): string {
  const label = kind === 'wea90' ? 'Short text (up to 90 characters): all phones' : 'Long text (up to 360 characters): newer phones';
  return `<figure class="phone" data-lang="${h(lang)}"><div class="screen"><div class="clock">${h(clock)}</div><div class="note"><b>Emergency alert</b><div class="wea-text" lang="${h(lang)}">${h(t.text)}</div></div>${countLine(t, 'characters')}<figcaption class="caption">${h(language(lang))}: ${h(label)}</figcaption></div></figure>`;
}

function phonesSection(d: PreviewData): string {
  const clock = clockOf(d.summary.sent);
  if (d.phones.length === 0) {
    const why = d.source === 'invalid' ? 'Nothing yet: fix the errors below first.' : 'No phone text: this message sends no Wireless Emergency Alert.';
    return `<h2>What phones will show</h2><div id="wea90"><p>${h(why)}</p></div><div id="wea360"></div>`;
  }
  const short = d.phones.flatMap((p) => (p.wea90 === undefined ? [] : [phone(p.language, 'wea90', p.wea90, clock)]));
  const long = d.phones.flatMap((p) => (p.wea360 === undefined ? [] : [phone(p.language, 'wea360', p.wea360, clock)]));
  return `<h2>What phones will show</h2><p>Wireless Emergency Alerts appear on every phone in the area with a loud tone. Characters are counted as phones count them.</p><div class="phone-kinds"><div><h3>Short message</h3><div id="wea90" class="phones">${short.join('')}</div></div><div><h3>Long message</h3><div id="wea360" class="phones">${long.join('')}</div></div></div>`;
}

function broadcastSection(d: PreviewData): string {
  const crawls = d.broadcast.eas.map((e) => `<h3>${h(language(e.language))}: text crawl</h3><div class="crawl" lang="${h(e.language)}">${h(e.text)}</div>${countLine(e, 'characters')}`);
  const header = d.broadcast.sameHeader === undefined ? '' : `<h3>Digital header (SAME) the stations' equipment receives</h3><p><code class="same-header">${h(d.broadcast.sameHeader)}</code></p>`;
  const none = crawls.length === 0 ? `<p>${d.source === 'invalid' ? 'Nothing yet: fix the errors below first.' : 'No broadcast text.'}</p>` : '';
  return `<h2>What TV and radio will show</h2><div id="eas">${none}${crawls.join('')}${header}</div>`;
}

function countyList(counties: readonly MapCounty[], mark: MapCounty['mark']): string {
  const list = counties.filter((c) => c.mark === mark);
  if (list.length === 0) return '';
  const items = list.map((c) => `<li data-fips="${h(c.fips)}">${h(c.name)} <span class="where">FIPS ${h(c.fips)}</span></li>`).join('');
  return `<h3>${list.length} ${list.length === 1 ? 'county' : 'counties'} ${h(MARK_WORDS[mark])}</h3><ul class="county-list ${mark}">${items}</ul>`;
}

function legend(map: PreviewMap, d: PreviewData): string {
  const items: string[] = [];
  const marks = new Set(map.counties.map((c) => c.mark));
  for (const m of ['named', 'unnamed', 'missed'] as const) if (marks.has(m)) items.push(`<li><span class="swatch ${m}"></span>County ${h(MARK_WORDS[m])}</li>`);
  if (d.area.polygons.length > 0) items.push('<li><span class="swatch polygon"></span>Alert polygon</li>');
  if (d.area.circles.length > 0) items.push('<li><span class="swatch polygon"></span>Alert circle</li>');
  if (d.area.reach !== undefined) items.push('<li><span class="swatch reach"></span>How far the suspect could have got (reach)</li>');
  if (d.area.lastSeen.length > 0) items.push('<li><span class="swatch last-seen"></span>Last seen</li>');
  items.push('<li>Dark lines: state lines and coasts</li>');
  return `<ul class="legend">${items.join('')}</ul>`;
}

function areaSection(d: PreviewData, options: RenderOptions): string {
  const map =
    options.map ??
    renderMap(
      { polygons: d.area.polygons, circles: d.area.circles, same: d.area.same, lastSeen: d.area.lastSeen, ...(d.area.reach === undefined ? {} : { reach: d.area.reach }) },
      { outlines: options.outlines, counties: options.counties },
    );
  const codes = d.area.same.length === 0 ? 'none' : d.area.same.map((c) => `<code>${h(c)}</code>`).join(' ');
  const facts = `<dl class="summary"><dt>Area description</dt><dd>${h(d.area.description || '(none)')}</dd><dt>SAME county codes</dt><dd>${codes}</dd><dt>Shapes</dt><dd>${d.area.polygons.length} polygon(s), ${d.area.circles.length} circle(s)</dd></dl>`;
  const svg = map.svg === '' ? '<p>No map: nothing to place on it.</p>' : map.svg;
  const note = map.note === '' ? '' : `<p class="map-note">${h(map.note)}</p>`;
  const lists = map.svg === '' ? '' : `${countyList(map.counties, 'unnamed')}${countyList(map.counties, 'missed')}`;
  return `<h2>Where the alert goes</h2>${facts}<div id="map">${svg}</div>${map.svg === '' ? '' : legend(map, d)}${note}${lists}`;
}

const STATUS_WORDS: Readonly<Record<string, string>> = table({ met: '✔ met', unmet: '✘ not met', unknown: '? not stated', 'not-applicable': '– does not apply' });

function checksSection(d: PreviewData): string {
  const parts: string[] = ['<h2>Checks before sending</h2>'];
  if (d.checklist !== undefined) {
    const c = d.checklist;
    parts.push(`<p><b>Activation criteria (${h(c.plan)} plan): ${c.qualifies ? 'the alert qualifies' : 'the alert does NOT qualify'}</b></p>`);
    parts.push(`<ul class="checks">${c.criteria.map((x) => `<li class="${h(x.status)}">${h(STATUS_WORDS[x.status] ?? x.status)}: ${h(x.text)}</li>`).join('')}</ul>`);
  }
  if (d.redactions.length > 0) {
    parts.push(`<h3>Kept out of the public message (${d.redactions.length})</h3><ul class="redactions">${d.redactions.map((r) => `<li><span class="where">${h(r.path)}</span>: ${h(r.reason)}</li>`).join('')}</ul>`);
  } else if (d.source === 'message') parts.push('<p>Nothing was redacted.</p>');
  return parts.join('');
}

function issueItem(i: PreviewIssue, capPaths: boolean): string {
  const where = i.path === '' ? (capPaths ? 'the message' : 'the request as a whole') : i.path;
  return `<li class="${h(i.severity)}" data-path="${h(i.path)}" data-code="${h(i.code)}"><span class="where">${h(where)}</span> ${h(i.message)}</li>`;
}

function issuesSection(d: PreviewData): string {
  const groups: [PreviewIssue['severity'], string][] = [
    ['error', 'Errors: these stop the alert; fix them first'],
    ['warning', 'Warnings: read before sending'],
    ['recommendation', 'Recommendations'],
  ];
  const body = groups
    .map(([sev, title]) => {
      const list = d.issues.filter((i) => i.severity === sev);
      return list.length === 0 ? '' : `<h3>${h(title)} (${list.length})</h3><ul class="issues">${list.map((i) => issueItem(i, d.source === 'cap')).join('')}</ul>`;
    })
    .join('');
  return `<div id="issues">${body === '' ? '<p>No errors or warnings.</p>' : body}</div>`;
}

function summarySection(d: PreviewData): string {
  const errors = d.issues.filter((i) => i.severity === 'error').length;
  const warnings = d.issues.filter((i) => i.severity === 'warning').length;
  const what = d.source === 'cap' ? 'This CAP message' : 'This alert';
  const banner = errors > 0
    ? `<div class="banner blocked">${what} cannot be sent: ${errors} error${errors === 1 ? '' : 's'} (listed under “Problems”).</div>`
    : `<div class="banner ready">${what} can be sent${warnings > 0 ? `, with ${warnings} warning${warnings === 1 ? '' : 's'} to read` : ''}.</div>`;
  const s = d.summary;
  const rows: [string, string | undefined][] = [
    ['Headline', s.headline],
    ['Type', [s.status, s.msgType, s.scope === undefined ? undefined : `scope ${s.scope}`].filter(Boolean).join(', ') || undefined],
    ['From', s.sender],
    ['Sent', s.sent],
    ['Expires', s.expires],
    ['Identifier', s.identifier],
  ];
  const dl = rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v ?? '')}</dd>`).join('');
  return `${banner}${dl === '' ? '' : `<dl class="summary">${dl}</dl>`}`;
}

/**
 * The preview as an HTML fragment (one `<div class="bac-preview">`; the styles are `PREVIEW_CSS`). Element ids:
 * `#wea90`, `#wea360`, `#eas`, `#map` (one `<svg>` when there is something to draw), `#issues`.
 *
 * @example
 * element.innerHTML = renderPreviewHtml(previewRequest(request, { now }), { outlines: countyOutlines(), counties });
 */
export function renderPreviewHtml(d: PreviewData, options: RenderOptions = {}): string {
  const xml = d.xml === undefined ? '' : `<details class="cap-xml"><summary>The CAP XML ${d.source === 'cap' ? 'that was checked' : 'that will be sent to IPAWS'} (for technical staff)</summary><pre class="xml">${h(d.xml)}</pre></details>`;
  return `<div class="bac-preview">${summarySection(d)}${phonesSection(d)}${broadcastSection(d)}${areaSection(d, options)}${checksSection(d)}<h2>Problems</h2>${issuesSection(d)}${xml}</div>`;
}

/**
 * The preview as a complete, self-contained HTML document: inline CSS and SVG, no script, no external reference
 * (`blue-alert preview --html`). Includes a Content-Security-Policy that forbids loading anything.
 *
 * @example
 * writeFileSync('preview.html', renderPreviewDocument(previewRequest(request, { now }), { outlines: countyOutlines(), counties }));
 */
export function renderPreviewDocument(d: PreviewData, options: RenderOptions = {}): string {
  const title = d.summary.headline ?? (d.source === 'cap' ? 'CAP message check' : 'Blue Alert preview');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: ${h(title)}</title>
<style>body{margin:1.5em}${PREVIEW_CSS}</style>
</head>
<body>
<h1 style="font:600 1.5em system-ui,sans-serif">Before you send: ${h(title)}</h1>
<div id="preview">${renderPreviewHtml(d, options)}</div>
</body>
</html>
`;
}
