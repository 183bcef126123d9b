/**
 * `xsi:type` on a CAP element, as the official schema judges it (conformance report 19c C04; xmllint the referee):
 * it must name a type validly derived from the element's declared type. Elements with an anonymous type (`<sent>`,
 * `<status>`, `<info>`, …) accept none; an element of a named built-in type (`xs:string`, `xs:language`,
 * `xs:anyURI`, `xs:integer`, `xs:decimal`) accepts that type and the built-in types derived from it by restriction.
 */
import type { XsiTypeName } from '../cap/xml-types.js';
import { table } from '../table.js';

const XSD_NAMESPACE = 'http://www.w3.org/2001/XMLSchema';

type Declared = 'string' | 'language' | 'anyURI' | 'integer' | 'decimal';

/** The CAP 1.2 elements whose declared type is a named built-in type (cap-v1.2.xsd); the others are anonymous. */
const DECLARED: Readonly<Record<string, Declared>> = table({
  identifier: 'string', sender: 'string', source: 'string', restriction: 'string', addresses: 'string', code: 'string',
  note: 'string', references: 'string', incidents: 'string', event: 'string', audience: 'string', senderName: 'string',
  headline: 'string', description: 'string', instruction: 'string', contact: 'string', resourceDesc: 'string',
  mimeType: 'string', derefUri: 'string', digest: 'string', areaDesc: 'string', polygon: 'string', circle: 'string',
  valueName: 'string', value: 'string', language: 'language', web: 'anyURI', uri: 'anyURI', size: 'integer',
  altitude: 'decimal', ceiling: 'decimal',
});

const INTEGERS = ['integer', 'nonPositiveInteger', 'negativeInteger', 'long', 'int', 'short', 'byte', 'nonNegativeInteger', 'unsignedLong', 'unsignedInt', 'unsignedShort', 'unsignedByte', 'positiveInteger'];

/** Each declared type and the built-in types derived from it (XML Schema 1.0 Part 2 §3.3, §3.4). */
const DERIVED: Readonly<Record<Declared, readonly string[]>> = {
  string: ['string', 'normalizedString', 'token', 'language', 'Name', 'NCName', 'ID', 'IDREF', 'ENTITY', 'NMTOKEN'],
  language: ['language'],
  anyURI: ['anyURI'],
  integer: INTEGERS,
  decimal: ['decimal', ...INTEGERS],
};

/**
 * Why the schema refuses `xsiType` on the CAP element `element`, for the message, or undefined when it accepts it.
 *
 * @example
 * xsiTypeProblem('identifier', { value: 'xs:string', ns: 'http://www.w3.org/2001/XMLSchema', local: 'string' }); //=> undefined
 * xsiTypeProblem('sent', { value: 'xs:string', ns: 'http://www.w3.org/2001/XMLSchema', local: 'string' });
 * //=> '<sent> has an anonymous type in the CAP 1.2 schema, so no xsi:type names a type derived from it; …'
 */
export function xsiTypeProblem(element: string, xsiType: XsiTypeName): string | undefined {
  const declared = Object.hasOwn(DECLARED, element) ? DECLARED[element] : undefined;
  if (declared === undefined) {
    return `<${element}> has an anonymous type in the CAP 1.2 schema, so no xsi:type names a type derived from it; remove the attribute.`;
  }
  const derived = DERIVED[declared].slice(1, 4).map((t) => `xs:${t}`);
  const valid = `Valid: xs:${declared}${derived.length === 0 ? '' : ` or a built-in type derived from it (${derived.join(', ')}, …)`}, with the XML Schema namespace declared; or leave the attribute out.`;
  if (xsiType.ns === undefined) return `its prefix is not declared, so it names no type. ${valid}`;
  if (xsiType.ns !== XSD_NAMESPACE) return `it names a type in ${xsiType.ns === '' ? 'no namespace' : `the namespace "${xsiType.ns}"`}, where the schema defines none. ${valid}`;
  if (DERIVED[declared].includes(xsiType.local)) return undefined;
  return `it is not xs:${declared} (the declared type of <${element}>) or a type derived from it. ${valid}`;
}
