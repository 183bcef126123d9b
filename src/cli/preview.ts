/**
 * `blue-alert preview`: what will go out, laid out for a person to read before sending.
 */
import { createRequire } from 'node:module';
import type { BlueAlertMessage, BuildOptions } from '../build.js';
import { formatIssues, type BlueAlertIssue } from '../errors.js';
import type * as PreviewModule from '../preview/index.js';
import type * as OutlinesModule from '../preview/outlines.js';
import type * as CountiesModule from '../counties/index.js';
import { writeAtomic } from './write.js';
import type { AlertText } from '../text/compose.js';
import { gsm7Length } from '../text/gsm.js';

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line.length > 0 && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line.length > 0 ? `${line} ${w}` : w;
  }
  if (line.length > 0) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

function textSection(lang: string, t: AlertText): string[] {
  return [
    `WEA 90 (${lang}): ${gsm7Length(t.wea90)} of 90 characters`,
    wrap(t.wea90, 72, '  '),
    '',
    `WEA 360 (${lang}): ${gsm7Length(t.wea360)} of 360 characters`,
    wrap(t.wea360, 72, '  '),
    '',
    `EAS text (${lang}): ${t.eas.length} of 1800 characters`,
    wrap(t.eas, 72, '  '),
    '',
    `Headline (${lang}): ${t.headline}`,
    '',
  ];
}

interface Point {
  lat: number;
  lon: number;
}

function parsePairs(polygon: string): Point[] {
  return polygon
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [lat, lon] = pair.split(',').map(Number);
      return { lat: lat ?? 0, lon: lon ?? 0 };
    });
}

/** A circle as a ring of points (for the map only: plain spherical offsets are accurate enough on screen). */
function circlePoints(circle: string): Point[] {
  const [center, radius] = circle.trim().split(/\s+/);
  const [lat, lon] = (center ?? '0,0').split(',').map(Number);
  const km = Number(radius);
  const pts: Point[] = [];
  for (let i = 0; i < 48; i++) {
    const a = (i / 48) * 2 * Math.PI;
    const dLat = (km / 111.32) * Math.cos(a);
    const dLon = (km / (111.32 * Math.cos(((lat ?? 0) * Math.PI) / 180))) * Math.sin(a);
    pts.push({ lat: (lat ?? 0) + dLat, lon: (lon ?? 0) + dLon });
  }
  pts.push(pts[0]!);
  return pts;
}

/**
 * A small text map of the alert's polygons (`#` edges) and circles (`o` edges) in their bounding box.
 *
 * @example
 * textMap(['39.6,-105.1 39.6,-104.6 39.9,-104.6 39.6,-105.1'], []);
 */
export function textMap(polygons: readonly string[], circles: readonly string[], width = 60, height = 18): string[] {
  const shapes: { mark: string; pts: Point[] }[] = [
    ...polygons.map((p) => ({ mark: '#', pts: parsePairs(p) })),
    ...circles.map((c) => ({ mark: 'o', pts: circlePoints(c) })),
  ];
  if (shapes.length === 0) return [];
  const all = shapes.flatMap((s) => s.pts);
  const minLat = Math.min(...all.map((p) => p.lat));
  const maxLat = Math.max(...all.map((p) => p.lat));
  const minLon = Math.min(...all.map((p) => p.lon));
  const maxLon = Math.max(...all.map((p) => p.lon));
  const grid = Array.from({ length: height }, () => Array.from({ length: width }, () => ' '));
  const put = (p: Point, mark: string) => {
    const x = Math.round(((p.lon - minLon) / (maxLon - minLon || 1)) * (width - 1));
    const y = Math.round(((maxLat - p.lat) / (maxLat - minLat || 1)) * (height - 1));
    const row = grid[y];
    if (row !== undefined && x >= 0 && x < width) row[x] = mark;
  };
  for (const s of shapes) {
    for (let i = 0; i + 1 < s.pts.length; i++) {
      const a = s.pts[i]!;
      const b = s.pts[i + 1]!;
      const steps = 2 * (width + height);
      for (let k = 0; k <= steps; k++) put({ lat: a.lat + ((b.lat - a.lat) * k) / steps, lon: a.lon + ((b.lon - a.lon) * k) / steps }, s.mark);
    }
  }
  const border = `  +${'-'.repeat(width)}+`;
  return [
    `  ${maxLat.toFixed(2)}N`,
    border,
    ...grid.map((r) => `  |${r.join('')}|`),
    border,
    `  ${minLat.toFixed(2)}N   lon ${minLon.toFixed(2)} .. ${maxLon.toFixed(2)}   (# polygon, o circle)`,
  ];
}

/**
 * Renders a built message for a person: WEA texts with their counts, EAS text and SAME header, the areas with a
 * text map, the activation check, redactions and warnings.
 *
 * @example
 * process.stdout.write(renderPreview(buildBlueAlert(request, { now })));
 */
export function renderPreview(m: BlueAlertMessage): string {
  const info = m.alert.info[0];
  const out: string[] = [
    `BLUE ALERT PREVIEW   ${m.alert.status} ${m.alert.msgType}, scope ${m.alert.scope}, identifier ${m.identifier}`,
    `Sent ${m.sent}   Expires ${m.expires}`,
    `From ${info?.senderName ?? m.alert.sender}`,
    '',
    ...textSection('en-US', m.text),
    ...(m.text.es === undefined ? [] : textSection('es-US', m.text.es)),
    `SAME header: ${m.sameHeader}`,
    '',
    `Area: ${m.area.areaDesc}`,
    `  SAME codes (${m.area.same.length}): ${m.area.same.join(' ') || '(none)'}`,
    ...m.area.circles.map((c) => `  circle: ${c} km`),
    ...m.area.polygons.map((p, i) => `  polygon ${i + 1}: ${p.trim().split(/\s+/).length} points`),
    ...textMap(m.area.polygons, m.area.circles),
    '',
    `Activation (${m.activation.plan}): ${m.activation.qualifies ? 'qualifies' : 'DOES NOT QUALIFY'}`,
    ...m.activation.criteria.map((c) => `  [${c.status}] ${c.text}`),
    '',
    `Redactions (${m.redactions.length}):`,
    ...m.redactions.map((r) => `  ${r.path}: ${r.reason}`),
    '',
    `Warnings (${m.warnings.length}):`,
    ...m.warnings.map((w) => `  ${w.path || '(request)'}: ${w.message} (${w.code})`),
    '',
  ];
  return out.join('\n');
}

/**
 * What `blue-alert preview` was asked for besides the text preview.
 *
 * @example
 * const o: PreviewOutput = { html: 'preview.html', json: false };
 */
export interface PreviewOutput {
  /** Write the self-contained HTML preview here (whole or not at all). */
  readonly html?: string | undefined;
  /** Print the preview as JSON (`PreviewData`) on standard output. */
  readonly json: boolean;
}

/** The preview renderer, county outlines and county lookup, loaded only when an HTML or JSON preview is asked for. */
function loadPreviewModules(): { preview: typeof PreviewModule; outlines: typeof OutlinesModule; counties: typeof CountiesModule } {
  const load = createRequire(__filename);
  return {
    preview: load('./preview.cjs') as typeof PreviewModule,
    outlines: load('./preview-outlines.cjs') as typeof OutlinesModule,
    counties: load('./counties.cjs') as typeof CountiesModule,
  };
}

/**
 * Runs `blue-alert preview --html FILE` / `--json`: builds without throwing, writes the HTML atomically (errors
 * included, so they can be read there too) or prints the data, reports errors on standard error. Returns the exit
 * code: 0 when the alert builds, 1 when it has errors.
 *
 * @example
 * runPreviewOutput(request, { now: '2026-11-22T14:20:00-07:00' }, { html: 'preview.html', json: false }, process);
 */
export function runPreviewOutput(
  request: unknown,
  options: BuildOptions,
  output: PreviewOutput,
  io: { readonly stdout: { write(s: string): unknown }; readonly stderr: { write(s: string): unknown } },
): number {
  const { preview, outlines, counties } = loadPreviewModules();
  const data = preview.previewRequest(request, options);
  const errors = data.issues.filter((i) => i.severity === 'error');
  // the page first: when it cannot be written, stdout carries only the failure (one JSON document under --json)
  if (output.html !== undefined) {
    writeAtomic(output.html, preview.renderPreviewDocument(data, { outlines: outlines.countyOutlines(), counties }), [], '--html');
    if (!output.json) io.stdout.write(`Preview written to the --html file${errors.length > 0 ? ` (${errors.length} error${errors.length === 1 ? '' : 's'}: the alert cannot be sent)` : ''}\n`);
  }
  if (output.json) io.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  if (errors.length > 0) {
    io.stderr.write(`${formatIssues(errors as unknown as readonly BlueAlertIssue[])}\n`);
    return 1;
  }
  for (const w of data.issues) io.stderr.write(`${w.severity}: ${w.path || '(request)'}: ${w.message} (${w.code})\n`);
  return 0;
}
