/**
 * The preposition before a Spanish place: "en", "cerca de", "hacia" are added only to a place that has none of
 * its own ("detrás del Holiday Inn" takes nothing: never "en detrás del…"), joined as Spanish writes it ("del",
 * "al", "en la I-25"). A place marked "(en inglés: …)" is joined the way the English text joins it.
 */
import { leadsWithPrepositionEn } from './en.js';
import { table } from '../table.js';

/**
 * A Spanish place that opens with a preposition or a locative adverb, accented or not (the phone texts have no
 * accents): "en", "entre", "detrás de", "a lo largo de", "al norte de", "a 2 millas", "justo al norte de", …
 */
const LEADING_ES =
  /^(?:justo |muy |aproximadamente |posiblemente )?(?:en|entre|sobre|bajo|tras|hacia|hasta|desde|por|pasando|contra|frente|junto|cerca|detr[aá]s|debajo|encima|dentro|fuera|afuera|enfrente|delante|alrededor|antes|despu[eé]s|m[aá]s all[aá]|lejos|rumbo|a lo largo|al lado|a la altura|a (?:unas? |unos |aproximadamente )?\d|al (?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste))(?![\p{L}\p{N}])/iu;

/** A place that opens with a numbered road: "la I-25", "la PR-52", as a Spanish writer says it. */
const ROAD_CODE_START = /^(?:I|US|SR|SH|PR|FM|CR|Interstate)[- ]?\d/;

/** The English of a place marked "(en inglés: …)", else `undefined`. */
function markedEnglish(place: string): string | undefined {
  const m = /^\(en inglés: (.*)\)$/s.exec(place);
  return m === null ? undefined : m[1];
}

/**
 * Whether a Spanish place starts with its own preposition or locative adverb.
 *
 * @param place - A Spanish place phrase.
 * @returns `true` for "detrás del Holiday Inn", "a lo largo de la I-25", "a 2 millas al norte de Tucson".
 * @example
 * leadsWithPrepositionEs('detrás del Holiday Inn'); //=> true
 * leadsWithPrepositionEs('detras del Holiday Inn'); //=> true
 * leadsWithPrepositionEs('el estacionamiento del Walmart'); //=> false
 */
export function leadsWithPrepositionEs(place: string): boolean {
  return LEADING_ES.test(place);
}

/**
 * A preposition and a place without one, joined: "de el" -> "del", "a el" -> "al", "en I-25" -> "en la I-25".
 *
 * @param preposition - "en", "cerca de", "hacia", …
 * @param place - A place with no preposition of its own.
 * @returns The joined text, with a leading space.
 * @example
 * joinPlaceEs('cerca de', 'el estacionamiento 14'); //=> ' cerca del estacionamiento 14'
 * joinPlaceEs('en', 'PR-52 cerca de Cayey'); //=> ' en la PR-52 cerca de Cayey'
 */
export function joinPlaceEs(preposition: string, place: string): string {
  return ROAD_CODE_START.test(place) ? ` ${preposition} la ${place}` : contractEs(preposition, place);
}

/**
 * A preposition and a place joined with Spanish's contractions only ("de el" -> "del", "a el" -> "al"; "de El Paso"
 * is a name and stays), no article added: the phone texts' form.
 *
 * @example
 * contractEs('cerca de', 'el estacionamiento de Plaza Las Américas'); //=> ' cerca del estacionamiento de Plaza Las Américas'
 */
export function contractEs(preposition: string, place: string): string {
  const m = /^(.*\b)(de|a)$/.exec(preposition);
  if (m !== null && place.startsWith('el ')) return ` ${m[1] ?? ''}${m[2] === 'de' ? 'del' : 'al'} ${place.slice(3)}`;
  return ` ${preposition} ${place}`;
}

/**
 * A place as a phone text words it, a few characters shorter: a cross street "a la altura de" a road reads "en"
 * ("I-285 en dirección este en Moreland Ave"); the description keeps the full form.
 *
 * @param place - A Spanish place.
 * @returns The compact form (unchanged when it has neither).
 * @example
 * phonePlaceEs('I-285 en dirección este a la altura de Moreland Ave'); //=> 'I-285 en dirección este en Moreland Ave'
 */
export function phonePlaceEs(place: string): string {
  return place.replace(/ a la altura de /g, ' en ');
}

/**
 * A place after a preposition the sentence needs ("fue asesinado en …"): the place's own preposition when it has
 * one; a place marked "(en inglés: …)" takes none when its English has one ("behind the drive-thru").
 *
 * @param preposition - The sentence's preposition ("en", "cerca de").
 * @param place - The Spanish place, or the English marked "(en inglés: …)".
 * @param phone - A phone text: the compact form (`phonePlaceEs`), no article added.
 * @returns The text to append, with a leading space.
 * @example
 * placeAfterEs('en', 'detrás del Holiday Inn'); //=> ' detrás del Holiday Inn'
 * placeAfterEs('en', 'el Holiday Inn'); //=> ' en el Holiday Inn'
 * placeAfterEs('en', '(en inglés: behind the drive-thru)'); //=> ' (en inglés: behind the drive-thru)'
 */
export function placeAfterEs(preposition: string, place: string, phone = false): string {
  // a county or parish takes its article ("en el condado de Orange", "cerca de la parroquia de Orleans": reader
  // review 21t T20, "en Orange County")
  const unit = /^(condado|municipio|distrito|parroquia)s? de /u.exec(place);
  if (unit !== null) return contractEs(preposition, `${unit[1] === 'parroquia' ? 'la' : 'el'}${place.startsWith(`${unit[1] ?? ''}s `) ? 's' : ''} ${place}`).replace(' la parroquias', ' las parroquias').replace(' els ', ' los ');
  const english = markedEnglish(place);
  if (english !== undefined) return leadsWithPrepositionEn(english) ? ` ${place}` : ` ${preposition} ${place}`;
  if (leadsWithPrepositionEs(place)) return ` ${phone ? phonePlaceEs(place) : place}`;
  // (red team 13: "cerca de el estacionamiento" in the phone texts)
  return phone ? contractEs(preposition, phonePlaceEs(place)) : joinPlaceEs(preposition, place);
}

/**
 * Where someone was last seen, as the English says it: "en" for a place that already says where on it ("I-25 en
 * dirección sur a la altura de …", "… cerca de Cayey"), "cerca de" for a bare place, nothing for a place with its
 * own preposition. A marked English place follows the English rule (near / at in it: "en"; bare: "cerca de").
 *
 * @param place - The Spanish place, or the English marked "(en inglés: …)".
 * @param phone - A phone text: the compact form (`phonePlaceEs`), no article added.
 * @returns The text to append, with a leading space.
 * @example
 * nearPlaceEs('la salida 12'); //=> ' cerca de la salida 12'
 * nearPlaceEs('PR-52 cerca de Cayey'); //=> ' en la PR-52 cerca de Cayey'
 * nearPlaceEs('entre las salidas 3 y 4'); //=> ' entre las salidas 3 y 4'
 */
export function nearPlaceEs(place: string, phone = false): string {
  const english = markedEnglish(place);
  if (english !== undefined) {
    if (leadsWithPrepositionEn(english)) return ` ${place}`;
    return /\b(?:near|at)\b/i.test(english) ? ` en ${place}` : ` cerca de ${place}`;
  }
  return placeAfterEs(/\b(?:cerca|en|altura)\b/i.test(place) ? 'en' : 'cerca de', place, phone);
}

/**
 * Where a suspect may be going: "posiblemente hacia A o B"; a destination with its own preposition keeps it
 * ("posiblemente hacia Tucson o al norte de Nogales"), and a place that already says "hacia" takes no second one.
 *
 * @param destinations - Spanish places (or English marked "(en inglés: …)").
 * @returns The phrase.
 * @example
 * towardsEs(['Long Beach', 'la frontera con México']); //=> 'posiblemente hacia Long Beach o la frontera con México'
 * towardsEs(['Tucson', 'al norte de Nogales']); //=> 'posiblemente hacia Tucson o al norte de Nogales'
 */
export function towardsEs(destinations: readonly string[]): string {
  const own = (d: string): boolean => {
    const english = markedEnglish(d);
    return english !== undefined ? leadsWithPrepositionEn(english) : leadsWithPrepositionEs(d);
  };
  if (!destinations.some(own)) return `posiblemente hacia ${destinations.map((d) => (ROAD_CODE_START.test(d) ? `la ${d}` : d)).join(' o ')}`;
  return `posiblemente ${destinations.map((d) => (own(d) ? d : joinPlaceEs('hacia', d).trimStart())).join(' o ')}`;
}

/** English prepositions a kept place may open with, and what the Spanish texts write for them. */
const PREPOSITION_ES: Readonly<Record<string, readonly string[]>> = table({
  near: ['cerca de', 'cerca del'],
  toward: ['hacia', 'rumbo a'],
  towards: ['hacia', 'rumbo a'],
  at: ['en', 'a la altura de'],
  in: ['en'],
  on: ['en', 'por'],
  into: ['hacia', 'en'],
});

/**
 * The forms a Spanish text may give a folded English place phrase that opens with a preposition ("near aurora" ->
 * "cerca de aurora"). The privacy guard masks a kept place in these forms too, as it does its read-aloud forms: the
 * Spanish phone text says "cerca de Aurora" for a place the redaction kept as "near Aurora" (a place, not the
 * officer Aurora Hill). Nothing for a phrase without a leading preposition.
 *
 * @example
 * spanishForms('near aurora'); //=> ['cerca de aurora', 'cerca del aurora']
 * spanishForms('aurora, co'); //=> []
 */
export function spanishForms(folded: string): string[] {
  const space = folded.indexOf(' ');
  const es = space > 0 ? PREPOSITION_ES[folded.slice(0, space)] : undefined;
  if (es === undefined) return [];
  const rest = folded.slice(space + 1);
  return rest === '' ? [] : es.map((p) => `${p} ${rest}`);
}

/** "vistos por última vez en" -> "vistos en" (the phone text: seen where, the rest is in the description). */
const LAST_SEEN_ES = /\b([Vv]ist[oa]s?) por [uú]ltima vez\b/g;
/** "I-95 en dirección norte" -> "I-95 norte" (said so on Spanish-language radio and signs: "la I-95 norte"). */
const ROAD_HEADING_ES = /\b((?:I|US|SR|PR|CR|FM|SH|[A-Z]{2})[- ]?\d{1,4}[A-Z]?) en direcci[oó]n (norte|sur|este|oeste)\b/g;

/** `re`'s matches replaced by `to` of their groups, except where a match overlaps a protected term. */
function shortenOutside(text: string, re: RegExp, protect: readonly string[], to: (a: string, b: string) => string): string {
  const hits = protect.filter((p) => p !== '' && text.includes(p));
  const overlaps = (at: number, length: number): boolean =>
    hits.some((p) => {
      for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) if (i < at + length && at < i + p.length) return true;
      return false;
    });
  return text.replace(re, (m: string, a: string, b: string | number, at: number | string) =>
    overlaps(typeof b === 'number' ? b : Number(at), m.length) ? m : to(a, typeof b === 'string' ? b : ''),
  );
}

/**
 * Abbreviates Spanish phone text without losing a fact, after the shared table (`abbreviate`): "vistos por última
 * vez en" to "vistos en", and a road's "en dirección norte" to "norte" ("I-95 norte"). Text inside a `protect` term
 * (a name, a plate, the agency's direction) is left as written. Reader review 19t T18: the Spanish 360 dropped a
 * suspect vehicle's make, model and colour that these words made room for.
 *
 * @param text - Spanish text, already through `abbreviate`.
 * @param protect - Substrings to keep word for word.
 * @returns The text, never longer.
 * @example
 * abbreviateEs('Sospechosos 1 y 2: vistos por ultima vez en I-95 en direccion norte en Ives Dairy Rd.', []);
 * //=> 'Sospechosos 1 y 2: vistos en I-95 norte en Ives Dairy Rd.'
 */
export function abbreviateEs(text: string, protect: readonly string[]): string {
  let out = text;
  if (out.includes(' vez')) out = shortenOutside(out, LAST_SEEN_ES, protect, (seen) => seen);
  if (out.includes(' en direcci')) out = shortenOutside(out, ROAD_HEADING_ES, protect, (road, point) => `${road} ${point}`);
  return out;
}
