/**
 * parseCap: hostile input refused with its own code, namespaces and encodings, and the round trip
 * `parseCap(toCapXml(alert))` for every built fixture and for generated models.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBlueAlert } from '../../src/build.js';
import type { CapAlert, CapArea, CapInfo, CapResource, CapValuePair } from '../../src/cap/model.js';
import { CapParseError, parseCap, safeParseCap, type CapParseErrorCode } from '../../src/cap/parse.js';
import { toCapXml } from '../../src/cap/xml.js';
import { validateCap } from '../../src/validate/validate.js';
import { requestFixtures } from '../support/fixtures.js';

const NS = 'urn:oasis:names:tc:emergency:cap:1.2';
const HEAD = `<identifier>X-1</identifier><sender>a@b.example</sender><sent>2026-03-14T09:30:00-06:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope>`;
const minimal = (body = HEAD, open = `<alert xmlns="${NS}">`, close = '</alert>'): string => `<?xml version="1.0" encoding="UTF-8"?>\n${open}${body}${close}`;

function codeOf(input: string | Uint8Array, options = {}): CapParseErrorCode | 'ok' {
  const r = safeParseCap(input, options);
  return r.success ? 'ok' : r.error.code;
}

describe('parseCap: hostile input', () => {
  const cases: [string, string | Uint8Array, CapParseErrorCode, object?][] = [
    ['a DOCTYPE', `<!DOCTYPE alert>\n${minimal()}`, 'DOCTYPE_FORBIDDEN'],
    ['a lowercase doctype', `<!doctype alert>${minimal()}`, 'DOCTYPE_FORBIDDEN'],
    [
      'billion laughs',
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><alert xmlns="${NS}"><note>&lol2;</note></alert>`,
      'DOCTYPE_FORBIDDEN',
    ],
    ['an external entity', `<!DOCTYPE alert [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><alert xmlns="${NS}"><note>&xxe;</note></alert>`, 'DOCTYPE_FORBIDDEN'],
    ['a DOCTYPE after a comment', `<!-- hello --><!DOCTYPE alert>${minimal()}`, 'DOCTYPE_FORBIDDEN'],
    ['an ENTITY declaration', `<!ENTITY x "y">${minimal()}`, 'ENTITY_FORBIDDEN'],
    ['an undeclared entity in text', minimal(`${HEAD}<note>&xxe;</note>`), 'ENTITY_FORBIDDEN'],
    ['an HTML entity in text', minimal(`${HEAD}<note>a&nbsp;b</note>`), 'ENTITY_FORBIDDEN'],
    ['an undeclared entity in an attribute', minimal(HEAD, `<alert xmlns="${NS}" x="&xxe;">`), 'ENTITY_FORBIDDEN'],
    ['10 MB of text', minimal(`${HEAD}<note>${'x'.repeat(10 * 1024 * 1024)}</note>`), 'TOO_LARGE'],
    ['10 MB of bytes', new Uint8Array(10 * 1024 * 1024).fill(0x20), 'TOO_LARGE'],
    ['multi-byte characters over the byte limit', minimal(`${HEAD}<note>${'é'.repeat(600_000)}</note>`), 'TOO_LARGE'],
    ['a small maxBytes', minimal(), 'TOO_LARGE', { maxBytes: 100 }],
    ['deep nesting', minimal(`${HEAD}<note>${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}</note>`), 'TOO_DEEP'],
    ['deep self-closing nesting', minimal(`${HEAD}<note>${'<x>'.repeat(30)}<y/>${'</x>'.repeat(30)}</note>`), 'TOO_DEEP'],
    ['a CAP 1.1 root', minimal(HEAD, '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.1">'), 'CAP_1_1'],
    ['a CAP 1.0 root', minimal(HEAD, '<alert xmlns="http://www.incident.com/cap/1.0">'), 'CAP_1_0'],
    ['another namespace', minimal(HEAD, '<alert xmlns="urn:example:other">'), 'NOT_CAP'],
    ['no namespace', minimal(HEAD, '<alert>'), 'NOT_CAP'],
    ['another root', minimal(HEAD, `<feed xmlns="${NS}">`, '</feed>'), 'NOT_CAP'],
    ['an empty document', '', 'NOT_CAP'],
    ['a mismatched end tag', minimal(`${HEAD}<note>x</nope>`), 'MALFORMED_XML'],
    ['two roots', `${minimal()}<alert xmlns="${NS}"/>`, 'MALFORMED_XML'],
    ['text after the root', `${minimal()}trailing`, 'MALFORMED_XML'],
    ['an unterminated comment', `${minimal()}<!-- never closed`, 'MALFORMED_XML'],
    ['an unterminated CDATA section', minimal(`${HEAD}<note><![CDATA[x</note>`), 'MALFORMED_XML'],
    ['an undeclared prefix', minimal(HEAD, '<cap:alert>', '</cap:alert>'), 'MALFORMED_XML'],
    ['invalid UTF-8 bytes', new Uint8Array([0x3c, 0x61, 0xff, 0xfe, 0x3e]), 'MALFORMED_XML'],
  ];
  for (const [name, input, code, options] of cases) {
    it(`refuses ${name} with ${code}`, () => {
      expect(codeOf(input, options)).toBe(code);
    });
  }

  it('throws CapParseError with a message that says what was found and what is valid', () => {
    let caught: unknown;
    try {
      parseCap(minimal(HEAD, '<alert xmlns="urn:oasis:names:tc:emergency:cap:1.1">'));
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CapParseError);
    const e = caught as CapParseError;
    expect(e.name).toBe('CapParseError');
    expect(e.message).toContain('CAP 1.1');
    expect(e.message).toContain(NS);
    expect(codeOf(minimal(HEAD, '<alert xmlns="urn:example:other">'))).toBe('NOT_CAP');
    expect(safeParseCap(minimal(HEAD, '<alert xmlns="urn:example:other">')).error?.message).toContain('urn:example:other');
  });

  it('validateCap reports a refused document as one error with the same code', () => {
    expect(validateCap(`<!DOCTYPE x>${minimal()}`, { profile: 'ipaws' })).toEqual([
      expect.objectContaining({ code: 'DOCTYPE_FORBIDDEN', severity: 'error', path: '/' }),
    ]);
  });
});

describe('parseCap: accepted forms', () => {
  it('reads a default namespace and a prefix the same way', () => {
    const body = `${HEAD}<code>IPAWSv1.0</code>`;
    const prefixed = minimal(body.replace(/<(\/?)([a-zA-Z]+)>/g, '<$1c:$2>'), `<c:alert xmlns:c="${NS}">`, '</c:alert>');
    expect(parseCap(prefixed)).toEqual(parseCap(minimal(body)));
    expect(parseCap(prefixed).code).toEqual(['IPAWSv1.0']);
  });

  it('accepts a UTF-8 BOM in text and in bytes', () => {
    expect(parseCap(`\uFEFF${minimal()}`).identifier).toBe('X-1');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(minimal())]);
    expect(parseCap(bytes).identifier).toBe('X-1');
  });

  it('decodes entities and character references, keeps CDATA literal and ignores comments', () => {
    const a = parseCap(minimal(`${HEAD}<note>A &amp; B &lt;ok&gt; &#233;&#x1F6A8;<!-- c -->!<![CDATA[ &xxe; <!DOCTYPE x> ]]></note>`));
    expect(a.note).toBe('A & B <ok> é🚨! &xxe; <!DOCTYPE x> ');
  });

  it('treats markup inside comments as text', () => {
    expect(parseCap(minimal(`${HEAD}<!-- <!DOCTYPE x> <!ENTITY y "z"> &xxe; -->`)).identifier).toBe('X-1');
  });

  it('skips an XML-DSig Signature', () => {
    const sig = '<Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><Reference URI=""><DigestValue>AA==</DigestValue></Reference></SignedInfo><SignatureValue>AA==</SignatureValue></Signature>';
    expect(parseCap(minimal(`${HEAD}${sig}`))).toEqual(parseCap(minimal()));
  });

  it('keeps a Signature from counting as deep CAP nesting only up to maxDepth', () => {
    expect(codeOf(minimal(`${HEAD}<note>${'<x>'.repeat(5)}${'</x>'.repeat(5)}</note>`), { maxDepth: 6 })).toBe('TOO_DEEP');
    expect(codeOf(minimal(`${HEAD}<note>${'<x>'.repeat(4)}${'</x>'.repeat(4)}</note>`), { maxDepth: 6 })).toBe('ok');
  });
});

/** What parseCap reads for a model: white space around xs:dateTime, xs:language and xs:anyURI values collapsed. */
function collapseTyped(a: CapAlert): CapAlert {
  const c = (v: string | undefined): string | undefined => (v === undefined || v.trim() === '' ? v : v.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ''));
  const keep = <T extends object>(o: T, keys: readonly (keyof T)[]): T => {
    const out = { ...o };
    for (const k of keys) if (out[k] !== undefined) (out as Record<keyof T, unknown>)[k] = c(out[k] as string | undefined);
    return out;
  };
  return {
    ...keep(a, ['sent']),
    info: a.info.map((i) => ({ ...keep(i, ['language', 'effective', 'onset', 'expires', 'web']), resource: i.resource.map((r) => keep(r, ['uri'])) })),
  };
}

describe('parseCap: round trip', () => {
  for (const f of requestFixtures()) {
    it(`parseCap(toCapXml(alert)) equals the alert built from ${f.name}`, () => {
      const built = buildBlueAlert(f.request, f.options);
      expect(parseCap(built.xml)).toEqual(built.alert);
      expect(parseCap(toCapXml(built.alert))).toStrictEqual(built.alert);
    });
  }

  // xmlbuilder2 alone writes "&" unescaped when it starts something
  // that looks like an entity ("&nbsp;", "&amp;"); src/cap/xml.ts escapes every "&" first, and this pins it.
  it('keeps text that looks like an entity reference', () => {
    const base = parseCap(minimal());
    const a: CapAlert = { ...base, note: 'Call&nbsp;911 &amp; AT&T;' };
    expect(parseCap(toCapXml(a)).note).toBe('Call&nbsp;911 &amp; AT&T;');
  });

  it('holds for generated models', () => {
    const text = fc.string({ unit: fc.constantFrom(...'abcXYZ 019&;<>"\'é€\n\t-_.,:/[]#'.split('')), maxLength: 12 });
    const token = fc.string({ unit: fc.constantFrom(...'abcXYZ019-_.@'.split('')), minLength: 1, maxLength: 10 });
    const opt = <T,>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
    const pair: fc.Arbitrary<CapValuePair> = fc.record({ valueName: text, value: text }).map((p) => ({ valueName: p.valueName, value: p.value }));
    const list = <T,>(arb: fc.Arbitrary<T>): fc.Arbitrary<T[]> => fc.array(arb, { maxLength: 3 });
    const drop = <R,>(o: object): R => ({ ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) }) as R;
    const area: fc.Arbitrary<CapArea> = fc
      .record({ areaDesc: text, polygon: list(text), circle: list(text), geocode: list(pair), altitude: opt(fc.integer()), ceiling: opt(fc.integer()) })
      .map((o) => drop<CapArea>(o));
    const resource: fc.Arbitrary<CapResource> = fc
      .record({ resourceDesc: text, mimeType: text, size: opt(fc.nat()), uri: opt(text), derefUri: opt(text), digest: opt(text) })
      .map((o) => drop<CapResource>(o));
    const info: fc.Arbitrary<CapInfo> = fc
      .record({
        language: opt(text), category: list(text), event: text, responseType: list(text), urgency: text, severity: text,
        certainty: text, audience: opt(text), eventCode: list(pair), effective: opt(text), onset: opt(text), expires: opt(text),
        senderName: opt(text), headline: opt(text), description: opt(text), instruction: opt(text), web: opt(text),
        contact: opt(text), parameter: list(pair), resource: list(resource), area: list(area),
      })
      .map((o) => drop<CapInfo>(o));
    const alert: fc.Arbitrary<CapAlert> = fc
      .record({
        identifier: text, sender: text, sent: text, status: text, msgType: text, source: opt(text), scope: text,
        restriction: opt(text), addresses: opt(text), code: list(text), note: opt(text),
        references: opt(fc.array(token, { minLength: 1, maxLength: 3 })), incidents: opt(text), info: list(info),
      })
      .map((o) => drop<CapAlert>(o));
    fc.assert(
      fc.property(alert, (a) => {
        // xs:dateTime, xs:language and xs:anyURI values come back collapsed (review 24 V1); everything else exactly
        const once = parseCap(toCapXml(a));
        expect(once).toStrictEqual(collapseTyped(a));
        expect(parseCap(toCapXml(once))).toStrictEqual(once);
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 40), seed: Number(process.env.FC_SEED ?? 42) },
    );
  });
});
