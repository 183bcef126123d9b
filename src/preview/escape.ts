/**
 * HTML escaping for the preview: every piece of text from a request, a message or a CAP document goes through here.
 */
import { table } from '../table.js';

const ENTITIES: Readonly<Record<string, string>> = table({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' });

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values.
 *
 * @example
 * escapeHtml('<b>"A & B"</b>'); //=> '&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
