/** Leak class 3: every form of a name (nicknames, particles, hyphens, one-letter surnames, aliases). */
import { describe, expect, it } from 'vitest';
import { nameTerms } from '../../src/redaction/names.js';
import { publicSummary } from './support.js';

describe('nicknames written inside the name field', () => {
  it.each([
    ["Daniel 'Danny' Okafor", 'Danny was shot.', 'An officer was shot.'],
    ["Daniel 'Danny' Okafor", 'Danny Okafor was shot.', 'An officer was shot.'],
    ['Daniel (Danny) Okafor', 'Officer Danny was shot.', 'An officer was shot.'],
    ['Daniel “Danny” Okafor', 'We pray for Danny.', 'We pray for an officer.'],
    ['Daniel "Danny" Okafor', 'DANNY OKAFOR SHOT', 'AN OFFICER SHOT'],
  ])('%s: %j -> %j', (name, summary, expected) => {
    expect(publicSummary(summary, { name })).toBe(expected);
  });

  it('the nickname is a term of its own, and the name without it is unchanged', () => {
    const texts = nameTerms("Daniel 'Danny' Okafor").map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['daniel okafor', 'danny', 'danny okafor', 'okafor', 'daniel']));
    expect(texts.some((t) => t.includes("'"))).toBe(false);
  });

  it("an apostrophe inside a surname is not a nickname (O'Brien)", () => {
    expect(publicSummary("Officer O'Brien and OBrien and O’Brien were named.", { name: "Sean O'Brien" })).toBe(
      'An officer and the officer and the officer were named.',
    );
  });
});

describe('particles joined or spaced', () => {
  it.each([
    'Officer De La Cruz was shot.',
    'Officer de la Cruz was shot.',
    'Officer DeLaCruz was shot.',
    'Officer Delacruz was shot.',
    'Officer Dela Cruz was shot.',
    'Officer Maria DeLaCruz was shot.',
  ])('%j names Maria de la Cruz', (summary) => {
    expect(publicSummary(summary, { name: 'Maria de la Cruz' })).toBe('An officer was shot.');
  });

  it('a Dutch particle: Van der Berg, VanderBerg', () => {
    expect(publicSummary('Sgt. VanderBerg and Van der Berg', { name: 'Pieter van der Berg' })).toBe('A sergeant and the sergeant');
  });
});

describe('hyphenated names and one-letter surnames', () => {
  it.each([
    ['Ann Smith-Jones', 'Officer Smith-Jones was shot.', 'An officer was shot.'],
    ['Ann Smith-Jones', 'Officer Smith Jones was shot.', 'An officer was shot.'],
    ['Ann Smith-Jones', 'Officer SmithJones was shot.', 'An officer was shot.'],
    ['Ann Smith-Jones', 'Jones was shot.', 'An officer was shot.'],
    ['Daniel K', 'Officer K. was shot.', 'An officer was shot.'],
    ['Daniel K', 'Sgt K was hit.', 'A sergeant was hit.'],
    ['Daniel Okafor', 'Officer O. was shot.', 'An officer was shot.'],
  ])('%s: %j -> %j', (name, summary, expected) => {
    expect(publicSummary(summary, { name })).toBe(expected);
  });

  it('a lone initial without a title is not the officer', () => {
    expect(publicSummary('Plan B was used; exit K is closed.', { name: 'Daniel K' })).toBe('Plan B was used; exit K is closed.');
  });
});

describe('aliases', () => {
  it('an alias is matched like a name', () => {
    expect(publicSummary('Officer Dee was shot; Dee Okafor is in surgery.', { aliases: ['Dee'] })).toBe(
      'An officer was shot; the officer is in surgery.',
    );
  });
});
