/**
 * Everyday short forms of given names, English and Spanish, folded: a writer who knows the officer may write
 * "Danny" for Daniel or "Pepe" for José (red team: "Dan was shot." was published for an officer Daniel Okafor).
 * A form that is also an everyday word ("will", "pat", "sue", "rob", "nick", "jack") is kept where it is written
 * in lower case, like every such name part (`EVERYDAY`).
 */
import { table } from '../table.js';
const SHORT_FORMS: Readonly<Record<string, string>> = table({
  daniel: 'dan danny dany dani', william: 'will bill billy willie liam', robert: 'rob bob bobby robbie bert',
  michael: 'mike mikey mick', elizabeth: 'liz beth betty lizzie eliza lisa betsy libby', katherine: 'kate kathy katie kat',
  catherine: 'kate cathy katie cat', kathryn: 'kate kathy katie', kathleen: 'kate kathy katie kat cathleen',
  christopher: 'chris topher', christina: 'chris tina chrissy', christine: 'chris tina chrissy',
  richard: 'rick rich dick ricky', james: 'jim jimmy jamie', john: 'jack johnny', jonathan: 'jon jonny',
  joseph: 'joe joey', thomas: 'tom tommy thom', tomas: 'tom tommy', anthony: 'tony', edward: 'ed eddie ted ned teddy', charles: 'charlie chuck',
  david: 'dave davey', stephen: 'steve', steven: 'steve', matthew: 'matt', andrew: 'andy drew',
  benjamin: 'ben benny', samuel: 'sam sammy', samantha: 'sam sammy', nicholas: 'nick nicky', alexander: 'alex xander sasha',
  alexandra: 'alex lexi sandra sasha', jennifer: 'jen jenny', margaret: 'maggie meg peggy marge', patricia: 'pat patty trish',
  patrick: 'pat paddy', timothy: 'tim timmy', kenneth: 'ken kenny', ronald: 'ron ronnie', donald: 'don donnie',
  gregory: 'greg', jeffrey: 'jeff', joshua: 'josh', zachary: 'zach zack', nathaniel: 'nate nat', nathan: 'nate',
  susan: 'sue susie', deborah: 'deb debbie', rebecca: 'becky becca', victoria: 'vicky tori', jessica: 'jess jessie',
  abigail: 'abby', frederick: 'fred freddie', raymond: 'ray', lawrence: 'larry', gerald: 'gerry jerry',
  peter: 'pete', pieter: 'pete piet', jacob: 'jake', jacqueline: 'jackie', douglas: 'doug', phillip: 'phil', philip: 'phil',
  francisco: 'paco pancho frank kiko curro', jose: 'pepe chepe joselito', jesus: 'chuy chucho', guadalupe: 'lupe lupita', alberto: 'beto tito',
  roberto: 'beto tito berto', ignacio: 'nacho', guillermo: 'memo guille guillo', enrique: 'quique kike', eduardo: 'lalo', antonio: 'tono tony',
  manuel: 'manny manolo', alejandro: 'alex alejo ale jandro sandro', gabriel: 'gabe', gabriela: 'gaby', rafael: 'rafa',
  fernando: 'nando', ricardo: 'rick ricky', javier: 'javi', concepcion: 'concha', dolores: 'lola',
  // the Irish given name and its anglicised spellings (red team 13: "Shawn O'Brien" for an officer Seán Ó Briain)
  sean: 'shawn shaun',
  // red team 15: "Mari", "Pepa" and "Majo" were published for an officer María José; "Pepa" is also Josefa's
  maria: 'mari marita maruca', josefa: 'pepa', 'maria jose': 'majo mari pepa',
  // red team 16: short forms that were published (for Roberto, Guillermo, José, Eduardo through their English forms)
  theodore: 'ted teddy theo', henry: 'hank harry hal', mary: 'molly polly mae', sarah: 'sally sadie', ann: 'annie nan nancy',
  anna: 'annie', gregorio: 'goyo', 'jose maria': 'chema', 'jesus maria': 'chema',
  // red team 17: Piet, Dany, Dani, Shiv, Marita, Padraig and Umar were published
  siobhan: 'shiv chevonne shivaun shevaun', omar: 'umar omer', daniela: 'dani dany',
  // and Spanish ones red team 16 found missing (Tito, Berto, Guille, Pepito): Pepito is Pepe's diminutive
  ernesto: 'neto', gerardo: 'gera', rodrigo: 'rodri', salvador: 'chava', santiago: 'santi chago',
  luis: 'lucho wicho', carlos: 'charly carlitos', ramon: 'moncho', alfredo: 'fredo', rodolfo: 'rudy fito', adolfo: 'fito',
  federico: 'fede', joaquin: 'quino', mercedes: 'meche', teresa: 'tere', gonzalo: 'chalo', arturo: 'tuto',
});

/**
 * The same given name in English and Spanish ("Thomas" and "Tomás", "William" and "Guillermo"): a writer in the
 * other language may write either (red team 14: "Tomás is in surgery" was published for an officer Thomas Rose).
 */
const EQUIVALENTS =
  'thomas tomas|william guillermo|robert roberto|joseph jose|john juan|peter pedro|michael miguel|charles carlos|' +
  'george jorge|francis francisco|alexander alejandro|richard ricardo|edward eduardo|henry enrique|louis luis|' +
  'andrew andres|anthony antonio|stephen esteban|steven esteban|james jaime santiago|paul pablo|matthew mateo|' +
  'mary maria|jane juana|elizabeth isabel|catherine catalina|katherine catalina|margaret margarita|theresa teresa|' +
  'ann ana|anna ana|helen elena|susan susana|raphael rafael|lawrence lorenzo|mark marcos|patrick patricio padraig|' +
  'philip felipe|phillip felipe|gregory gregorio|timothy timoteo|vincent vicente|albert alberto|frederick federico|alexandra alejandra';
/** The groups of `EQUIVALENTS`, made on first use (not at load). */
let equivalentGroups: readonly (readonly string[])[] | undefined;

/** The other-language forms of a folded given name ("thomas" -> ["tomas"]). */
function equivalents(given: string): string[] {
  equivalentGroups ??= EQUIVALENTS.split('|').map((g) => g.split(' '));
  return equivalentGroups.filter((g) => g.includes(given)).flatMap((g) => g.filter((x) => x !== given));
}

/** Each listed short form with the formal names that list it ("alex" -> alexander, alexandra, alejandro). */
let FORMAL_FORMS: ReadonlyMap<string, readonly string[]> | undefined;
function formalIndex(): ReadonlyMap<string, readonly string[]> {
  if (FORMAL_FORMS !== undefined) return FORMAL_FORMS;
  const index = new Map<string, string[]>();
  for (const [formal, list] of Object.entries(SHORT_FORMS)) {
    for (const short of list.split(' ')) index.set(short, [...(index.get(short) ?? []), formal]);
  }
  FORMAL_FORMS = index;
  return index;
}

/**
 * The formal names a folded short form stands for ("tom" -> ["thomas"]; "alex" -> ["alexander", "alexandra",
 * "alejandro"]); empty when it is no listed short form.
 *
 * @example
 * formalForms('bill'); //=> ['william']
 */
export function formalForms(short: string): readonly string[] {
  return formalIndex().get(short) ?? [];
}

/**
 * Every other form of a folded given name, both ways through the table (red team 13: for an officer "Tom Hunter"
 * the text's "Thomas" was published): its own short forms, and for a listed short form its formal name(s). When
 * the short form stands for one or two formal names, their other listed short forms are added too ("bill" ->
 * william, will, billy, willie, liam; "pat" -> patty, paddy); a form of three or more ("alex", "kate", "chris")
 * adds only the formal names, so "Alex" does not also withhold "Sandra" (of Alexandra) or "Alejo".
 *
 * @example
 * givenNameForms('tom'); //=> ['thomas', 'tomas', 'tommy']
 * givenNameForms('william'); //=> ['will', 'bill', 'billy', 'willie', 'liam', …, 'guillermo']
 */
export function givenNameForms(given: string): readonly string[] {
  const formals = formalForms(given);
  const listed = (f: string): string[] => (Object.prototype.hasOwnProperty.call(SHORT_FORMS, f) ? (SHORT_FORMS[f] ?? '').split(' ') : []);
  const siblings = formals.length <= 2 ? formals.flatMap(listed).filter((f) => f !== given) : [];
  // and the same name in the other language, of the name and of its formal names ("tom" -> thomas -> tomas)
  const other = [given, ...formals].flatMap(equivalents);
  // and the short forms of the other language's name ("roberto" -> robert -> bob, rob; "jose" -> joseph -> joe:
  // red team 16)
  const otherShort = formals.length === 0 ? other.flatMap(listed) : [];
  return [...new Set([...shortForms(given), ...formals, ...siblings, ...other, ...otherShort])].filter((f) => f !== given);
}

/**
 * Whether a folded word is a given name the tables know (it has short forms or another-language form, or is a
 * short form itself): a word of a name on file other than the first is read for nicknames only then ("Okafor
 * Daniel": "daniel" is; "okafor" gets no diminutives).
 *
 * @example
 * isKnownGivenName('daniel'); //=> true
 * isKnownGivenName('okafor'); //=> false
 */
export function isKnownGivenName(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(SHORT_FORMS, word) || formalForms(word).length > 0 || equivalents(word).length > 0;
}

/**
 * The everyday short forms of a folded given name ("daniel" -> ["dan", "danny"]); empty when none is listed.
 *
 * @example
 * shortForms('daniel'); //=> ['dan', 'danny', 'danielito', 'danielcito', 'danielillo', 'danielin']
 */
export function shortForms(given: string): readonly string[] {
  const list = Object.prototype.hasOwnProperty.call(SHORT_FORMS, given) ? SHORT_FORMS[given] : undefined;
  const forms = list === undefined ? [] : list.split(' ');
  // the Spanish diminutive, said of anyone ("Danielito", "Pedrito", "Juanita": red team, "Danielito" was published),
  // and of a short form ending in -e ("Pepe" -> "Pepito": red team 16)
  const ofShort = forms.filter((x) => x.length >= 4 && x.endsWith('e')).map((x) => `${x.slice(0, -1)}ito`);
  return given.length >= 4 ? [...forms, ...ofShort, ...diminutives(given)] : [...forms, ...ofShort];
}

/** Spanish diminutives of a (folded) given name: -ito, -illo, -ín after a consonant, -ito/-ita, -illo/-illa in place of a final -o or -a. */
function diminutives(given: string): string[] {
  if (!/^[a-z]+$/.test(given)) return [];
  if (given.endsWith('o')) return [`${given.slice(0, -1)}ito`, `${given.slice(0, -1)}illo`];
  if (given.endsWith('a')) return [`${given.slice(0, -1)}ita`, `${given.slice(0, -1)}illa`];
  if (/[bcdfgjklmnpqrstvxz]$/.test(given)) return [`${given}ito`, `${given}cito`, `${given}illo`, `${given}in`];
  return [];
}
