/**
 * Help text for every field of the request, keyed by JSON path (`suspects[].vehicle.plate`), applied to the JSON
 * Schema so editors show it. Kept apart from the zod model so the model stays a model. Shared shapes are keyed
 * once: `person.*` (a person's description), `vehicle.*` (a vehicle), `contact.*` (a contact person).
 * `test/request/json-schema.test.ts` fails when a property of the schema has no description.
 */
import { table } from '../table.js';

/** One field's help: what it is, and example values. */
export interface FieldHelp {
  readonly description: string;
  readonly examples?: readonly unknown[];
}

const d = (description: string, ...examples: unknown[]): FieldHelp => (examples.length > 0 ? { description, examples } : { description });

const PERSON: Record<string, FieldHelp> = table({
  sex: d('Sex as the public would describe it.', 'male', 'female'),
  race: d('Race or ethnicity as given in the investigating agency\'s description.', 'white', 'Hispanic'),
  age: d('Age in years (0-130) or a range as text.', 34, '30-35'),
  height: d('Height as text.', '6 ft', "5'10\""),
  weight: d('Weight as text.', '180 lb'),
  hair: d('Hair colour and style.', 'brown, short'),
  eyes: d('Eye colour.', 'blue'),
  clothing: d('Clothing last seen wearing.', 'black hoodie, jeans'),
  marks: d('Scars, marks and tattoos.', 'tattoo on neck'),
  other: d('Any other identifying detail.'),
  es: d('Spanish versions of the free text above; Spanish texts use them instead of the English.'),
  'es.hair': d('Hair in Spanish.', 'cabello negro corto'),
  'es.eyes': d('Eyes in Spanish.', 'cafés'),
  'es.clothing': d('Clothing in Spanish.', 'sudadera negra con capucha, jeans'),
  'es.marks': d('Scars, marks and tattoos in Spanish.', 'tatuaje en el cuello'),
  'es.other': d('Any other detail in Spanish.'),
});

const VEHICLE: Record<string, FieldHelp> = table({
  year: d('Model year (1900-2100) or text.', 2015, '2010s'),
  make: d('Manufacturer.', 'Ford'),
  model: d('Model.', 'F-150'),
  color: d('Colour.', 'gray'),
  type: d('Body type.', 'pickup truck', 'sedan'),
  plate: d('The licence plate.'),
  'plate.state': d('The plate\'s state or territory.', 'CO'),
  'plate.number': d('The plate number, or the part of it known.', 'ABC1234'),
  'plate.partial': d('true when only part of the number is known.', true),
  features: d('Distinguishing features.', 'dented tailgate'),
  es: d('Spanish versions of the vehicle\'s free text.'),
  'es.color': d('Colour in Spanish.', 'gris'),
  'es.type': d('Body type in Spanish.', 'camioneta pickup'),
  'es.features': d('Distinguishing features in Spanish.', 'compuerta trasera abollada'),
});

const CONTACT: Record<string, FieldHelp> = table({
  name: d('The person\'s name (kept out of public text).'),
  title: d('Title or role.', 'Lieutenant, Major Crimes'),
  phone: d('Phone number.', '303-555-0100'),
  email: d('Email address.', 'tips@example.gov'),
});

const FIELDS: Record<string, FieldHelp> = table({
  $schema: d('A JSON Schema reference for editors; ignored by the library.', 'https://unpkg.com/blue-alert-cap/schemas/blue-alert-request.schema.json'),
  event: d('Which Blue Alert event: an officer killed, injured or attacked, an imminent threat to officers, or a missing officer.', 'officer-killed', 'officer-missing'),
  status: d('CAP status. Exercise, Test and Draft build without meeting the plan criteria and do not air as actual alerts. Default Actual.', 'Actual', 'Exercise'),
  issuer: d('The authority that issues the alert (becomes the CAP sender and senderName).'),
  'issuer.name': d('The issuing authority\'s full name (CAP senderName).', 'Colorado Bureau of Investigation'),
  'issuer.sender': d('The CAP sender: a domain-style id without spaces, commas, "<" or "&".', 'cbi.bluealert@state.co.us'),
  'issuer.timeZone': d('The issuer\'s IANA time zone; every CAP time is written in its offset, and plan hours are read on its clock.', 'America/Denver', 'Pacific/Honolulu'),
  'issuer.web': d('A public web page for the alert (CAP web, and in WEA/EAS text where it fits).', 'https://cbi.colorado.gov/blue-alert'),
  'issuer.phone': d('The public tip line.', '1-800-555-0100'),
  'issuer.easOrg': d('SAME originator code (47 CFR 11.31(d)). Default CIV.', 'CIV'),
  'issuer.shortName': d('The short name the public knows, used where the full name does not fit. Never made up by the library.', 'Texas DPS', 'FDLE'),
  'issuer.shortNameEs': d('The Spanish short name when it differs.', 'DPS de Texas'),
  'issuer.cogId': d('The IPAWS COG id (6 digits).', '120999'),
  requestingAgency: d('The law enforcement agency that asks for the alert.'),
  'requestingAgency.name': d('The agency\'s name.', 'Denver Police Department'),
  'requestingAgency.requestingOfficial': d('The official who requested the alert.'),
  'requestingAgency.investigatingOfficial': d('The official leading the investigation.'),
  criteria: d('The reviewer\'s activation checklist; a criterion left out counts as unknown and an Actual alert needs all of the plan\'s criteria met.'),
  'criteria.requestedByPrimaryAgency': d('The primary law enforcement agency of the incident asked for the alert.', true),
  'criteria.officerStatusConfirmed': d('The officer\'s death or injury (or the attack) is confirmed.', true),
  'criteria.suspectApprehended': d('The suspect has been caught (true means the alert should not go out).', false),
  'criteria.sufficientSuspectDescription': d('There is enough description of the suspect or vehicle to help the public; it stays unmet when no suspect is described.', true),
  'criteria.threatImminentAndCredible': d('Imminent threat: the threat to officers is imminent and credible.', true),
  'criteria.suspectWanted': d('Imminent threat: the suspect is wanted by law enforcement.', true),
  'criteria.missingInConnectionWithDuties': d('Missing officer: missing in connection with official duties.', true),
  'criteria.indicationOfSeriousInjuryOrDeath': d('There is an indication of serious injury or death.', true),
  'criteria.suspectFled': d('The suspect fled the scene.', true),
  'criteria.lifeThreateningInjury': d('The injury is life-threatening (plans that require it).', true),
  incident: d('When, where and what happened.'),
  'incident.occurredAt': d('When it happened: ISO 8601 with a zone.', '2026-11-22T14:05:00-07:00'),
  'incident.location': d('Where it happened.', 'W Colfax Ave and N Broadway, Denver'),
  'incident.place': d('The town or city people know; else derived from the incident and last-seen locations.', 'Denver'),
  'incident.es': d('Spanish versions of the incident\'s free text.'),
  'incident.es.location': d('Where it happened, in Spanish.', 'PR-52 cerca de Cayey'),
  'incident.es.place': d('The town or city as written in Spanish.', 'Cayey'),
  'incident.es.summary': d('What happened, in Spanish (officer identity is removed unless released).', 'Un agente recibió un disparo durante una parada de tránsito.'),
  'incident.summary': d('What happened, for the public (officer identity is removed unless released).', 'An officer was shot during a traffic stop.'),
  officer: d('The officer. Private: never in public output unless the event is officer-missing and release is approved.'),
  'officer.name': d('The officer\'s name (withheld unless released).'),
  'officer.badge': d('Badge number (withheld unless released).'),
  'officer.rank': d('Rank (withheld unless released).', 'Sergeant'),
  'officer.title': d('Title (withheld unless released).', 'Deputy'),
  'officer.agency': d('The officer\'s agency.', 'Denver Police Department'),
  'officer.injuries': d('Injuries, for the record (not published).'),
  'officer.description': d('The officer\'s description (missing officer, if released).'),
  'officer.vehicle': d('The officer\'s vehicle (missing officer, if released).'),
  'officer.lastKnownLocation': d('Where the missing officer was last known to be.', 'Kalanianaole Hwy near Makapuu'),
  'officer.photoUrl': d('A photo of the missing officer (published only if released).', 'https://example.gov/photo.jpg'),
  'officer.aliases': d('Other names the officer is known by (withheld like the name).'),
  'officer.releaseApproved': d('Missing officer: the agency approves releasing the officer\'s identity.', false),
  'officer.release': d('Missing officer: which details may be released, field by field.'),
  'officer.release.name': d('Release the name.', true),
  'officer.release.rank': d('Release the rank.', true),
  'officer.release.badge': d('Release the badge number.', false),
  'officer.release.description': d('Release the description.', true),
  'officer.release.vehicle': d('Release the vehicle.', true),
  'officer.release.lastKnownLocation': d('Release the last known location.', true),
  'officer.release.photo': d('Release the photo.', true),
  suspects: d('Suspects, most important first (at most 10).'),
  'suspects[].name': d('The suspect\'s name.', 'Marcus Lee Hale'),
  'suspects[].alias': d('An alias.'),
  'suspects[].description': d('The suspect\'s description.'),
  'suspects[].vehicle': d('The suspect\'s vehicle.'),
  'suspects[].lastSeen': d('Where and when the suspect was last seen.'),
  'suspects[].lastSeen.at': d('When: ISO 8601 with a zone.', '2026-11-22T14:12:00-07:00'),
  'suspects[].lastSeen.location': d('Where, in words.', 'I-70 eastbound at Colorado Blvd'),
  'suspects[].lastSeen.lat': d('Latitude in degrees.', 39.78),
  'suspects[].lastSeen.lon': d('Longitude in degrees (negative in the western hemisphere).', -104.94),
  'suspects[].direction': d('Direction of travel.', 'east', 'northbound on I-25'),
  'suspects[].destinations': d('Possible destinations.', ['Kansas']),
  'suspects[].weapons': d('Weapons.', 'handgun'),
  'suspects[].armedAndDangerous': d('The suspect is armed and dangerous (the text says so and tells the public not to approach).', true),
  'suspects[].lastSeen.es': d('Spanish version of the last-seen text.'),
  'suspects[].lastSeen.es.location': d('Where, in Spanish.', 'I-70 en dirección este en Colorado Blvd'),
  'suspects[].es': d('Spanish versions of the suspect\'s free text.'),
  'suspects[].es.direction': d('Direction of travel in Spanish.', 'hacia el norte por la I-25'),
  'suspects[].es.destinations': d('Possible destinations in Spanish.', ['Kansas']),
  'suspects[].es.weapons': d('Weapons in Spanish.', 'pistola'),
  'suspects[].photoUrl': d('A photo of the suspect.', 'https://example.gov/suspect.jpg'),
  area: d('Where the alert goes: at least one of same, fips, geometry, circles, reach. With the county lookup, shapes and codes must describe the same place.'),
  'area.description': d('The area in words (CAP areaDesc).', 'Denver metro area'),
  'area.es': d('Spanish version of the area description.'),
  'area.es.description': d('The area in words, in Spanish (areaDesc of the es-US info).', 'área metropolitana de Denver'),
  'area.same': d('SAME codes PSSCCC (EAS). 0SS000 is a whole state.', ['008031', '008001']),
  'area.fips': d('FIPS codes: 5 digits for a county, 2 for a state.', ['08031', '08']),
  'area.geometry': d('A GeoJSON Polygon or MultiPolygon. Positions are [longitude, latitude].'),
  'area.geometry.type': d('"Polygon" or "MultiPolygon".', 'Polygon'),
  'area.geometry.coordinates': d('GeoJSON rings of [longitude, latitude] positions; the first ring is the boundary, first position = last.', [[[-105.1, 39.6], [-104.6, 39.6], [-104.6, 39.9], [-105.1, 39.6]]]),
  'area.geometry.bbox': d('An optional GeoJSON bounding box (ignored).'),
  'area.circles': d('Circles (CAP circle); at most 100.'),
  'area.circles[].lat': d('Centre latitude in degrees.', 39.74),
  'area.circles[].lon': d('Centre longitude in degrees (negative in the western hemisphere).', -104.99),
  'area.circles[].radiusKm': d('Radius in km (at most 2000).', 40),
  'area.reach': d('How far the suspect could be: a circle of radiusKm, or hours x speedKmh, around a point.'),
  'area.reach.lat': d('Latitude of the last known point.', 39.78),
  'area.reach.lon': d('Longitude of the last known point.', -104.94),
  'area.reach.hours': d('Hours since the suspect was there.', 1.5),
  'area.reach.speedKmh': d('Speed the suspect could travel, km/h.', 100),
  'area.reach.radiusKm': d('Or the radius directly, km.', 150),
  expires: d('When the alert ends: ISO 8601 with a zone. Give expires or durationHours, not both.', '2026-11-23T14:05:00-07:00'),
  durationHours: d('How long the alert lasts, hours from the send time (at most 99.5). Give expires or durationHours, not both; default from the plan.', 24),
  languages: d('Languages of the alert; default ["en-US"].', ['en-US', 'es-US']),
  wea: d('Wireless Emergency Alerts.'),
  'wea.enabled': d('Send to phones (WEA). Default true.', true),
  'wea.handling': d('WEA handling class. Default "Imminent Threat".', 'Imminent Threat'),
  eas: d('Emergency Alert System (broadcast).'),
  'eas.enabled': d('Send to EAS. Default true.', true),
  text: d('Optional overrides of the generated texts; still checked against the limits and still redacted.'),
  'text.headline': d('CAP headline (at most 160 characters).'),
  'text.description': d('CAP description.'),
  'text.instruction': d('CAP instruction.'),
  'text.wea90': d('WEA text for older phones: at most 90 GSM-7 characters.', 'Blue Alert: gray Ford F-150 CO ABC1234 heading east. Call 911.'),
  'text.wea360': d('WEA text: at most 360 GSM-7 characters.'),
  'text.eas': d('EAS display text (the required opening sentence is added).'),
  'text.es': d('Spanish overrides of the generated texts, checked like the English ones.'),
  'text.es.headline': d('Spanish CAP headline (at most 160 characters).'),
  'text.es.description': d('Spanish CAP description.'),
  'text.es.instruction': d('Spanish CAP instruction.'),
  'text.es.wea90': d('Spanish WEA text for older phones: at most 90 GSM-7 characters.'),
  'text.es.wea360': d('Spanish WEA text: at most 360 GSM-7 characters.'),
  dms: d('Layout of a changeable highway message sign for text.dms (MUTCD 2L). Default 3 lines of 18 characters, 2 phases.'),
  'dms.lines': d('Lines per phase (1-6).', 3),
  'dms.chars': d('Characters per line (8-60).', 18),
  'dms.phases': d('Phases shown in turn (1-4).', 2),
  incidents: d('CAP incident identifiers this alert belongs to.', ['CBI-2026-0042']),
  note: d('A note for the record (CAP note; not shown to the public).'),
});

/** The key a path's help is filed under: shared shapes use their own prefix. */
function keyOf(path: string): string {
  return path
    .replace(/^(officer|suspects\[\])\.description\./, 'person.')
    .replace(/^(officer|suspects\[\])\.vehicle\./, 'vehicle.')
    .replace(/^requestingAgency\.(requestingOfficial|investigatingOfficial)\./, 'contact.');
}

/**
 * The help for a field by its JSON path (`suspects[].vehicle.plate.number`), or undefined.
 *
 * @example
 * fieldHelp('issuer.timeZone')?.examples; //=> ['America/Denver', 'Pacific/Honolulu']
 */
export function fieldHelp(path: string): FieldHelp | undefined {
  const key = keyOf(path);
  if (key.startsWith('person.')) return PERSON[key.slice(7)];
  if (key.startsWith('vehicle.')) return VEHICLE[key.slice(8)];
  if (key.startsWith('contact.')) return CONTACT[key.slice(8)];
  return FIELDS[key];
}

type JsonSchemaNode = Record<string, unknown>;

/**
 * Writes `description` (and `examples`) into every property of a JSON Schema that has help, in place, walking
 * `properties`, `items`, `prefixItems` and `anyOf`/`oneOf`/`allOf`. Returns the paths that have none.
 *
 * @example
 * const missing = describeJsonSchema(schema); //=> [] when every field has help
 */
export function describeJsonSchema(schema: JsonSchemaNode): string[] {
  const missing: string[] = [];
  const walk = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object') return;
    const n = node as JsonSchemaNode;
    const props = n['properties'];
    if (props !== null && typeof props === 'object') {
      for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
        const p = path === '' ? k : `${path}.${k}`;
        const help = fieldHelp(p);
        if (help === undefined) missing.push(p);
        else if (v !== null && typeof v === 'object') {
          const target = v as JsonSchemaNode;
          target['description'] = help.description;
          if (help.examples !== undefined) target['examples'] = [...help.examples];
        }
        walk(v, p);
      }
    }
    if (n['items'] !== undefined && !Array.isArray(n['items'])) walk(n['items'], `${path}[]`);
    if (Array.isArray(n['prefixItems'])) for (const x of n['prefixItems']) walk(x, `${path}[]`);
    for (const key of ['anyOf', 'oneOf', 'allOf']) if (Array.isArray(n[key])) for (const x of n[key] as unknown[]) walk(x, path);
  };
  walk(schema, '');
  return [...new Set(missing)];
}
