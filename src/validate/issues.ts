/**
 * The issue type of `validateCap` and its closed list of codes. Codes reuse google/cap-library's reason names
 * where one exists; the rest are ours (IPAWS checks Google lacks, and the reasons `parseCap` refuses a document).
 */
import type { IssueSeverity } from '../errors.js';
import type { CapParseErrorCode } from '../cap/parse.js';
import { LIMITS } from '../limits.js';

/**
 * Every code `validateCap` can report. Stable UPPER_SNAKE names; programs switch on them.
 *
 * @example
 * const code: CapIssueCode = 'CMAM_TEXT_TOO_LONG';
 */
export type CapIssueCode =
  // the document could not be read (same codes as CapParseError)
  | CapParseErrorCode
  // XML structure (what the CAP 1.2 schema enforces)
  | 'MISSING_REQUIRED_ELEMENT'
  | 'INVALID_SEQUENCE'
  | 'DUPLICATE_ELEMENT'
  | 'UNSUPPORTED_ELEMENT'
  | 'UNSUPPORTED_ATTRIBUTE'
  | 'INVALID_CHARACTERS'
  // values (schema types, patterns and enumerations)
  | 'INVALID_DATE'
  | 'INVALID_ENUM_VALUE'
  | 'INVALID_IDENTIFIER'
  | 'INVALID_SENDER'
  | 'INVALID_REFERENCES'
  | 'INVALID_CIRCLE'
  | 'INVALID_POLYGON'
  | 'INVALID_VALUE'
  | 'INVALID_LANGUAGE'
  // CAP 1.2 semantic rules
  | 'RESTRICTION_SCOPE_MISMATCH'
  | 'ADDRESSES_REQUIRED'
  | 'CIRCULAR_REFERENCE'
  | 'POSTDATED_REFERENCE'
  | 'SAME_TEXT_DIFFERENT_LANGUAGE'
  | 'INVALID_AREA'
  | 'INVALID_ALTITUDE_CEILING_RANGE'
  | 'INVALID_POLYGON_SELF_INTERSECTION'
  | 'INVALID_MIME_TYPE'
  | 'INVALID_URI'
  | 'RELATIVE_URI_MISSING_DEREF_URI'
  | 'INVALID_DEREF_URI'
  | 'INVALID_WEB'
  | 'EMPTY_ELEMENT'
  | 'TEXT_CONTAINS_HTML_ENTITIES'
  | 'TEXT_CONTAINS_HTML_TAGS'
  | 'EXPIRES_NOT_AFTER_SENT'
  | 'POLYGON_DEGENERATE'
  | 'UNBALANCED_QUOTE'
  // IPAWS profile v1.0 (Google's names)
  | 'SENT_INCLUDE_TIMEZONE_OFFSET'
  | 'VERSION_CODE_REQUIRED'
  | 'VERSION_CODE_WHITESPACE'
  | 'UPDATE_OR_CANCEL_MUST_REFERENCE'
  | 'EVENT_CODES_MUST_MATCH'
  | 'CATEGORIES_MUST_MATCH'
  | 'EXPIRES_IS_REQUIRED'
  | 'EXPIRES_INCLUDE_TIMEZONE_OFFSET'
  | 'SAME_EVENT_CODE_REQUIRED'
  | 'AREA_IS_REQUIRED'
  | 'INFO_EFFECTIVE_IS_IGNORED'
  | 'INFO_ONSET_IS_IGNORED'
  | 'INFO_DESCRIPTION_RECOMMENDED'
  | 'INFO_INSTRUCTION_RECOMMENDED'
  | 'AREA_SAME_GEOCODE_RECOMMENDED'
  // IPAWS: ours (profile schema, EAS and WEA rules Google lacks)
  | 'INFO_IS_REQUIRED'
  | 'EAS_ORG_REQUIRED'
  | 'INVALID_EAS_ORG'
  | 'INVALID_SAME_GEOCODE'
  | 'TOO_MANY_SAME_GEOCODES'
  | 'CMAM_TEXT_TOO_LONG'
  | 'CMAM_LONGTEXT_TOO_LONG'
  | 'CMAM_NOT_GSM7'
  | 'POLYGON_TOO_MANY_VERTICES'
  | 'WEA_HANDLING_MISMATCH'
  | 'INVALID_EAS_MUST_CARRY'
  | 'WEA_DURATION_OVER_24H'
  // IPAWS per-channel limits from a secondary source (capgo): warnings naming the channel
  | 'NWEM_CIRCLE'
  | 'NWEM_POLYGON_TOO_MANY_VERTICES'
  | 'WEA_TOO_MANY_SHAPES'
  | 'WEA_TOO_MANY_COORDINATES'
  | 'WEA_COORDINATE_PRECISION'
  | 'CMAM_RESTRICTED_CHARACTERS';

/**
 * One finding of `validateCap`: a stable code, a severity, an XPath-like path (`/alert/info[1]/area[2]/polygon[1]`;
 * repeatable elements carry a 1-based index, single ones none) and a message that says what is valid.
 *
 * @example
 * const i: CapIssue = { code: 'EXPIRES_IS_REQUIRED', severity: 'error', path: '/alert/info[1]/expires', message: '<expires> is required.' };
 */
export interface CapIssue {
  readonly code: CapIssueCode;
  readonly severity: IssueSeverity;
  readonly path: string;
  readonly message: string;
}

/** A path or message, or a function that builds it: called only when the issue is listed (see `IssueList`). */
export type Lazy = string | (() => string);

function text(v: Lazy): string {
  return typeof v === 'string' ? v : v();
}

const RANK: Readonly<Record<IssueSeverity, number>> = { error: 2, warning: 1, recommendation: 0 };

interface Unlisted {
  /** Where in `items` the summary issue stands (the place of the first unlisted issue). */
  readonly at: number;
  count: number;
  severity: IssueSeverity;
  readonly firstPath: string;
  lastPath: Lazy;
}

/**
 * Collects issues; a tiny helper so every check builds them the same way. At most `perCode` issues of one code
 * are listed (`LIMITS.issuesPerCode`); past that, one summary issue of the same code, at the place and path of
 * the first unlisted one, says how many more were found and the path of the last. Messages (and paths, when
 * given as functions) of unlisted issues are never built, so a message of 45,000 unknown elements costs 20
 * messages. Paths in `drop` (required elements found missing) are not reported again.
 *
 * @example
 * const out = new IssueList();
 * out.error('INVALID_DATE', '/alert/sent', 'Invalid <sent> …');
 * out.list(); //=> [{ code: 'INVALID_DATE', … }]
 */
export class IssueList {
  private readonly items: CapIssue[] = [];
  private readonly listed = new Map<CapIssueCode, number>();
  private readonly unlisted = new Map<CapIssueCode, Unlisted>();
  /** Paths whose later findings are dropped (set once the structure is checked). */
  drop: ReadonlySet<string> | undefined;

  private readonly perCode: number;

  constructor(perCode: number = LIMITS.issuesPerCode) {
    this.perCode = perCode;
  }

  add(code: CapIssueCode, severity: IssueSeverity, path: Lazy, message: Lazy): void {
    let p: string | undefined;
    if (this.drop !== undefined && this.drop.size > 0) {
      p = text(path);
      if (this.drop.has(p)) return;
    }
    const n = this.listed.get(code) ?? 0;
    if (n < this.perCode) {
      this.listed.set(code, n + 1);
      this.items.push({ code, severity, path: p ?? text(path), message: text(message) });
      return;
    }
    const u = this.unlisted.get(code);
    if (u === undefined) {
      const first = p ?? text(path);
      this.unlisted.set(code, { at: this.items.length, count: 1, severity, firstPath: first, lastPath: first });
      // a placeholder, replaced by the summary in list()
      this.items.push({ code, severity, path: first, message: '' });
    } else {
      u.count++;
      u.lastPath = p ?? path;
      if (RANK[severity] > RANK[u.severity]) u.severity = severity;
    }
  }
  error(code: CapIssueCode, path: Lazy, message: Lazy): void {
    this.add(code, 'error', path, message);
  }
  warning(code: CapIssueCode, path: Lazy, message: Lazy): void {
    this.add(code, 'warning', path, message);
  }
  recommend(code: CapIssueCode, path: Lazy, message: Lazy): void {
    this.add(code, 'recommendation', path, message);
  }

  /** The issues in the order found, each code's summary (when some were not listed) in place. */
  list(): CapIssue[] {
    const out = this.items.slice();
    for (const [code, u] of this.unlisted) {
      const last = text(u.lastPath);
      const where = u.count === 1 ? `at ${u.firstPath}` : `the first at ${u.firstPath}, the last at ${last}`;
      out[u.at] = {
        code,
        severity: u.severity,
        path: u.firstPath,
        message: `${u.count.toLocaleString('en-US')} more ${code} issue${u.count === 1 ? ' was' : 's were'} found and not listed (${where}): only the first ${this.perCode} issues of a code are listed. Fix those and validate again.`,
      };
    }
    return out;
  }
}
