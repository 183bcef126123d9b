/**
 * Shared set-up for the signature tests: throwaway identities (made once per test file) and built messages.
 */
import { buildBlueAlert } from '../../src/index.js';
import { requestFixtures } from '../support/fixtures.js';
import { COG_SUBJECT, makeIdentity, type TestIdentity } from './pki.js';

let cog: TestIdentity | undefined;
/** The COG identity most tests sign with (self-signed, valid 2020..2049). */
export function cogIdentity(): TestIdentity {
  cog ??= makeIdentity({ subject: COG_SUBJECT });
  return cog;
}

let other: TestIdentity | undefined;
/** A second, unrelated identity. */
export function otherIdentity(): TestIdentity {
  other ??= makeIdentity({ subject: [['C', 'US'], ['O', 'Someone Else'], ['CN', 'IPAWSOPEN_399002']] });
  return other;
}

/** The Denver fixture, built with its pinned options. */
export function denverXml(): string {
  const f = requestFixtures().find((x) => x.name === 'officer-killed-denver');
  if (f === undefined) throw new Error('fixture officer-killed-denver is missing');
  return buildBlueAlert(f.request, f.options).xml;
}

/** Every request fixture that builds, as `{ name, xml }`. */
export function builtFixtures(): { name: string; xml: string }[] {
  const out: { name: string; xml: string }[] = [];
  for (const f of requestFixtures()) {
    try {
      out.push({ name: f.name, xml: buildBlueAlert(f.request, f.options).xml });
    } catch {
      // a fixture another issue is still working on; the fixture suite reports it
    }
  }
  return out;
}

/** `xml` with one character changed: the first character of the first `<headline>` text. Throws if there is none. */
export function tamperOneChar(xml: string): string {
  const m = /<headline>([^<]+)</.exec(xml);
  if (m === null) throw new Error('no <headline> to tamper with');
  const at = m.index + '<headline>'.length;
  return xml.slice(0, at) + (xml[at] === 'X' ? 'Y' : 'X') + xml.slice(at + 1);
}
