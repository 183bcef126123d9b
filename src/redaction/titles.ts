/**
 * Ranks and titles that may stand before an officer's name, and the neutral phrase each one becomes.
 *
 * Roles shared by many people ("a deputy", "a trooper", "a sergeant") keep the sentence informative. Titles that
 * name one person or a handful (chief, sheriff, commissioner, captain, major, colonel, commander…) would identify
 * the officer, so they become "an officer".
 */
import { foldTerm } from './fold.js';

/**
 * The neutral role a redacted name is replaced by.
 *
 * @example
 * const r: OfficerRole = 'deputy'; // -> "a deputy"
 */
export type OfficerRole =
  | 'officer'
  | 'deputy'
  | 'trooper'
  | 'sergeant'
  | 'lieutenant'
  | 'corporal'
  | 'detective'
  | 'investigator'
  | 'agent'
  | 'ranger'
  | 'warden'
  | 'marshal'
  | 'constable';

const ROLE_TITLES: Readonly<Record<OfficerRole, readonly string[]>> = {
  officer: [
    'officer', 'ofc', 'ofcr', 'po', 'police officer', 'patrol officer', 'patrolman', 'patrolwoman',
    'reserve officer', 'master officer', 'senior officer', 'corrections officer', 'correctional officer',
    'k9 officer', 'k-9 officer', 'motor officer', 'peace officer', 'officer first class', 'officer 1st class',
    'officer in charge', 'fto', 'sro', 'rookie', 'cop', 'cadet', 'handler', 'k9 handler', 'ptl', 'ptlm', 'policeman',
    'policewoman', 'jailer',
    // titles held by one person or a few: replaced by the generic phrase
    'chief', 'chief of police', 'deputy chief', 'assistant chief', 'sheriff', 'undersheriff', 'commissioner',
    'superintendent', 'director', 'commander', 'cmdr', 'captain', 'capt', 'cpt', 'major', 'maj', 'colonel', 'col',
    'lieutenant colonel', 'lt col', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr',
    // Spanish (Puerto Rico and Spanish-language requests)
    'agente', 'agte', 'oficial', 'ofic', 'policia', 'guardia', 'capitan', 'comandante', 'coronel', 'jefe', 'sr', 'sra', 'srta',
    // written out, as "Sra." is (re-attack 22 F14: "la señora Adeyemi-Okafor habló" was published)
    'senor', 'senora', 'senorita',
  ],
  // (and Spanish: "El alguacil García", "El ayudante del sheriff García", "El patrullero García": red team 19 O5)
  deputy: ['deputy', 'dep', 'dpty', 'deputy sheriff', 'sheriff deputy', "sheriff's deputy", 'sheriffs deputy', 'alguacil', 'ayudante del sheriff', 'ayudante del alguacil'],
  trooper: ['trooper', 'tpr', 'state trooper', 'highway patrolman', 'state patrolman', 'patrullero', 'patrullera', 'agente estatal'],
  sergeant: ['sargento', 'sgto', 'sarg', 'sergeant', 'sgt', 'master sergeant', 'msgt', 'staff sergeant', 'ssgt', 'first sergeant'],
  lieutenant: ['teniente', 'tte', 'tnte', 'lieutenant', 'lt', 'lieut', 'first lieutenant'],
  corporal: ['cabo', 'corporal', 'cpl', 'master corporal'],
  detective: ['detective', 'det', 'detective sergeant', 'det sgt'],
  investigator: ['investigador', 'investigator', 'inv', 'inspector', 'insp', 'criminal investigator'],
  agent: ['agent', 'special agent', 'federal agent', 'border patrol agent', 'task force officer'],
  ranger: ['ranger', 'park ranger', 'texas ranger'],
  warden: ['warden', 'game warden', 'conservation officer', 'wildlife officer'],
  marshal: ['deputy marshal', 'deputy u.s. marshal', 'deputy us marshal', 'marshal', 'us marshal', 'u.s. marshal'],
  constable: ['constable', 'deputy constable'],
};

const PHRASE: Readonly<Record<OfficerRole, string>> = {
  officer: 'an officer',
  deputy: 'a deputy',
  trooper: 'a trooper',
  sergeant: 'a sergeant',
  lieutenant: 'a lieutenant',
  corporal: 'a corporal',
  detective: 'a detective',
  investigator: 'an investigator',
  agent: 'an agent',
  ranger: 'a ranger',
  warden: 'a game warden',
  marshal: 'a deputy marshal',
  constable: 'a constable',
};

let titleTable: ReadonlyMap<string, OfficerRole> | undefined;

/** Folded title -> role; built on first use. */
function titles(): ReadonlyMap<string, OfficerRole> {
  if (titleTable === undefined) {
    const map = new Map<string, OfficerRole>();
    for (const [role, list] of Object.entries(ROLE_TITLES) as [OfficerRole, readonly string[]][]) {
      for (const t of list) map.set(foldTerm(t), role);
    }
    titleTable = map;
  }
  return titleTable;
}

/**
 * The role a rank or title stands for, or `undefined` when it names none we know. A rank of several words is
 * looked up whole, then by its longest known part ("Police Officer II" -> officer, "Master Sergeant" -> sergeant).
 *
 * @example
 * roleOfTitle('Sgt.'); //=> 'sergeant'
 * roleOfTitle('Chief of Police'); //=> 'officer'
 */
export function roleOfTitle(title: string): OfficerRole | undefined {
  const folded = foldTerm(title).replace(/\./g, '').replace(/\s+/g, ' ').trim();
  const table = titles();
  const whole = table.get(folded);
  if (whole !== undefined) return whole;
  const words = folded.split(' ');
  let best: { role: OfficerRole; len: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      const part = words.slice(i, j).join(' ');
      const role = table.get(part);
      if (role !== undefined && (best === undefined || part.length > best.len)) best = { role, len: part.length };
    }
  }
  return best?.role;
}

const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sr', 'sra', 'srta', 'senor', 'senora', 'senorita']);

/**
 * Whether a title is a courtesy title ("Mrs.", "Dr.", "señora"), which says nothing of a police role: the person
 * after it may be the officer's relative ("Mr. and Mrs. Okafor asked for privacy"), so the name is withheld without
 * a role.
 *
 * @example
 * isHonorific('Mrs.'); //=> true
 * isHonorific('Sgt.'); //=> false
 */
export function isHonorific(title: string): boolean {
  return HONORIFICS.has(foldTerm(title).replace(/\./g, '').trim());
}

/**
 * The neutral phrase for a role, with its indefinite article ("an officer", "a deputy").
 *
 * @example
 * neutralPhrase('trooper'); //=> 'a trooper'
 */
export function neutralPhrase(role: OfficerRole): string {
  return PHRASE[role];
}

/**
 * Every known title in folded form, longest first (for matching a title before a name).
 *
 * @example
 * knownTitles().includes('sgt'); //=> true
 */
export function knownTitles(): readonly string[] {
  sortedTitles ??= [...titles().keys()].sort((a, b) => b.length - a.length);
  return sortedTitles;
}

let sortedTitles: readonly string[] | undefined;
