/**
 * Character references as an HTML viewer reads them: numeric ("&#111;", "&#x6F;") and named ("&oacute;",
 * "&ntilde;", "&shy;", "&rsquo;"), shared by the redaction (which reads a text's references before it scans it) and
 * the leak guard (which reads every output's references before it counts tokens). A viewer shows "Ram&oacute;n"
 * as "Ramón", so both must read it so (red team 11: a name written with named references was published).
 *
 * The named references known here are the ones a name can be written with: every Latin letter with an accent
 * HTML names (acute, grave, circ, tilde, uml, cedil, ring, caron, macr, ogon, dot, breve, dblac; made from the
 * letter and its combining accent), the Latin letters of their own (ø, ß, ð, þ, æ, œ, ł, đ, ħ, ŧ, ŋ, ı, ĸ), the
 * invisible and space ones (shy, nbsp, zwj, zwnj, ZeroWidthSpace, NoBreak, thin and en spaces), the five XML
 * ones (amp, apos, quot, lt, gt) and common punctuation (dashes, typographic quotes, hellip, middot…). Like a
 * browser, the HTML 4 Latin-1 names are read without their semicolon too ("Ram&oacuten" is "Ramón").
 */
import { table as lookupTable } from '../table.js';

/** HTML's accent suffixes and the combining mark each stands for. */
const ACCENTS: readonly (readonly [string, string])[] = [
  ['acute', '\u0301'], ['grave', '\u0300'], ['circ', '\u0302'], ['tilde', '\u0303'], ['uml', '\u0308'], ['cedil', '\u0327'],
  ['ring', '\u030A'], ['caron', '\u030C'], ['macr', '\u0304'], ['ogon', '\u0328'], ['dot', '\u0307'], ['breve', '\u0306'],
  ['dblac', '\u030B'],
];

/** Named references for letters without an accent suffix, spaces, invisible characters and punctuation. */
const OTHER_NAMES: Readonly<Record<string, string>> = lookupTable({
  Oslash: 'Ø', oslash: 'ø', szlig: 'ß', ETH: 'Ð', eth: 'ð', THORN: 'Þ', thorn: 'þ', AElig: 'Æ', aelig: 'æ', OElig: 'Œ',
  oelig: 'œ', Lstrok: 'Ł', lstrok: 'ł', Dstrok: 'Đ', dstrok: 'đ', Hstrok: 'Ħ', hstrok: 'ħ', Tstrok: 'Ŧ', tstrok: 'ŧ',
  ENG: 'Ŋ', eng: 'ŋ', inodot: 'ı', imath: 'ı', kgreen: 'ĸ', Lmidot: 'Ŀ', lmidot: 'ŀ', napos: 'ŉ',
  nbsp: '\u00A0', shy: '\u00AD', zwj: '\u200D', zwnj: '\u200C', ZeroWidthSpace: '\u200B', NoBreak: '\u2060',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', numsp: '\u2007', puncsp: '\u2008', hairsp: '\u200A',
  amp: '&', apos: "'", quot: '"', lt: '<', gt: '>',
  ndash: '–', mdash: '—', dash: '‐', hyphen: '‐', minus: '−', rsquo: '’', lsquo: '‘', rsquor: '’', sbquo: '‚',
  ldquo: '“', rdquo: '”', bdquo: '„', hellip: '…', prime: '′', middot: '·', centerdot: '·', bull: '•', period: '.',
  comma: ',', colon: ':', semi: ';', excl: '!', quest: '?', lpar: '(', rpar: ')', lowbar: '_', sol: '/', bsol: '\\',
  num: '#', commat: '@', plus: '+', equals: '=', verbar: '|', grave: '`', acute: '´',
});

/** The named references (see the module comment), made once. */
function namedReferences(): { named: Map<string, string>; legacy: Set<string> } {
  const named = new Map<string, string>(Object.entries(OTHER_NAMES));
  const legacy = new Set(['Oslash', 'oslash', 'szlig', 'ETH', 'eth', 'THORN', 'thorn', 'AElig', 'aelig', 'nbsp', 'shy', 'amp', 'quot', 'lt', 'gt']);
  for (const base of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') {
    for (const [suffix, mark] of ACCENTS) {
      const ch = (base + mark).normalize('NFC');
      if ([...ch].length !== 1) continue;
      named.set(base + suffix, ch);
      if ((ch.codePointAt(0) as number) <= 0xff) legacy.add(base + suffix);
    }
  }
  return { named, legacy };
}

let table: { named: Map<string, string>; legacy: Set<string> } | undefined;

/**
 * The character a named reference stands for (`name` without "&" and ";"), or undefined when it is not known here.
 *
 * @example
 * namedReference('oacute'); //=> 'ó'
 * namedReference('shy');    //=> '\u00AD'
 */
export function namedReference(name: string): string | undefined {
  table ??= namedReferences();
  return table.named.get(name);
}

// "&#111;", "&#x6F;", "&oacute;", the semicolon optional (an HTML viewer reads "&#79kafor" as "Okafor" too);
// a digit run of at most 7 and a name of at most 32 characters: one bounded match per "&"
const REFERENCE = /&(?:#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}))|([A-Za-z][A-Za-z0-9]{0,31}))(;?)/g;

/** A named reference read as a browser reads it: whole with its semicolon, or a Latin-1 name as a prefix. */
function readNamed(name: string, semicolon: boolean): { ch: string; rest: string } | undefined {
  table ??= namedReferences();
  if (semicolon && table.named.has(name)) return { ch: table.named.get(name) as string, rest: '' };
  // "&oacuten", "&oacute" (no semicolon): the longest Latin-1 name it starts with
  for (let n = Math.min(name.length, 6); n >= 2; n--) {
    const head = name.slice(0, n);
    if (table.legacy.has(head)) return { ch: table.named.get(head) as string, rest: name.slice(n) + (semicolon ? ';' : '') };
  }
  return undefined;
}

/**
 * Reads the character references of a text as an HTML viewer would: numeric ones ("&#111;", "&#x6F;", with or
 * without the semicolon) and the named ones listed in the module comment. `accept` says which characters to
 * read (default: all); a reference it refuses, an unknown name or a number beyond Unicode stays as written.
 * `replace` may give what to write for an accepted character instead (the redaction writes invisible ones as
 * nothing). One pass: "&amp;oacute;" reads "&oacute;".
 *
 * @example
 * decodeReferences('Ram&oacute;n N&uacute;&ntilde;ez'); //=> 'Ramón Núñez'
 * decodeReferences('Ok&#97;for &amp; Co', (ch) => /\p{L}/u.test(ch)); //=> 'Okafor &amp; Co'
 */
export function decodeReferences(text: string, accept: (ch: string) => boolean = () => true, replace: (ch: string) => string = (ch) => ch): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (ref, hex: string | undefined, dec: string | undefined, name: string | undefined, semi: string) => {
    if (name !== undefined) {
      const read = readNamed(name, semi === ';');
      return read !== undefined && accept(read.ch) ? replace(read.ch) + read.rest : ref;
    }
    const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '', 10);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return ref;
    const ch = String.fromCodePoint(cp);
    return accept(ch) ? replace(ch) : ref;
  });
}
