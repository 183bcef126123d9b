/**
 * Numbers as CAP writes them (conformance report 19c C02): xs:integer and xs:decimal have no exponent, but
 * `String(1e-7)` is "1e-7" and `String(1.2345678901234568e22)` is "1.2345678901234568e+22".
 */

/**
 * The plain decimal text of a finite number: the digits `String(n)` gives, with its exponent written out as
 * zeros, so the value is the same double and no "e" appears.
 *
 * @example
 * plainNumber(1e-7); //=> '0.0000001'
 * plainNumber(1.2345678901234568e22); //=> '12345678901234568000000'
 * plainNumber(1500.5); //=> '1500.5'
 */
export function plainNumber(n: number): string {
  const text = String(n);
  const e = text.indexOf('e');
  if (e === -1) return text;
  const sign = text.startsWith('-') ? '-' : '';
  const mantissa = text.slice(sign.length, e);
  const exponent = Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  // where the decimal point falls in `digits` once the exponent is applied
  const point = (dot === -1 ? mantissa.length : dot) + exponent;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
