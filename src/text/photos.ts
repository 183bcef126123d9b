/**
 * Released photos as CAP `<resource>` elements: every suspect's `photoUrl`, and a missing officer's photo when the
 * redaction module releases it. Nothing is decided here about release: the officer's photo goes out only when
 * `officerRelease` says so and the public request still carries it.
 */
import type { BlueAlertRequest } from '../request/schema.js';
import { officerRelease } from '../redaction/redact.js';

/**
 * One released photo.
 *
 * @example
 * const p: PhotoResource = { resourceDesc: 'Photo of the suspect', mimeType: 'image/jpeg', uri: 'https://example.gov/s.jpg' };
 */
export interface PhotoResource {
  readonly resourceDesc: string;
  readonly mimeType: string;
  readonly uri: string;
}

const MIME: ReadonlyMap<string, string> = new Map([
  ['jpg', 'image/jpeg'],
  ['jpeg', 'image/jpeg'],
  ['jpe', 'image/jpeg'],
  ['png', 'image/png'],
  ['gif', 'image/gif'],
  ['webp', 'image/webp'],
  ['bmp', 'image/bmp'],
  ['tif', 'image/tiff'],
  ['tiff', 'image/tiff'],
  ['heic', 'image/heic'],
  ['heif', 'image/heif'],
  ['avif', 'image/avif'],
  ['svg', 'image/svg+xml'],
  ['pdf', 'application/pdf'],
  ['mp4', 'video/mp4'],
]);

/**
 * The MIME type of a URL from the extension of its path (query and fragment ignored); `application/octet-stream`
 * when the extension is missing or unknown (never a guess).
 *
 * @example
 * mimeTypeOfUrl('https://example.gov/photos/suspect.JPG?v=2'); //=> 'image/jpeg'
 * mimeTypeOfUrl('https://example.gov/photo'); //=> 'application/octet-stream'
 */
export function mimeTypeOfUrl(url: string): string {
  const path = url.replace(/[?#].*$/s, '').replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  if (dot < 0) return 'application/octet-stream';
  return MIME.get(last.slice(dot + 1).toLowerCase()) ?? 'application/octet-stream';
}

const DESC = {
  en: { suspect: 'Photo of the suspect', suspectN: (n: number) => `Photo of suspect ${n}`, officer: 'Photo of the missing officer', officerF: 'Photo of the missing officer' },
  es: { suspect: 'Foto del sospechoso', suspectN: (n: number) => `Foto del sospechoso ${n}`, officer: 'Foto del agente desaparecido', officerF: 'Foto de la agente desaparecida' },
} as const;

/**
 * The photo resources of a public (already redacted) request, described in `lang`.
 *
 * @param request - The public request.
 * @param lang - `en` or `es` (the `resourceDesc` language).
 * @returns The resources, suspects first in request order, then the officer.
 * @example
 * photoResources(publicRequest, 'en'); //=> [{ resourceDesc: 'Photo of the suspect', mimeType: 'image/jpeg', uri: 'https://…/s.jpg' }]
 */
export function photoResources(request: BlueAlertRequest, lang: 'en' | 'es'): PhotoResource[] {
  const d = DESC[lang];
  const out: PhotoResource[] = [];
  const n = request.suspects.length;
  request.suspects.forEach((s, i) => {
    if (s.photoUrl === undefined) return;
    out.push({ resourceDesc: n > 1 ? d.suspectN(i + 1) : d.suspect, mimeType: mimeTypeOfUrl(s.photoUrl), uri: s.photoUrl });
  });
  const o = request.officer;
  if (o?.photoUrl !== undefined && request.event === 'officer-missing' && officerRelease(request).photo) {
    const female = o.description?.sex !== undefined && /^(?:f|female|woman|mujer)$/i.test(o.description.sex.trim());
    out.push({ resourceDesc: female ? d.officerF : d.officer, mimeType: mimeTypeOfUrl(o.photoUrl), uri: o.photoUrl });
  }
  return out;
}
