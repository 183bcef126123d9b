/**
 * Everyday words of a suspect description that are also nicknames or given names (red team 19 O7: an officer
 * Daniel "Red" Okafor, Sandy Okafor or "Rusty" read "fled in an officer pickup", "hair: [name withheld] blond",
 * "Vehicle: [name withheld] brown"): colours, shades and hair words, and the words police nicknames are made of.
 * Written in lower case, or where a colour goes in a structured value, such a word is the word; capitalised before
 * what a person does, after a title or with the surname it is the officer (`EVERYDAY` rules).
 *
 * @example
 * DESCRIPTIVE_WORDS.includes('sandy'); //=> true
 */
export const DESCRIPTIVE_WORDS: readonly string[] = (
  // colours and shades (vehicle, clothing, hair, eyes, complexion)
  'red rusty sandy ginger dusty navy bay blue pink tan ruby scarlet crimson violet jade coral ivory ebony indigo ' +
  'auburn sable raven rosy tawny golden ashen khaki teal maroon beige cream copper bronze ' +
  // words police nicknames are made of
  'chip tank smoke ace lucky sunny tiny spike butch moose bull bear buck shorty lefty sparky rocky'
).split(' ');
