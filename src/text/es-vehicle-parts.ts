/**
 * A vehicle's distinguishing features in Spanish, for the common ways agencies write them: "dented tailgate" gives
 * "compuerta trasera abollada", "missing rear bumper" "sin parachoques trasero", "tinted windows" "ventanas
 * polarizadas", "damage to the front end" "daños en la parte delantera". All or nothing, like `es-wear.ts`: a value
 * with one word the tables do not know is not translated (`undefined`).
 */
import { COLOR_WORDS, colorsFor, listEs, noun as n, placedEs, plural, type Noun } from './es-nouns.js';

/** Parts of a car, and the sides and ends a feature is on. */
const PARTS: ReadonlyMap<string, Noun> = new Map([
  ['tailgate', n('compuerta trasera', 'f')],
  ['bumper', n('parachoques', 'm')], ['front bumper', n('parachoques delantero', 'm')], ['rear bumper', n('parachoques trasero', 'm')],
  ['back bumper', n('parachoques trasero', 'm')], ['bumpers', n('parachoques', 'm', true)],
  ['windshield', n('parabrisas', 'm')], ['window', n('ventana', 'f')], ['windows', n('ventanas', 'f', true)],
  ['rear window', n('ventana trasera', 'f')], ['back window', n('ventana trasera', 'f')],
  ['taillight', n('luz trasera', 'f')], ['tail light', n('luz trasera', 'f')], ['taillights', n('luces traseras', 'f', true)],
  ['tail lights', n('luces traseras', 'f', true)], ['headlight', n('faro', 'm')], ['headlights', n('faros', 'm', true)],
  ['hood', n('capó', 'm')], ['trunk', n('cajuela', 'f')], ['roof', n('techo', 'm')], ['grille', n('parrilla', 'f')],
  ['door', n('puerta', 'f')], ['doors', n('puertas', 'f', true)], ['driver door', n('puerta del conductor', 'f')],
  ["driver's door", n('puerta del conductor', 'f')], ['driver side door', n('puerta del conductor', 'f')],
  ['passenger door', n('puerta del pasajero', 'f')], ['passenger side door', n('puerta del pasajero', 'f')],
  ['fender', n('guardafangos', 'm')], ['quarter panel', n('panel lateral', 'm')],
  ['side mirror', n('espejo lateral', 'm')], ['mirror', n('espejo', 'm')], ['mirrors', n('espejos', 'm', true)],
  ['roof rack', n('portaequipajes de techo', 'm')], ['ladder rack', n('portaescaleras', 'm')],
  ['rims', n('rines', 'm', true)], ['wheels', n('rines', 'm', true)], ['hubcaps', n('tapacubos', 'm', true)],
  ['hubcap', n('tapacubos', 'm')], ['tire', n('llanta', 'f')], ['tires', n('llantas', 'f', true)],
  ['spare tire', n('llanta de repuesto', 'f')], ['exhaust', n('escape', 'm')], ['muffler', n('silenciador', 'm')],
  ['spoiler', n('alerón', 'm')], ['sunroof', n('techo solar', 'm')], ['bed cover', n('cubierta de caja', 'f')],
  ['tonneau cover', n('cubierta de caja', 'f')], ['toolbox', n('caja de herramientas', 'f')], ['light bar', n('barra de luces', 'f')],
  ['tow hitch', n('enganche de remolque', 'm')], ['trailer hitch', n('enganche de remolque', 'm')],
  ['mud flaps', n('loderas', 'f', true)], ['stickers', n('calcomanías', 'f', true)], ['sticker', n('calcomanía', 'f')],
  ['decals', n('calcomanías', 'f', true)], ['bumper sticker', n('calcomanía en el parachoques', 'f')],
  ['bumper stickers', n('calcomanías en el parachoques', 'f', true)], ['paint', n('pintura', 'f')],
  ['antenna', n('antena', 'f')], ['bed', n('caja', 'f')], ['truck bed', n('caja', 'f')], ['lift kit', n('suspensión elevada', 'f')],
  ['temporary plate', n('placa temporal', 'f')], ['temporary tag', n('placa temporal', 'f')], ['paper plate', n('placa temporal', 'f')],
  ['paper tag', n('placa temporal', 'f')], ['paper tags', n('placa temporal', 'f')], ['dealer plate', n('placa de concesionario', 'f')],
  ['front end', n('parte delantera', 'f')], ['front', n('parte delantera', 'f')], ['rear end', n('parte trasera', 'f')],
  ['rear', n('parte trasera', 'f')], ['back', n('parte trasera', 'f')], ['passenger side', n('lado del pasajero', 'm')],
  ['driver side', n('lado del conductor', 'm')], ["driver's side", n('lado del conductor', 'm')], ['left side', n('lado izquierdo', 'm')],
  ['right side', n('lado derecho', 'm')], ['side', n('costado', 'm')],
]);

/** States of a part, as Spanish adjectives [masculine, feminine], written after the part. */
const STATES: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['dented', ['abollado', 'abollada']], ['damaged', ['dañado', 'dañada']], ['broken', ['roto', 'rota']],
  ['cracked', ['estrellado', 'estrellada']], ['shattered', ['destrozado', 'destrozada']], ['tinted', ['polarizado', 'polarizada']],
  ['dark tinted', ['muy polarizado', 'muy polarizada']], ['loud', ['ruidoso', 'ruidosa']], ['rusted', ['oxidado', 'oxidada']],
  ['rusty', ['oxidado', 'oxidada']], ['custom', ['personalizado', 'personalizada']], ['aftermarket', ['personalizado', 'personalizada']],
  ['chrome', ['cromado', 'cromada']], ['flat', ['ponchado', 'ponchada']], ['faded', ['desgastado', 'desgastada']],
  ['primered', ['con pintura de base', 'con pintura de base']], ['mismatched', ['de otro color', 'de otro color']],
  ['smashed', ['destrozado', 'destrozada']], ['busted', ['roto', 'rota']], ['oversized', ['grande', 'grande']],
]);

/** Marks on a part ("damage to the front end", "bullet holes in the windshield"): the Spanish noun. */
const DAMAGE: ReadonlyMap<string, string> = new Map([
  ['damage', 'daños'], ['dent', 'abolladura'], ['dents', 'abolladuras'], ['scratch', 'rayón'], ['scratches', 'rayones'],
  ['bullet hole', 'agujero de bala'], ['bullet holes', 'agujeros de bala'], ['rust', 'óxido'], ['crack', 'grieta'],
]);

const ON: ReadonlySet<string> = new Set(['to', 'on', 'in', 'at']);

/** A state adjective in the plural: its last word ("muy polarizadas"), not a phrase ("con pintura de base"). */
function pluralState(adj: string): string {
  if (/^(?:con|de) /.test(adj)) return adj;
  const cut = adj.lastIndexOf(' ');
  return cut < 0 ? plural(adj) : `${adj.slice(0, cut + 1)}${plural(adj.slice(cut + 1))}`;
}

/** "[states] [colour] part" ("dented tailgate", "black rims", "dark tinted windows") in Spanish, or undefined. */
function partEs(words: readonly string[]): string | undefined {
  for (let size = Math.min(3, words.length); size >= 1; size--) {
    const part = PARTS.get(words.slice(words.length - size).join(' '));
    if (part === undefined) continue;
    const states: string[] = [];
    const colors: string[] = [];
    for (let i = 0; i < words.length - size; i++) {
      const two = STATES.get(`${words[i] ?? ''} ${words[i + 1] ?? ''}`);
      const one = two ?? STATES.get(words[i] ?? '');
      if (one !== undefined) {
        const adj = one[part.g === 'm' ? 0 : 1];
        states.push(part.pl ? pluralState(adj) : adj);
        if (two !== undefined) i++;
      } else if (COLOR_WORDS.has(words[i] ?? '')) colors.push(words[i] ?? '');
      else return undefined;
    }
    const color = colors.length === 0 ? undefined : colorsFor(colors, part);
    if (colors.length > 0 && color === undefined) return undefined;
    return [part.head, color, ...states].filter((x) => x !== undefined).join(' ');
  }
  return undefined;
}

/** One feature in Spanish, or undefined. */
function featureEs(item: string): string | undefined {
  const words = item.trim().toLowerCase().replace(/^(?:an?|the)\s+/, '').split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const [first = ''] = words;
  // "missing rear bumper", "no hubcaps"
  if (first === 'missing' || first === 'no') {
    const part = partEs(words.slice(1));
    return part === undefined ? undefined : `sin ${part}`;
  }
  // "damage to the front end", "bullet holes in the windshield", "sticker on rear window"
  const at = words.findIndex((w) => ON.has(w));
  if (at > 0) {
    const head = words.slice(0, at).join(' ');
    const what = DAMAGE.get(head) ?? partEs(words.slice(0, at));
    const where = placedEs('en', words.slice(at + 1), PARTS);
    return what === undefined || where === undefined ? undefined : `${what} ${where}`;
  }
  // "front-end damage", "passenger side damage", "rear damage"
  const last = DAMAGE.get(words[words.length - 1] ?? '');
  if (last !== undefined && words.length > 1) {
    const where = placedEs('en', words.slice(0, -1).join(' ').replace(/-/g, ' ').split(' '), PARTS);
    return where === undefined ? undefined : `${last} ${where}`;
  }
  return partEs(words);
}

/**
 * Vehicle features in Spanish, or undefined when any item has a word the tables do not know.
 *
 * @example
 * featuresEs('dented tailgate'); //=> 'compuerta trasera abollada'
 * featuresEs('tinted windows, missing rear bumper'); //=> 'ventanas polarizadas y sin parachoques trasero'
 * featuresEs('damage to the front end'); //=> 'daños en la parte delantera'
 * featuresEs('Raiders sticker'); //=> undefined
 */
export function featuresEs(features: string): string | undefined {
  return listEs(features, featureEs);
}
