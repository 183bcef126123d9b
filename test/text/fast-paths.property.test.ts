/**
 * The text stage's fast paths (issue 18) against the plain definitions they replace, kept here as the specification:
 * `abbreviate` (one regular expression pass for the whole table) against one pass per table entry, `gsmText` against
 * `collapseSpaces(toGsm7(x))`, and the GSM length of converted text against its string length (what the fitting adds
 * up). Runs: FC_NUM_RUNS (default 300), seed FC_SEED (42).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { abbreviate } from '../../src/text/words.js';
import { gsm7Length, gsmText, isGsm7, toGsm7 } from '../../src/text/gsm.js';

const runs = { numRuns: Math.max(300, Number(process.env['FC_NUM_RUNS'] ?? 300)), seed: Number(process.env['FC_SEED'] ?? 42) };

// ---------------------------------------------------------------------------------------------------------------
// the specification of abbreviate: each table entry a global regular expression pass, in table order

const TABLE: [string, string][] = [
  ['Boulevard', 'Blvd'], ['Avenue', 'Ave'], ['Street', 'St'], ['Road', 'Rd'], ['Drive', 'Dr'], ['Highway', 'Hwy'],
  ['Parkway', 'Pkwy'], ['Lane', 'Ln'], ['Court', 'Ct'], ['Place', 'Pl'], ['Freeway', 'Fwy'], ['Expressway', 'Expy'],
  ['Mountain', 'Mtn'], ['North', 'N'], ['South', 'S'], ['East', 'E'], ['West', 'W'], ['northbound', 'NB'],
  ['southbound', 'SB'], ['eastbound', 'EB'], ['westbound', 'WB'], ['approximately', 'approx.'], ['pounds', 'lb'],
  ['feet', 'ft'], ['inches', 'in'], ['years old', 'yrs old'], ['Police Department', 'PD'], ["Sheriff's Office", 'SO'],
  ['Department', 'Dept'], ['Interstate ', 'I-'], ['License plate', 'Plate'], ['license plate', 'plate'], ['and', '&'],
  ['information', 'info'], ['Information', 'Info'],
];
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PASSES: [RegExp, string][] = TABLE.map(([from, to]) => {
  const tail = from.endsWith(' ') ? '' : '\\b';
  if (/^[NSEW]$/.test(to)) {
    return [new RegExp(`\\b${esc(from)} (?=Broadway\\b|[A-Z0-9][\\w'-]* (?:St|Street|Ave|Avenue|Blvd|Boulevard|Rd|Road|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|Highway)\\b)`, 'g'), `${to} `];
  }
  return [new RegExp(`\\b${esc(from)}${tail}`, 'g'), to];
});

/** A word of the table at the start of a word (a prefix: the gate before any pass). */
const ANY = new RegExp(`\\b(?:${TABLE.map(([from]) => esc(from)).join('|')})`);

function abbreviateSpec(text: string, protect: readonly string[] = []): string {
  if (/[\ue000-\uf8ff]/.test(text)) return text;
  if (!ANY.test(text)) return text;
  const kept: string[] = [];
  let out = text;
  for (const p of [...protect].filter((x) => x.trim() !== '').sort((a, b) => b.length - a.length)) {
    if (!out.includes(p)) continue;
    out = out.split(p).join(String.fromCharCode(0xe000 + kept.length));
    kept.push(p);
  }
  // a whitespace-delimited token holding "/", "@" or "www." is a link or an address: left whole
  out = out.replace(/\S+/g, (token) => {
    if (!token.includes('/') && !token.includes('@') && !token.toLowerCase().includes('www.')) return token;
    kept.push(token);
    return String.fromCharCode(0xe000 + kept.length - 1);
  });
  for (const [re, to] of PASSES) out = out.replace(re, to);
  // placeholders inside a kept token come back too
  for (let i = 0; i < 2; i++) out = out.replace(/[\ue000-\uf8ff]/g, (m) => kept[m.charCodeAt(0) - 0xe000] ?? m);
  return out.length <= text.length ? out : text;
}

/** Words of the table, street names and near misses (case, plural, glued to `_`, digits or accents). */
const WORDS = [
  ...TABLE.map(([from]) => from.trim()), ...TABLE.map(([, to]) => to.trim()),
  'north', 'NORTH', 'Northern', 'Eastbound', 'years', 'old', 'Police', 'Sheriff', "Sheriff's", 'Office', 'License', 'plate',
  'Interstate', 'Broadway', 'Broadways', 'Way', 'Colfax', 'Main', "O'Neil", 'Rio-Grande', 'Foo_Bar', '5th', '25', 'I-70',
  'Gate', 'Streets', 'Street_', '_Street', 'Avenue5', 'andy', 'sand', 'And', 'AND', 'informational', 'Departments',
  'José', 'Éast', 'Eastè', 'Ñ', 'de', 'y', 'calle', 'sur',
];
const SEPARATORS = [' ', ' ', ' ', ' ', '  ', ', ', '. ', '-', "'", '_', '/', '(', ')', '\u00e9', '\ue000', ''];
const wordyText = fc
  .array(fc.tuple(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) }), fc.constantFrom(...SEPARATORS)), { maxLength: 14 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('abbreviate: one pass for the table, as a pass per entry defines it', () => {
  it('gives the same text as the passes, in table order', () => {
    fc.assert(
      fc.property(wordyText, (text) => {
        expect(abbreviate(text)).toBe(abbreviateSpec(text));
      }),
      runs,
    );
  });
  it('leaves protected terms alone exactly as the passes do', () => {
    const withProtect = wordyText.chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(
          fc.oneof(
            fc.tuple(fc.nat(text.length), fc.nat(24)).map(([i, n]) => text.slice(i, i + n)),
            fc.constantFrom(...WORDS),
          ),
          { maxLength: 4 },
        ),
      ),
    );
    fc.assert(
      fc.property(withProtect, ([text, protect]) => {
        expect(abbreviate(text, protect)).toBe(abbreviateSpec(text, protect));
      }),
      runs,
    );
  });
  it('agrees on the street names and places of the documentation', () => {
    for (const t of [
      'North Broadway and West Colfax Avenue',
      'North Main Street',
      'North West Street',
      'East North Street, South Gate',
      'Interstate North Main Street and Interstate Interstate 25',
      'Denver Police Department, Police  Department, Departments',
      "Sheriff's Office, Sheriff's Offices, Sheriff’s Office",
      'approximately 180 pounds, 6 feet 2 inches, 30 years old',
      'License plate ABC, license plate, License Plate',
      'North Mountain Road, North O\'Neil Ave, North foo Street, North 5th St.',
    ]) {
      expect(abbreviate(t)).toBe(abbreviateSpec(t));
      expect(abbreviate(t, ['Main Street', 'Colfax'])).toBe(abbreviateSpec(t, ['Main Street', 'Colfax']));
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// whitespace and GSM fast paths

const SPACES = [' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085', '\u001f'];
const spacedText = fc
  .array(fc.oneof(fc.constantFrom(...SPACES), fc.constantFrom('a', 'Bé', 'x y', '“q”', '—', '😀', '[1]', '_'), fc.string({ maxLength: 4 })), { maxLength: 12 })
  .map((xs) => xs.join(''));

function collapseSpec(text: string): string {
  if (!/\s\s|[^\S ]|^\s|\s$/.test(text)) return text;
  return text.replace(/\s+/g, ' ').trim();
}

describe('gsmText and the GSM length of converted text', () => {
  it('gsmText is collapseSpaces(toGsm7(x)), and what it returns is counted by its length', () => {
    fc.assert(
      fc.property(fc.oneof(spacedText, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), wordyText), (text) => {
        const g = gsmText(text);
        expect(g).toBe(collapseSpec(toGsm7(text)));
        expect(isGsm7(g, { extension: false })).toBe(true);
        expect(gsm7Length(g)).toBe(g.length);
      }),
      runs,
    );
  });
  it('toGsm7 keeps plain ASCII text as it is', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\n\r\x20-\x5a\x5f\x61-\x7a]*$/), (text) => {
        expect(toGsm7(text)).toBe(text);
      }),
      runs,
    );
  });
});
