// Red team 17 (2026-12-03, black box), findings L1, L11, L13, L14 and B3: the officer's identity in a suspect's
// structured fields (vehicle type, model, make, colour; hair, eyes) and location fields. Each request under
// requests/redteam17 published identity (or was not refused) before its fix.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { safeBuildBlueAlert } from '../../src/index.js';
import { findGuardLeaks } from '../../src/privacy/guard.js';

interface Case {
  request: Record<string, unknown> & { officer: Record<string, unknown>; incident: Record<string, unknown>; suspects: { description: Record<string, unknown>; vehicle: Record<string, unknown> }[] };
  options: Record<string, unknown>;
}
const load = (name: string): Case => JSON.parse(readFileSync(new URL(`./requests/redteam17/${name}.json`, import.meta.url), 'utf8')) as Case;
const build = (c: Case) => safeBuildBlueAlert(c.request as never, c.options as never);
/** Every public output of a build, or the issue codes of a refusal. */
const published = (c: Case): string => {
  const r = build(c);
  if (!r.success) return `REFUSED ${r.issues.map((i) => i.code).join(',')}`;
  return `${r.data.xml}\n${JSON.stringify(r.data.text)}`;
};
const description = (c: Case): string => {
  const r = build(c);
  if (!r.success) throw new Error(`refused: ${JSON.stringify(r.issues)}`);
  return r.data.text.description;
};
/** A copy of a case with the officer and some suspect fields changed. */
const variant = (name: string, officer: Record<string, string>, description: Record<string, string> = {}, vehicle: Record<string, string> = {}, incident: Record<string, string> = {}): Case => {
  const c = structuredClone(load(name));
  Object.assign(c.request.officer, officer);
  Object.assign(c.request.suspects[0]!.description, description);
  Object.assign(c.request.suspects[0]!.vehicle, vehicle);
  Object.assign(c.request.incident, incident);
  return c;
};

describe('red team 17 L1: the badge in a suspect\'s structured fields', () => {
  it('leak-badge-in-structured-vehicle-fields: "DPD unit 4471" and "Interceptor 4471" are withheld everywhere', () => {
    const c = load('leak-badge-in-structured-vehicle-fields');
    expect(published(c)).not.toMatch(/4471|44-71/u);
    expect(description(c)).toContain('Ford Interceptor [withheld] DPD unit [withheld], CO plate ABC1234');
  });

  it('leak-badge-in-hair-eyes-color: "ID 4471" in hair and "44-71 blue" in a colour are withheld', () => {
    const c = load('leak-badge-in-hair-eyes-color');
    expect(published(c)).not.toMatch(/4471|44-71/u);
    expect(description(c)).toContain('hair: ID [withheld]');
    expect(description(c)).toContain('[withheld] blue 2015 Ford F-150');
  });

  it.each([
    ['2468', { hair: 'placa número 2468' }, {}],
    ['2468', { eyes: 'badge no 2468' }, {}],
    ['2468', { hair: '2468' }, {}],
    ['9034', {}, { type: 'patrol car 9034' }],
    ['9034', {}, { model: 'Cruiser 9034' }],
    ['9034', {}, { make: 'LAPD 9034' }],
    ['9034', {}, { color: 'white 9-0-3-4' }],
    ['5519', {}, { model: 'unit #5519' }],
  ])('badge %s in %j %j is withheld (other badges, other fields)', (badge, d, v) => {
    const c = variant('leak-badge-in-hair-eyes-color', { badge, name: 'Keoni Kahale' }, d, v);
    const out = published(c);
    expect(out).not.toContain(badge);
    expect(out.replace(/[^0-9]/gu, ' ')).not.toMatch(new RegExp(`${badge[0]}\\s?${badge[1]}\\s?${badge[2]}\\s?${badge[3]}`, 'u'));
  });

  it('a model\'s own number, a measurement and an unlabelled number in a model stay as written', () => {
    const f150 = variant('leak-badge-in-hair-eyes-color', { badge: '150' }, { hair: 'brown' }, { color: 'gray', model: 'F-150' });
    expect(description(f150)).toContain('gray 2015 Ford F-150');
    const weight = variant('leak-badge-in-hair-eyes-color', { badge: '180' }, { hair: 'brown' }, { color: 'gray' });
    expect(description(weight)).toContain('180 lb, brown hair');
    const model = variant('leak-badge-in-hair-eyes-color', { badge: '4471' }, { hair: 'brown' }, { color: 'gray', model: 'Series 4471' });
    expect(description(model)).toContain('Ford Series 4471');
    const plain = variant('leak-badge-in-hair-eyes-color', {}, { hair: 'brown' }, { color: 'dark blue', type: 'pickup' });
    expect(description(plain)).toContain('brown hair, blue eyes');
    expect(description(plain)).toContain('dark blue 2015 Ford F-150 pickup');
  });

  it('the guard refuses a badge kept after a unit or number label, whatever the redaction kept', () => {
    const tokens = [{ text: '4471', kind: 'badge' as const }];
    expect(findGuardLeaks(tokens, { text: { d: 'Vehicle: DPD unit 4471.' } }, ['dpd unit 4471'])).toEqual(['text.d']);
    expect(findGuardLeaks(tokens, { text: { d: 'Hair: ID 4471.' } }, ['id 4471'])).toEqual(['text.d']);
    // a kept number with no label is still masked
    expect(findGuardLeaks(tokens, { text: { d: 'Ford Series 4471.' } }, ['ford series 4471'])).toEqual([]);
  });
});

describe('red team 17 L11: titled names in hair, eyes, colour and vehicle type', () => {
  it('leak-titled-misspelt-name-in-vehicle-type: "Officer Okafur" and "Officer Dani" become "an officer"', () => {
    const c = load('leak-titled-misspelt-name-in-vehicle-type');
    expect(published(c)).not.toMatch(/Okafur|Dani\b/u);
    expect(description(c)).toContain('hair: An officer');
    expect(description(c)).toContain('Ford F-150 patrol car of an officer, CO plate');
  });

  it.each([
    [{ name: 'Omar al-Rashid' }, { eyes: 'Officer Umar' }, {}, 'Umar'],
    [{ name: 'Pieter Vandenberg' }, {}, { color: 'Sgt. Vandenburg blue' }, 'Vandenburg'],
    [{ name: 'Keoni Kahale' }, {}, { type: 'cruiser of Deputy Kahal' }, 'Kahal'],
    [{ name: 'Patrick McCarthy' }, { hair: 'Trooper Padraig' }, {}, 'Padraig'],
  ])('%j: the titled name is withheld (%j %j)', (officer, d, v, leaked) => {
    expect(published(variant('leak-titled-misspelt-name-in-vehicle-type', officer, { hair: 'brown', ...d }, { type: 'sedan', ...v }))).not.toContain(leaked);
  });

  it('a make or model that is a title stays ("Isuzu Trooper LS", "Ford Ranger XLT")', () => {
    const c = variant('leak-titled-misspelt-name-in-vehicle-type', {}, { hair: 'brown' }, { make: 'Isuzu', model: 'Trooper LS', type: 'SUV' });
    expect(description(c)).toContain('Isuzu Trooper LS SUV');
    const r = variant('leak-titled-misspelt-name-in-vehicle-type', {}, { hair: 'brown' }, { model: 'Ranger XLT', type: 'pickup' });
    expect(description(r)).toContain('Ford Ranger XLT pickup');
  });
});

describe('red team 17 L13: a hyphen-split surname in description, vehicle and location fields', () => {
  it('leak-hyphen-split-surname-structured-fields-unfixed: "tattoo Oka-for" in marks is "[name withheld]"', () => {
    const c = load('leak-hyphen-split-surname-structured-fields-unfixed');
    expect(published(c)).not.toMatch(/Oka-for/u);
    expect(description(c)).toContain('tattoo [name withheld], wearing');
  });

  it.each(['marks', 'clothing', 'features', 'type', 'location', 'lastSeen'])('officer Keoni Kahale, "Ka-hale" in %s', (field) => {
    const c = variant('leak-hyphen-split-surname-structured-fields-unfixed', { name: 'Keoni Kahale' }, { marks: 'tattoo on neck' }, {}, { location: 'W Colfax Ave, Denver' });
    const s = c.request.suspects[0]! as unknown as { description: Record<string, string>; vehicle: Record<string, string>; lastSeen: Record<string, string> };
    const v = 'tattoo Ka-hale';
    if (field === 'marks' || field === 'clothing') s.description[field] = v;
    else if (field === 'features' || field === 'type') s.vehicle[field] = v;
    else if (field === 'location') c.request.incident['location'] = v;
    else s.lastSeen['location'] = v;
    c.request.suspects[0]!.description['marks'] ??= 'tattoo on neck';
    (c.request.suspects[0] as unknown as { name: string }).name = 'Marcus Lee Ward';
    const out = published(c);
    expect(out).not.toMatch(/Ka-hale/u);
    expect(out).toContain('tattoo [name withheld]');
  });

  it('hyphenated words that are no name stay ("left-arm scar", "T-shirt", "X-ray")', () => {
    const c = variant('leak-hyphen-split-surname-structured-fields-unfixed', {}, { marks: 'left-arm scar', clothing: 'gray T-shirt, X-ray print' }, {}, { location: 'W Colfax Ave, Denver' });
    expect(description(c)).toContain('left-arm scar, wearing gray T-shirt, X-ray print');
  });
});

describe('red team 17 L14: an everyday-word surname in a structured field, as a person', () => {
  it('leak-everyday-surname-in-structured-fields: "RIP Price memorial decal" and "Price was shot" are withheld', () => {
    const c = load('leak-everyday-surname-in-structured-fields');
    const out = published(c);
    expect(out).not.toMatch(/Price (?:was|memorial)/u);
    expect(description(c)).toContain('hair: [name withheld] was shot');
    expect(description(c)).toContain('Ford F-150 RIP [name withheld] memorial decal');
  });

  it.each([
    ['Rose Price', {}, { type: 'RIP Pr1ce memorial decal' }, /Pr1ce/u],
    ['Rose Price', { hair: 'Rose was here' }, {}, /Rose was/u],
    ['Rose Price', {}, { color: 'In memory of Price' }, /of Price/u],
    ['Rose Price', {}, { color: 'R.I.P. Price' }, /P\. Price/u],
    ['Mark Brown', { hair: 'Brown died here' }, {}, /Brown died/u],
    ['Grace Young', {}, { type: 'RIP Young sticker' }, /RIP Young/u],
  ])('officer %s: %j %j', (name, d, v, leaked) => {
    expect(published(variant('leak-everyday-surname-in-structured-fields', { name }, { hair: 'black', ...d }, { type: 'pickup', ...v }))).not.toMatch(leaked);
  });

  it('the everyday word stays: "Rose gold", "Brown" hair, an amber car', () => {
    expect(description(variant('leak-everyday-surname-in-structured-fields', {}, { hair: 'black' }, { color: 'Rose gold', type: 'pickup' }))).toContain('Rose gold 2015 Ford F-150 pickup');
    expect(description(variant('leak-everyday-surname-in-structured-fields', { name: 'Mark Brown' }, { hair: 'Brown' }, { type: 'pickup' }))).toContain('Brown hair');
    expect(description(variant('leak-everyday-surname-in-structured-fields', { name: 'Amber Cole' }, { hair: 'black' }, { color: 'Amber', type: 'pickup' }))).toContain('Amber 2015 Ford F-150 pickup');
  });
});

describe('red team 17 B3: a titled name in another script in location and structured fields', () => {
  it('other-non-latin-titled-name-in-location-not-refused: refused for the location and the hair', () => {
    const r = build(load('other-non-latin-titled-name-in-location-not-refused'));
    expect(r.success).toBe(false);
    if (!r.success) {
      expect(r.issues.map((i) => `${i.code} ${i.path}`)).toEqual(['officer_identity_unknown incident.location', 'officer_identity_unknown suspects[0].description.hair']);
      expect(JSON.stringify(r.issues)).not.toContain('الرشيد');
    }
  });

  it.each([
    [{ color: 'Officer الرشيد' }, {}, {}],
    [{}, {}, { location: 'near Deputy 王伟 house' }],
    [{ type: 'car of Officer オカフォー' }, {}, {}],
  ])('%j %j %j is refused', (v, d, i) => {
    const c = variant('other-non-latin-titled-name-in-location-not-refused', {}, { hair: 'black', ...d }, v as Record<string, string>, { location: 'W Colfax Ave, Denver', ...i });
    expect(published(c)).toMatch(/^REFUSED officer_identity_unknown/u);
  });

  it('text in another script with no title is published', () => {
    const c = variant('other-non-latin-titled-name-in-location-not-refused', {}, { hair: 'أسود' }, {}, { location: 'W Colfax Ave, Denver (شارع كولفاكس)' });
    expect(description(c)).toContain('شارع كولفاكس');
  });
});
