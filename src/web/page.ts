/**
 * The offline page's script (inlined into `dist/web/index.html` by `scripts/build-web.mjs`, a classic script): type
 * or paste a request, or a CAP message, and see the preview re-rendered on every keystroke. The county data
 * (`counties.js`, next to the page) is injected as a classic script the first time a map is drawn. Nothing is sent
 * anywhere: the page's Content-Security-Policy forbids every connection.
 */
import { escapeHtml, PREVIEW_CSS, previewOfCap, previewOfIssues, previewRequest, renderPreviewHtml, type PreviewData } from '../preview/index.js';
import type { CountyData } from './county-data.js';
import { jsonPathLines, lineForPath } from './locate.js';

declare const EXAMPLE_REQUEST: string;

type Mode = 'request' | 'cap';

const state: { mode: Mode; counties?: CountyData; loading?: Promise<void>; loadFailed: boolean; xml: string | undefined; identifier: string | undefined } = {
  xml: undefined,
  identifier: undefined,
  mode: 'request',
  loadFailed: false,
};

function el<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`#${id} is missing from the page`);
  return found as T;
}

/** Loads counties.js (a classic script next to the page) once; re-renders when it has loaded. */
function loadCounties(): void {
  if (state.counties !== undefined || state.loading !== undefined || state.loadFailed) return;
  state.loading = new Promise<void>((resolve) => {
    const script = document.createElement('script');
    script.src = 'counties.js';
    script.onload = () => {
      const loaded = (globalThis as { blueAlertCountyData?: CountyData }).blueAlertCountyData;
      if (loaded === undefined) state.loadFailed = true;
      else state.counties = loaded;
      resolve();
      render();
    };
    script.onerror = () => {
      state.loadFailed = true;
      resolve();
      render();
    };
    document.head.append(script);
  });
}

function jsonError(text: string, e: unknown): PreviewData {
  const message = e instanceof Error ? e.message : String(e);
  const at = /position (\d+)/.exec(message);
  let where = '';
  if (at !== null) {
    const before = text.slice(0, Number(at[1]));
    where = ` (line ${before.split('\n').length}, column ${before.length - before.lastIndexOf('\n')})`;
  }
  return previewOfIssues([{ severity: 'error', code: 'invalid_request', path: '', message: `The request is not valid JSON${where}. Check for a missing comma, quote or bracket.` }]);
}

function hasArea(value: unknown): boolean {
  const area = (value as { area?: unknown } | null)?.area;
  return typeof area === 'object' && area !== null;
}

function requestPreview(text: string): PreviewData {
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch (e) {
    return jsonError(text, e);
  }
  if (hasArea(request)) loadCounties();
  const now = el<HTMLInputElement>('now').value.trim();
  const identifier = el<HTMLInputElement>('identifier').value.trim();
  const useCounties = el<HTMLInputElement>('use-counties').checked;
  return previewRequest(request, {
    ...(now === '' ? {} : { now }),
    ...(identifier === '' ? {} : { identifier }),
    ...(useCounties && state.counties !== undefined ? { counties: state.counties.countyLookup } : {}),
  });
}

function fieldNotes(text: string, data: PreviewData): string {
  if (state.mode !== 'request' || data.issues.length === 0) return '';
  const lines = jsonPathLines(text);
  const items = data.issues.map((i) => {
    const line = lineForPath(lines, i.path);
    const where = line === undefined ? '' : `<b>line ${line}</b> `;
    return `<li class="${escapeHtml(i.severity)}" data-path="${escapeHtml(i.path)}"${line === undefined ? '' : ` data-line="${line}"`}>${where}<code>${escapeHtml(i.path || '(whole request)')}</code>: ${escapeHtml(i.message)}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

function render(): void {
  const text = (state.mode === 'request' ? el<HTMLTextAreaElement>('request-json') : el<HTMLTextAreaElement>('cap-xml')).value;
  const target = el('preview');
  if (text.trim() === '') {
    target.innerHTML = `<div class="bac-preview"><p class="empty">${state.mode === 'request' ? 'Type or paste a Blue Alert request (JSON) on the left, or load the example.' : 'Paste a CAP message (XML) to check it.'}</p><div id="wea90"></div><div id="wea360"></div><div id="eas"></div><div id="map"></div><div id="issues"></div></div>`;
    el('field-issues').innerHTML = '';
    setXml(undefined, undefined);
    return;
  }
  let data: PreviewData;
  if (state.mode === 'request') data = requestPreview(text);
  else {
    data = previewOfCap(text);
    if (data.area.polygons.length + data.area.circles.length + data.area.same.length > 0) loadCounties();
  }
  const counties = state.counties;
  target.innerHTML = renderPreviewHtml(data, counties === undefined ? {} : { outlines: counties.countyOutlines(), counties });
  if (state.loadFailed) target.querySelector('#map')?.insertAdjacentHTML('afterend', '<p class="map-note">The county data (counties.js, next to this page) could not be loaded: the map shows the alert shapes only.</p>');
  el('field-issues').innerHTML = fieldNotes(text, data);
  setXml(data.source === 'message' ? data.xml : undefined, data.summary.identifier);
}

function setXml(xml: string | undefined, identifier: string | undefined): void {
  state.xml = xml;
  state.identifier = identifier;
  el<HTMLButtonElement>('download-xml').disabled = xml === undefined;
}

function download(): void {
  if (state.xml === undefined) return;
  const blob = new Blob([state.xml], { type: 'application/xml' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${(state.identifier ?? 'blue-alert').replace(/[^A-Za-z0-9._-]/g, '_')}.xml`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function setMode(mode: Mode): void {
  state.mode = mode;
  document.body.dataset['mode'] = mode;
  render();
}

function start(): void {
  const style = document.createElement('style');
  style.textContent = PREVIEW_CSS;
  document.head.append(style);
  el('request-json').addEventListener('input', () => setMode('request'));
  el('cap-xml').addEventListener('input', () => setMode('cap'));
  for (const id of ['now', 'identifier', 'use-counties']) el(id).addEventListener('input', () => setMode('request'));
  el('download-xml').addEventListener('click', download);
  el('load-example').addEventListener('click', () => {
    el<HTMLTextAreaElement>('request-json').value = EXAMPLE_REQUEST;
    setMode('request');
  });
  render();
}

start();
