/** Leak class 2: a title or rank before the name always means the officer, even before a place word. */
import { describe, expect, it } from 'vitest';
import { publicSummary, redacted } from './support.js';

describe('a title before the name is the officer', () => {
  it.each([
    ['The suspect shot Officer Okafor point blank.', 'The suspect shot an officer point blank.'],
    ['Officer Okafor crossing Colfax was hit.', 'An officer crossing Colfax was hit.'],
    ['Officer Okafor Crossing the street, he was hit.', 'An officer Crossing the street, he was hit.'],
    ['Sgt. Okafor Park was hit.', 'A sergeant Park was hit.'],
    ['Deputy Okafor Street was struck.', 'A deputy Street was struck.'],
    ['Officer Daniel Okafor Bridge', 'An officer Bridge'],
    ['Ofc. Okafor county patrol', 'An officer county patrol'],
    ['Det. Okafor Plaza shooting', 'A detective Plaza shooting'],
    ['Lt Okafor Lake', 'A lieutenant Lake'],
    ['Trooper Okafor Station', 'A trooper Station'],
  ])('%j -> %j', (summary, expected) => {
    expect(publicSummary(summary)).toBe(expected);
  });

  it('without a title, a name before a place word is the place, and the result says it was kept', () => {
    const r = redacted({ summary: 'Shots fired near Okafor Crossing and Fort Okafor.' });
    expect(r.request.incident.summary).toBe('Shots fired near Okafor Crossing and Fort Okafor.');
    expect(r.kept).toEqual([{ path: 'incident.summary', termKind: 'name-part', reason: 'a place name' }]);
  });

  it('after the given name, a place word does not make the surname a place', () => {
    expect(publicSummary('Daniel Okafor Park was named after no one.')).toBe('An officer Park was named after no one.');
  });
});
