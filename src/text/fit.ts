/**
 * Fitting text into a character budget by priority, never by cutting: a message is a list of segments in reading
 * order, each with a ladder of ever shorter variants. Abbreviations are tried first everywhere (no information is
 * lost), then content is shortened or dropped starting with the least important segment.
 */

/**
 * One step of a segment's ladder: the text, and whether reaching it loses information (`content`) or only
 * abbreviates (`abbrev`).
 *
 * @example
 * const v: SegmentVariant = { text: 'Do not approach.', kind: 'abbrev' };
 */
export interface SegmentVariant {
  readonly text: string;
  readonly kind: 'abbrev' | 'content';
  /** How important the information lost by stepping to this variant is (1 = most); default the segment's. */
  readonly priority?: number;
}

/**
 * One content level of a ladder: the text and the importance of what is lost when stepping down to it.
 *
 * @example
 * const l: Level = { text: 'Officer killed.', priority: 3 };
 */
export interface Level {
  readonly text: string;
  readonly priority?: number;
}

/**
 * A piece of a message. `priority` 1 is the most important; `required` segments are never dropped (their last
 * variant stays).
 *
 * @example
 * const s: Segment = { id: 'action', priority: 1, required: true, variants: [{ text: 'Do not approach. Call 911.', kind: 'content' }] };
 */
export interface Segment {
  readonly id: string;
  readonly priority: number;
  readonly required: boolean;
  /** Longest first. The first variant's `kind` is ignored. */
  readonly variants: readonly SegmentVariant[];
  /**
   * The label every variant starts with ("Suspect 2" in "Suspect 2: on foot."): two segments in a row with the same
   * label are said as one sentence ("Suspect 2: heading south on I-65, armed and dangerous.").
   */
  readonly label?: string;
}

/**
 * The result of fitting: the text and which segments were shortened or dropped.
 *
 * @example
 * const r: FitResult = fitSegments(segments, 90, (s) => s.length);
 * r.text.length <= 90; //=> true
 */
export interface FitResult {
  readonly text: string;
  readonly shortened: readonly string[];
  readonly dropped: readonly string[];
  /** True when even the shortest form did not fit and the text was cut at a word boundary. */
  readonly cut: boolean;
}

/**
 * Collapses runs of whitespace to one space and trims.
 *
 * @example
 * collapseSpaces('  a \n b  '); //=> 'a b'
 */
export function collapseSpaces(text: string): string {
  // already collapsed (almost all text): no space at either end, no run of spaces, no whitespace but the space
  // (the ends by char code and one simpler test: 1.4x faster than /\s\s|[^\S ]|^\s|\s$/ on a build's 160 calls)
  const n = text.length;
  if (n === 0 || (text.charCodeAt(0) !== 32 && text.charCodeAt(n - 1) !== 32 && !/ {2}|[^\S ]/.test(text))) return text;
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether a char code at or above U+00A0 is white space as `\s` reads it. */
function isOtherSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether the char code is white space as `\s` reads it. */
function isWhite(c: number): boolean {
  return c === 32 || (c < 33 ? c >= 9 && c <= 13 : c >= 0xa0 && isOtherSpace(c));
}

/** Dangling punctuation (`, ; : ( – -`) or white space: what a cut text must not end with. */
function isDangling(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 40 || c === 0x2013 || c === 45 || isWhite(c);
}

/**
 * Cuts `text` to at most `max` units (as counted by `measure`) at a word boundary, never inside a word, and drops
 * dangling punctuation; `marker` (e.g. `***`) is appended when something was cut and counts toward `max`.
 * Returns `''` when not even one word fits.
 *
 * @example
 * truncateWords('Do not approach the suspect', 18, (s) => s.length); //=> 'Do not approach'
 * truncateWords('Do not approach the suspect', 20, (s) => s.length, ' ***'); //=> 'Do not approach ***'
 */
export function truncateWords(
  text: string,
  max: number,
  measure: (s: string) => number = (s) => s.length,
  marker = '',
): string {
  if (measure(text) <= max) return text;
  // Words are added one at a time while the words so far, without their dangling end, and the marker fit. Each
  // candidate is a piece of `text` (its first word to the end of a word): positions are tracked and a candidate is
  // one slice (a string grown word by word and flattened for every word was quadratic in a long EAS description).
  let lead = 0; // leading spaces are empty words: the words start after them
  while (lead < text.length && text.charCodeAt(lead) === 32) lead++;
  let kept = lead; // end of the accepted words without their dangling end
  let trim = lead; // the same for the words so far (a word that is all dangling leaves it where it was)
  let from = lead; // start of the current word
  for (;;) {
    const space = text.indexOf(' ', from);
    const end = space < 0 ? text.length : space;
    let e = end;
    while (e > from && isDangling(text.charCodeAt(e - 1))) e--;
    if (e > from) trim = e;
    if (measure(text.slice(lead, trim) + marker) > max) break;
    kept = trim;
    if (space < 0) break;
    from = space + 1;
  }
  const out = text.slice(lead, kept);
  if (out === '') return measure(marker.trim()) <= max ? marker.trim() : '';
  return out + marker;
}

/**
 * Makes a ladder from content levels (longest first): each level is followed by its abbreviated form (via
 * `abbreviate`) when that differs; steps that are not strictly shorter are dropped (a dropped content step passes
 * its priority on to the next kept step, keeping the most important).
 *
 * `collapsed`: the levels' spaces are collapsed already (as `collapseSpaces` leaves them), so they are not scanned again.
 *
 * @example
 * ladder([{ text: 'Do not approach the suspect.' }, { text: 'Do not approach.', priority: 4 }], (s) => s.replace('Do not', "Don't"), (s) => s.length);
 */
export function ladder(
  levels: readonly (Level | string)[],
  abbreviate: (s: string) => string,
  measure: (s: string) => number,
  collapsed = false,
): SegmentVariant[] {
  // one pass: each step is measured once and compared with the last kept step
  const out: SegmentVariant[] = [];
  let lastLength = 0;
  let pending: number | undefined;
  let pendingContent = false;
  const step = (v: SegmentVariant): void => {
    const length = measure(v.text);
    if (out.length > 0 && length >= lastLength) {
      if (v.kind === 'content') {
        pendingContent = true;
        if (v.priority !== undefined) pending = pending === undefined ? v.priority : Math.min(pending, v.priority);
      }
      return;
    }
    if (out.length === 0 || !pendingContent) out.push(v);
    else {
      const pr = [pending, v.kind === 'content' ? v.priority : undefined].filter((x): x is number => x !== undefined);
      out.push({ text: v.text, kind: 'content', ...(pr.length > 0 ? { priority: Math.min(...pr) } : {}) });
    }
    lastLength = length;
    pendingContent = false;
    pending = undefined;
  };
  levels.forEach((lv, i) => {
    const level: Level = typeof lv === 'string' ? { text: lv } : lv;
    const t = collapsed ? level.text : collapseSpaces(level.text);
    if (t === '') return;
    step({ text: t, kind: i === 0 ? 'abbrev' : 'content', ...(level.priority === undefined ? {} : { priority: level.priority }) });
    const abbreviated = abbreviate(t);
    if (abbreviated === t) return; // nothing abbreviated (most levels): no second step
    const a = collapseSpaces(abbreviated);
    if (a !== t && a !== '') step({ text: a, kind: 'abbrev' });
  });
  return out;
}

/**
 * Fits segments into `max` units. Phase 1 applies abbreviation steps, least important segment first; phase 2
 * shortens content and drops optional segments, least important first. If even that is too long, the text is cut at
 * a word boundary (and `cut` is set). The result never exceeds `max` as counted by `measure`.
 *
 * @param segments - In reading order.
 * @param max - The budget (e.g. 90 or 360).
 * @param measure - Counts a string (e.g. `gsm7Length`).
 * @example
 * fitSegments([
 *   { id: 'a', priority: 1, required: true, variants: [{ text: 'BLUE ALERT: Officer killed.', kind: 'content' }] },
 *   { id: 'b', priority: 9, required: false, variants: [{ text: 'See example.gov/blue-alert for details.', kind: 'content' }] },
 * ], 40, (s) => s.length).text; //=> 'BLUE ALERT: Officer killed.'
 */
export function fitSegments(
  segments: readonly Segment[],
  max: number,
  measure: (s: string) => number,
): FitResult {
  const st = new FitState(segments, measure);
  // order of consideration: least important first; among equals, later in the text first
  const order = segments.map((s, i) => ({ s, i })).sort((a, b) => b.s.priority - a.s.priority || b.i - a.i);
  while (st.total() > max && abbrevStep(st, order));
  while (st.total() > max && contentStep(st));
  giveBack(st, max);
  let text = joinChosen(segments, st.state);
  let cut = false;
  if (measure(text) > max) {
    text = truncateWords(text, max, measure);
    cut = true;
  }
  const shortened: string[] = [];
  const dropped: string[] = [];
  segments.forEach((s, i) => {
    const k = st.state[i] ?? -1;
    if (k < 0) dropped.push(s.id);
    else if (k > 0) shortened.push(s.id);
  });
  return { text, shortened, dropped, cut };
}

/**
 * The chosen variants joined with spaces; a segment with the same label as the one before it continues that one's
 * sentence (reader review 19t T23: "Suspect 2: heading south on I-65. Suspect 2: armed and dangerous."). Merging only
 * shortens the text.
 */
function joinChosen(segments: readonly Segment[], state: readonly number[]): string {
  const parts: string[] = [];
  let lastLabel: string | undefined;
  segments.forEach((s, i) => {
    const k = state[i] ?? -1;
    const t = k < 0 ? '' : (s.variants[k]?.text ?? '');
    if (t === '') return;
    const prev = parts[parts.length - 1];
    const head = s.label === undefined ? '' : `${s.label}: `;
    if (prev !== undefined && s.label !== undefined && s.label === lastLabel && prev.endsWith('.') && prev.startsWith(head) && t.startsWith(head)) {
      parts[parts.length - 1] = `${prev.slice(0, -1)}, ${t.slice(head.length)}`;
      return;
    }
    parts.push(t);
    lastLabel = s.label;
  });
  return parts.join(' ');
}

/**
 * Which variant of each segment is chosen (-1 = dropped), and the length of the text they make, kept by arithmetic:
 * every variant is measured once; the length is the sum of the parts plus the spaces between them.
 */
class FitState {
  readonly segments: readonly Segment[];
  readonly state: number[];
  private readonly lengths: number[][];
  private sum = 0;
  private parts = 0;

  constructor(segments: readonly Segment[], measure: (s: string) => number) {
    this.segments = segments;
    this.lengths = segments.map((s) => s.variants.map((v) => (v.text === '' ? 0 : measure(v.text))));
    this.state = segments.map(() => 0);
    segments.forEach((_s, i) => {
      const l = this.lenOf(i, 0);
      this.sum += l;
      if (l > 0) this.parts += 1;
    });
  }

  private lenOf(i: number, k: number): number {
    return k < 0 ? 0 : (this.lengths[i]?.[k] ?? 0);
  }

  total(): number {
    return this.sum + Math.max(this.parts - 1, 0);
  }

  /** Chooses variant `to` of segment `i`. */
  move(i: number, to: number): void {
    const before = this.lenOf(i, this.state[i] ?? -1);
    const after = this.lenOf(i, to);
    this.sum += after - before;
    this.parts += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
    this.state[i] = to;
  }

  /** The total if segment `i` took variant `to`. */
  totalIf(i: number, to: number): number {
    const before = this.lenOf(i, this.state[i] ?? -1);
    const after = this.lenOf(i, to);
    const p = this.parts + (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
    return this.sum + after - before + Math.max(p - 1, 0);
  }
}

interface Step {
  readonly i: number;
  readonly to: number;
  readonly p: number;
}

/** Phase 1: one abbreviation step, least important segment first. */
function abbrevStep(st: FitState, order: readonly { s: Segment; i: number }[]): boolean {
  for (const { s, i } of order) {
    const k = st.state[i] ?? -1;
    if (k < 0) continue;
    const next = s.variants[k + 1];
    if (next !== undefined && next.kind === 'abbrev') {
      st.move(i, k + 1);
      return true;
    }
  }
  return false;
}

/** Phase 2: the step that loses the least important information (ties: later in the text). */
function contentStep(st: FitState): boolean {
  let best: Step | undefined;
  st.segments.forEach((s, i) => {
    const k = st.state[i] ?? -1;
    if (k < 0) return;
    const next = s.variants[k + 1];
    let cand: Step | undefined;
    if (next !== undefined) cand = { i, to: k + 1, p: next.kind === 'abbrev' ? Infinity : (next.priority ?? s.priority) };
    else if (!s.required) cand = { i, to: -1, p: s.priority };
    if (cand !== undefined && (best === undefined || cand.p >= best.p)) best = cand;
  });
  if (best === undefined) return false;
  st.move(best.i, best.to);
  return true;
}

/** Gives back what still fits: the most important lost information first, then abbreviations. */
function giveBack(st: FitState, max: number): void {
  for (;;) {
    let best: Step | undefined;
    st.segments.forEach((s, i) => {
      const k = st.state[i] ?? -1;
      let cand: Step | undefined;
      if (k > 0) {
        const v = s.variants[k];
        cand = { i, to: k - 1, p: v === undefined || v.kind === 'abbrev' ? Infinity : (v.priority ?? s.priority) };
      } else if (k < 0 && s.variants.length > 0) {
        cand = { i, to: s.variants.length - 1, p: s.priority };
      }
      if (cand === undefined) return;
      if (st.totalIf(i, cand.to) <= max && (best === undefined || cand.p < best.p)) best = cand;
    });
    if (best === undefined) return;
    st.move(best.i, best.to);
  }
}
