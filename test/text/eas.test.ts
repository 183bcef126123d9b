import { describe, expect, it } from 'vitest';
import { EAS_MAX_CHARS, easText } from '../../src/text/eas.js';
import { BASE, compose, EXPIRES, SENT } from './helpers.js';

const REQUIRED =
  'A CIVIL AUTHORITY HAS ISSUED A BLUE ALERT FOR THE FOLLOWING COUNTIES/AREAS: Denver, CO; Adams, CO; AT 2:20 PM ON NOV 22, 2026 EFFECTIVE UNTIL 8:20 PM.';

describe('easText', () => {
  it('joins required sentence, sender, description and instruction with whitespace collapsed', () => {
    const r = easText({ required: REQUIRED, messageFrom: 'Message from  CBI.', description: 'An officer\n\nwas killed.', instruction: ' Call   911. ' });
    expect(r).toEqual({ text: `${REQUIRED} Message from CBI. An officer was killed. Call 911.`, truncated: false });
  });
  it('splits the room evenly between description and instruction and marks both cuts', () => {
    const description = 'word '.repeat(600).trim();
    const instruction = 'call '.repeat(600).trim();
    const r = easText({ required: REQUIRED, messageFrom: 'Message from CBI.', description, instruction });
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(EAS_MAX_CHARS);
    expect(r.text.startsWith(`${REQUIRED} Message from CBI. word`)).toBe(true);
    const [d, i] = r.text.slice(REQUIRED.length + 19).split(' *** ');
    expect(r.text.endsWith(' ***')).toBe(true);
    expect(Math.abs((d ?? '').length - (i ?? '').length)).toBeLessThan(12);
    expect(i?.startsWith('call')).toBe(true);
  });
  it('gives a short instruction all it needs and the rest to the description', () => {
    const r = easText({ required: REQUIRED, description: 'word '.repeat(600).trim(), instruction: 'Do not approach. Call 911.' });
    expect(r.text.endsWith('*** Do not approach. Call 911.')).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(EAS_MAX_CHARS);
    expect(r.text.length).toBeGreaterThan(EAS_MAX_CHARS - 6);
  });
});

describe('composed EAS text', () => {
  it('starts with the ECIG required sentence, then the sender, and says where in the description', () => {
    const { text } = compose(BASE);
    expect(text.eas.startsWith(`${REQUIRED} Message from Colorado Bureau of Investigation. `)).toBe(true);
    // read aloud: street words and compass letters in words (text review 15)
    expect(text.eas).toContain('West Colfax Avenue and North Broadway, Denver');
    expect(text.eas).toContain('Denver metro area');
    expect(text.eas).toMatch(/call 911 immediately/);
    expect(text.eas).not.toMatch(/\s{2}|\n/);
  });
  it('names the originator from issuer.easOrg', () => {
    const words = { CIV: 'A CIVIL AUTHORITY', EAS: 'A BROADCAST STATION OR CABLE SYSTEM', WXR: 'THE NATIONAL WEATHER SERVICE', PEP: 'A PRIMARY ENTRY POINT SYSTEM' } as const;
    for (const [org, w] of Object.entries(words)) {
      const { text } = compose({ ...BASE, issuer: { ...BASE.issuer, easOrg: org as keyof typeof words } });
      expect(text.eas.startsWith(`${w} HAS ISSUED A BLUE ALERT FOR THE FOLLOWING COUNTIES/AREAS: `)).toBe(true);
    }
  });
  it('gives the end date when the alert ends on another day', () => {
    const { text } = compose(BASE, { sent: SENT, expires: new Date(EXPIRES.getTime() + 24 * 3600_000) });
    expect(text.eas).toContain('AT 2:20 PM ON NOV 22, 2026 EFFECTIVE UNTIL 8:20 PM ON NOV 23, 2026.');
  });
  it('truncates a very long description with *** and warns', () => {
    const long = 'The suspect was seen near the park. '.repeat(80);
    const { text, issues } = compose({ ...BASE, text: { description: long.slice(0, 3990) } });
    expect(text.eas.length).toBeLessThanOrEqual(EAS_MAX_CHARS);
    expect(text.eas).toContain(' *** ');
    expect(issues.map((i) => [i.code, i.path, i.severity])).toEqual([['eas_text_truncated', 'text.description', 'warning']]);
  });
  it('uses an EAS override after the required sentence, and rejects one that does not fit', () => {
    const ok = compose({ ...BASE, text: { eas: 'Blue Alert for the Denver area. Call 911.' } });
    expect(ok.text.eas).toBe(`${REQUIRED} Blue Alert for the Denver area. Call 911.`);
    const bad = compose({ ...BASE, text: { eas: 'x '.repeat(850).trim() } });
    expect(bad.issues).toHaveLength(1);
    expect(bad.issues[0]).toMatchObject({ code: 'text_too_long', path: 'text.eas', severity: 'error' });
    expect(bad.issues[0]?.message).toContain('1699');
    expect(bad.issues[0]?.message).toContain(`at most ${EAS_MAX_CHARS - REQUIRED.length - 1}`);
  });
});
