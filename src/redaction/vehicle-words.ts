/**
 * The words of vehicles and guns: vehicle words, models and makes, gun words and makers, and whether the word
 * after a make makes it the vehicle or the gun. Split from `context.ts` (which re-exports them).
 */

/**
 * Vehicle words and models that follow a make ("Ford truck", "Ford Focus").
 *
 * @example
 * VEHICLE_WORDS.has('pickup'); //=> true
 */
export const VEHICLE_WORDS = new Set([
  'truck', 'pickup', 'sedan', 'suv', 'van', 'car', 'coupe', 'wagon', 'hatchback', 'minivan', 'focus', 'fusion', 'escape',
  'dump', 'semi', 'tractor', 'flatbed', 'tow', 'box', 'trailer', 'bus', 'motorcycle', 'convertible', 'crossover',
  'camioneta', 'carro', 'auto', 'coche', 'guagua',
  'explorer', 'ranger', 'mustang', 'taurus', 'bronco', 'edge', 'expedition', 'transit', 'civic', 'accord', 'corolla', 'camry',
]);
/**
 * Model names of vehicles sold in the US that are also names or words people carry ("Sierra", "Tahoe", "Malibu",
 * "Dakota"): in a vehicle's model field they are the model (red team 9: "gray 2015 Ford An officer" for an officer
 * Sierra Johnson). Facts: the makers' model names.
 *
 * @example
 * VEHICLE_MODELS.has('tahoe'); //=> true
 */
export const VEHICLE_MODELS = new Set(
  ('sierra tahoe malibu yukon denali acadia canyon savana suburban silverado equinox traverse trailblazer blazer impala ' +
    'cruze camaro corvette colorado express avalanche cobalt cavalier monte carlo caprice lumina spark sonic trax envoy ' +
    'jimmy sonoma aurora alero intrigue bonneville grand prix aztek vibe torrent solstice charger challenger durango ' +
    'dakota journey caravan avenger neon caliber magnum nitro viper stratus intrepid pacifica voyager sebring aspen ' +
    'liberty patriot compass renegade cherokee wrangler gladiator commander wagoneer escalade deville seville eldorado ' +
    'navigator aviator continental nautilus zephyr mariner mountaineer sable marquis grand marquis milan montego ' +
    'crown victoria windstar freestyle flex bronco maverick thunderbird probe tempo contour escort ' +
    'altima maxima sentra versa rogue murano pathfinder frontier titan armada xterra quest juke leaf kicks ' +
    'highlander sienna avalon tacoma tundra sequoia venza matrix celica supra yaris prius echo solara ' +
    'odyssey pilot ridgeline element insight passport prelude fit ' +
    'elantra sonata tucson santa fe accent genesis veloster kona palisade azera ' +
    'optima soul sorento sportage forte rio sedona telluride stinger cadenza ' +
    'outback forester impreza legacy crosstrek ascent tribeca baja brat ' +
    'jetta passat golf beetle tiguan atlas touareg rabbit ' +
    'regal lacrosse lucerne century enclave encore envision verano cascada riviera skylark lesabre park avenue ' +
    'scion xb tc model cybertruck mirage lancer galant eclipse outlander endeavor montero').split(' '),
);
/**
 * Whether a word after a gun maker makes it the gun: a model ("19", "P320", "SR9c") or a gun word ("pistol").
 *
 * @example
 * isWeaponNext('p320'); //=> true
 */
export function isWeaponNext(word: string): boolean {
  return /^[a-z]{0,3}\d/.test(word) || GUN_WORDS.has(word) || WEAPON_MAKERS.has(word);
}
/** Gun words after a maker ("Glock handgun"). */
const GUN_WORDS = new Set(['handgun', 'pistol', 'rifle', 'shotgun', 'revolver', 'semi', 'semiautomatic', 'ar', 'model', 'gun', 'carbine', 'pistola', 'escopeta']);
/**
 * Gun makers that are also names ("Glock 19 handgun" for an officer Glock: red team 9); facts.
 *
 * @example
 * WEAPON_MAKERS.has('glock'); //=> true
 */
export const WEAPON_MAKERS = new Set(
  'glock ruger colt remington smith wesson sig sauer beretta taurus browning winchester mossberg savage marlin springfield kimber walther hi-point kel-tec henry'.split(' '),
);
/** A model code ("F-150", "P320"). */
const MODEL_CODE = /^[a-z]{1,3}-?\d{1,4}$/;

/**
 * Whether the word after a make makes it the vehicle: a vehicle word, a model, or a model code ("F-150").
 *
 * @example
 * isVehicleNext('f-150'); //=> true
 */
export function isVehicleNext(word: string): boolean {
  return VEHICLE_WORDS.has(word) || VEHICLE_MODELS.has(word) || MODEL_CODE.test(word);
}
/**
 * Vehicle makes that are also surnames or given names: before a model or a vehicle word they are the vehicle.
 *
 * @example
 * VEHICLE_MAKES.has('ford'); //=> true
 */
export const VEHICLE_MAKES = new Set([
  'ford', 'chevy', 'chevrolet', 'dodge', 'lincoln', 'buick', 'cadillac', 'chrysler', 'jeep', 'ram', 'tesla', 'honda',
  'toyota', 'nissan', 'mazda', 'subaru', 'kia', 'hyundai', 'volvo', 'porsche', 'mercedes', 'bentley', 'royce', 'austin',
  'morgan', 'jensen', 'mercury', 'plymouth', 'pontiac', 'saturn', 'genesis', 'mini', 'fiat', 'jaguar', 'rover',
  'hummer', 'acura', 'lexus', 'infiniti', 'audi', 'bmw', 'gmc', 'mitsubishi', 'oldsmobile', 'scion', 'suzuki', 'isuzu', 'saab',
  'lotus', 'maserati', 'ferrari', 'rivian', 'polestar', 'harley', 'davidson', 'kawasaki', 'yamaha', 'ducati', 'triumph',
  // truck and older makes that are also surnames or words (red team 11: "fled in a white a sergeant dump truck")
  'mack', 'peterbilt', 'kenworth', 'freightliner', 'international', 'hudson', 'nash', 'smart', 'eagle', 'fisker',
  'lucid', 'packard', 'studebaker', 'hino', 'sterling', 'western',
]);
