/**
 * A suspect's direction of travel in Spanish: a compass point ("hacia el sur", "en dirección norte"), on foot ("a
 * pie"), a road ("por la I-25", "por Montana Ave") and where to ("rumbo a Fort Collins", "hacia Ciudad Juárez"),
 * in any order English gives them. Nothing English is left in: a part that cannot be read gives `undefined`.
 */

const COMPASS: ReadonlyMap<string, string> = new Map([
  ['north', 'norte'],
  ['south', 'sur'],
  ['east', 'este'],
  ['west', 'oeste'],
  ['northeast', 'noreste'],
  ['north-east', 'noreste'],
  ['northwest', 'noroeste'],
  ['north-west', 'noroeste'],
  ['southeast', 'sureste'],
  ['south-east', 'sureste'],
  ['southwest', 'suroeste'],
  ['south-west', 'suroeste'],
]);

const BOUND: ReadonlyMap<string, string> = new Map([
  ['nb', 'north'], ['sb', 'south'], ['eb', 'east'], ['wb', 'west'],
]);

/** The legacy shape: a compass point, "bound", and one road or destination ("north on I-25", "south toward Salinas"). */
const DIRECTION = /^(?:heading|headed|traveling|travelling|going|driving|fleeing|fled)?\s*(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(bound)?(?:\s+(on|toward|towards|to|via|along)\s+(\S.*))?$/i;
const ON_FOOT = /^(?:fled\s+|fleeing\s+|left\s+|running\s+)?on\s+foot$/i;
/** "on foot" anywhere in a direction ("fled on foot toward the river": reader review 19t T02). */
const ON_FOOT_ANY = /\bon\s+foot\b/i;

/** What may open a direction and says nothing of it: "last seen", "heading", "fled", "was driving". */
const LEAD = /^(?:last\s+seen\s+)?(?:(?:was\s+)?(?:heading|headed|traveling|travelling|going|driving|fleeing|fled|running|walking|moving|left|leaving)\s+)?/i;
const POINT = /^(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(bound)?\b\s*/i;
const POINT_SHORT = /^(nb|sb|eb|wb|[nsew]\/b)\b\s*/i;
const FOOT = /\bon\s+foot\b/i;
const TOWARD = /^(?:toward|towards|to|in\s+the\s+direction\s+of)\s+(\S.*)$/i;
const ROAD = /^(?:(?:on|via|along)\s+)?(\S.*?)(?:,?\s+(?:toward|towards|to)\s+(\S.*))?$/i;

/** A numbered road takes its article: "la I-25", "la PR-52". */
const ROAD_CODE = /^(?:I|US|SR|SH|PR|FM|CR|Interstate)[- ]?\d/;

/** A place that may stand in Spanish as written: a name (capitalised), not an English phrase ("the border"). */
function asName(place: string): string | undefined {
  return /^\p{Lu}/u.test(place) && !/^The\s/.test(place) ? place : undefined;
}

/** "rumbo a"/"hacia" and a place, contracted ("rumbo al aeropuerto"). */
function toPlace(word: string, place: string): string {
  if (word.endsWith(' a') && place.startsWith('el ')) return `${word}l ${place.slice(3)}`;
  return `${word} ${place}`;
}

/**
 * A direction of travel in Spanish: "east" gives "hacia el este", "north on Kamehameha Hwy" gives "hacia el norte
 * por Kamehameha Hwy", "south toward Salinas" gives "hacia el sur, rumbo a Salinas", "on foot" gives "a pie",
 * "fled south on foot" "a pie hacia el sur", "toward Ciudad Juárez" "hacia Ciudad Juárez".
 *
 * @param direction - The English direction.
 * @param place - Translates a road or destination (a name stands as written when it gives `undefined`).
 * @returns The Spanish, or `undefined` when some part of it cannot be read.
 * @example
 * directionEs('north on Kamehameha Hwy'); //=> 'hacia el norte por Kamehameha Hwy'
 * directionEs('heading north on I-25 toward Fort Collins'); //=> 'hacia el norte por la I-25, rumbo a Fort Collins'
 */
export function directionEs(direction: string, place: (text: string) => string | undefined = () => undefined): string | undefined {
  const d = direction.trim().replace(/\s+/g, ' ');
  if (ON_FOOT.test(d)) return 'a pie';
  const foot = FOOT.test(d);
  let rest = d.replace(FOOT, ' ').replace(/ {2,}/g, ' ').trim().replace(LEAD, '');
  const where = (x: string): string | undefined => place(x.trim()) ?? asName(x.trim());
  let head = '';
  const short = POINT_SHORT.exec(rest);
  const point = POINT.exec(rest);
  if (short !== null) {
    head = `en dirección ${COMPASS.get(BOUND.get(short[1]!.toLowerCase().replace('/', '')) ?? '') ?? ''}`;
    rest = rest.slice(short[0].length);
  } else if (point !== null) {
    const word = COMPASS.get(point[1]!.toLowerCase()) ?? '';
    head = point[2] !== undefined ? `en dirección ${word}` : `hacia el ${word}`;
    rest = rest.slice(point[0].length);
  }
  rest = rest.replace(LEAD, '').trim();
  let road = '';
  let dest = '';
  const toward = TOWARD.exec(rest);
  if (toward !== null) {
    const to = where(toward[1]!);
    if (to === undefined) return undefined;
    dest = to;
  } else if (rest !== '') {
    const m = ROAD.exec(rest);
    const r = m === null ? undefined : where(m[1]!);
    // a road with no "on" is one only after a heading and when it is a numbered road ("northbound I-25")
    const joined = /^(?:on|via|along)\s/i.test(rest) || (head !== '' && ROAD_CODE.test(rest));
    if (m === null || r === undefined || !joined) return undefined;
    road = `por ${ROAD_CODE.test(r) ? 'la ' : ''}${r}`;
    if (m[2] !== undefined) {
      const to = where(m[2]);
      if (to === undefined) return undefined;
      dest = to;
    }
  }
  const moving = [foot ? 'a pie' : '', head, road].filter((x) => x !== '').join(' ');
  if (moving === '' && dest === '') return undefined;
  if (dest === '') return moving;
  return moving === '' ? toPlace('hacia', dest) : `${moving}, ${toPlace('rumbo a', dest)}`;
}

/**
 * Whether a direction is only a compass word ("east", "eastbound", "heading east"): it says nothing without a road
 * or a destination.
 *
 * @example
 * isBareCompass('heading east'); //=> true
 * isBareCompass('north on I-25'); //=> false
 */
export function isBareCompass(direction: string): boolean {
  const m = DIRECTION.exec(direction.trim());
  return m !== null && m[3] === undefined;
}

/**
 * Whether a direction says the suspect is on foot.
 *
 * @example
 * isOnFoot('fled on foot'); //=> true
 * isOnFoot('fled on foot toward the Chattahoochee River'); //=> true
 */
export function isOnFoot(direction: string | undefined): boolean {
  return direction !== undefined && ON_FOOT_ANY.test(direction);
}
