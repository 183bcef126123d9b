/**
 * Every documented cap on input size, in one place (docs/limits.md is the table). A larger input is refused with
 * an issue naming the cap (its path, what was received, the limit) before any costly work, so no request, message
 * or file can make a call take long or use much memory. The caps are far above anything a real Blue Alert needs.
 */

/**
 * Every documented cap on input size, in one object (docs/limits.md): request bytes, nesting, strings, positions,
 * polygons, circles and codes; message bytes, depth, elements, attributes and namespace declarations; certificates
 * in KeyInfo; the smallest circle; the years.
 * Request caps are checked by `parseRequest` (and so by every build); message caps by `parseCap`,
 * `validateCap` and `verifyCap`.
 *
 * @example
 * import { LIMITS } from 'blue-alert-cap';
 * if (JSON.stringify(request).length > LIMITS.requestBytes) console.error('too large to send');
 */
export const LIMITS = {
  /** A request, as JSON text in UTF-8 (strings, keys, numbers and punctuation counted). */
  requestBytes: 1_048_576,
  /** Nesting of arrays and objects in a request (a MultiPolygon position is 5 deep inside `area.geometry`). */
  requestDepth: 16,
  /** Characters (UTF-16 code units) in any one string of a request. */
  stringChars: 20_000,
  /** Positions in one GeoJSON ring (outer ring or hole), closing position included. */
  ringVertices: 10_000,
  /** Positions in all rings of `area.geometry` together. */
  totalVertices: 50_000,
  /** Polygons in a MultiPolygon (each becomes at least one CAP `<polygon>` of up to 100 pairs; 100 of them stay far under `messageBytes`). */
  polygons: 100,
  /** Rings of one polygon (the outer ring and its holes). */
  ringsPerPolygon: 100,
  /** Circles in `area.circles` (the schema also says 100). */
  circles: 100,
  /** Codes in `area.same` and `area.fips` together. */
  codes: 1_000,
  /** A CAP message given to `parseCap`, `validateCap` or `verifyCap`, in UTF-8 bytes (option `maxBytes`). */
  messageBytes: 1_048_576,
  /** Element nesting of a CAP message (option `maxDepth`); CAP needs 5, a signed message 7. */
  messageDepth: 32,
  /** Elements in a CAP message given to `parseCap` or `validateCap` (option `maxElements`). */
  messageElements: 50_000,
  /** A CAP message given to `signCap` or `verifyCap`, in UTF-8 bytes (option `maxBytes`): DOM and canonicalization cost ~0.3 µs and ~0.35 KB a byte. */
  signedMessageBytes: 458_752,
  /** Elements in a CAP message given to `signCap` or `verifyCap`: their DOM and canonicalization cost ~25 µs an element. */
  signedMessageElements: 5_000,
  /** Attributes in a whole CAP message given to `signCap` or `verifyCap`, namespace declarations included (CAP needs a few, the signature a dozen). */
  signedMessageAttributes: 1_000,
  /**
   * Characters of a CAP message given to `signCap` or `verifyCap` that canonical XML writes escaped or that stand
   * for one (`&`, `>`, `"`, carriage return; markup's own count too): the signature library escapes each with a
   * function call, ~1 µs apiece. A built message has a few hundred.
   */
  signedMessageEscapes: 50_000,
  /** CDATA sections in a CAP message given to `signCap` or `verifyCap`. */
  messageCdataSections: 1_000,
  /** Attributes on one element of a CAP message, namespace declarations included (option `maxAttributes`). */
  messageAttributes: 64,
  /** Distinct namespace bindings (prefix and URI) in a whole CAP message (option `maxNamespaceDeclarations`); a binding declared again counts once; CAP needs one or two. */
  messageNamespaceDeclarations: 64,
  /** Comments in a CAP message given to `signCap` or `verifyCap` (the signature library's comment removal grows with their square). */
  messageComments: 1_000,
  /**
   * Issues of one code that `validateCap` lists for one message; past it one more issue of that code says how
   * many more were found and where the first and last of them are (a hostile message of 45,000 unknown elements
   * gives 21 issues, not 45,000). Messages of the unlisted ones are never built.
   */
  issuesPerCode: 20,
  /** Earlier messages given to `updateBlueAlert` or `cancelBlueAlert` (CLI: files), counted before any is read. */
  previousMessages: 500,
  /** Earlier messages given as XML text, all together: characters (API; bytes of a Uint8Array), bytes of the files (CLI). */
  previousMessagesBytes: 4_194_304,
  /** X.509 certificates in a signature's `KeyInfo` (the signer and up to three CA certificates above it). */
  keyInfoCertificates: 4,
  /** The smallest CAP circle radius written, km (5 decimals): a smaller positive radius is rounded up to it. */
  minCircleRadiusKm: 0.00001,
  /** The smallest radius of the 64-sided polygon sent for a circle, km, so its vertices stay distinct at 5 decimals. */
  minCirclePolygonRadiusKm: 0.05,
  /** Earliest and latest year of any time given or written (CAP writes 4-digit years). */
  minYear: 1000,
  maxYear: 9999,
  /** How far after `sent` an incident or last-seen time may lie as clock skew (a warning); later is an error. */
  futureSkewMinutes: 15,
} as const;

/**
 * The names of the caps.
 *
 * @example
 * const k: LimitName = 'ringVertices';
 */
export type LimitName = keyof typeof LIMITS;
