/**
 * Finds where a JSON path (`area.circles[0].lat`, as issues name them) sits in the JSON text the user typed, so the
 * page can put an error next to the line of the field it names.
 */

/**
 * The 1-based line of each value in a JSON text, keyed by its path (`a.b[2].c`; `''` for the whole document).
 * Returns an empty map when the text is not valid JSON.
 *
 * @example
 * jsonPathLines('{\n  "area": { "circles": [ { "lat": 200 } ] }\n}').get('area.circles[0].lat'); //=> 2
 */
export function jsonPathLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let pos = 0;
  let line = 1;
  const ws = () => {
    while (pos < text.length && /\s/.test(text[pos]!)) {
      if (text[pos] === '\n') line++;
      pos++;
    }
  };
  const str = (): string => {
    const start = pos;
    pos++;
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    pos++;
    return JSON.parse(text.slice(start, pos)) as string;
  };
  const value = (path: string, depth: number): void => {
    if (depth > 200) throw new Error('too deep');
    ws();
    if (path !== '' || depth === 0) lines.set(path, line);
    const c = text[pos];
    if (c === '{') {
      pos++;
      ws();
      if (text[pos] === '}') {
        pos++;
        return;
      }
      for (;;) {
        ws();
        const key = str();
        ws();
        pos++; // :
        const keyLine = line;
        const child = path === '' ? key : `${path}.${key}`;
        value(child, depth + 1);
        // the line of a member is its key's line ("" as a key at the top would name the document itself: skip)
        if (child !== '') lines.set(child, keyLine);
        ws();
        if (text[pos++] === '}') return;
      }
    } else if (c === '[') {
      pos++;
      ws();
      if (text[pos] === ']') {
        pos++;
        return;
      }
      for (let i = 0; ; i++) {
        value(`${path}[${i}]`, depth + 1);
        ws();
        if (text[pos++] === ']') return;
      }
    } else if (c === '"') str();
    else while (pos < text.length && /[^\s,\]}]/.test(text[pos]!)) pos++;
  };
  try {
    JSON.parse(text);
    value('', 0);
  } catch {
    return new Map();
  }
  return lines;
}

/**
 * The line of the nearest path that exists: the path itself, else its parents (`area.circles[0].lat` ->
 * `area.circles[0]` -> `area.circles` -> `area`), else undefined (a path outside the document, like
 * `options.identifier`, has no line; `''` is the document's first line).
 *
 * @example
 * lineForPath(jsonPathLines('{"area":{}}'), 'area.circles[0].lat'); //=> 1
 */
export function lineForPath(lines: ReadonlyMap<string, number>, path: string): number | undefined {
  let p = path;
  for (;;) {
    const found = lines.get(p);
    if (found !== undefined && (p !== '' || path === '')) return found;
    if (p === '') return undefined;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut <= 0 ? '' : p.slice(0, cut);
  }
}
