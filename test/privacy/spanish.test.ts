/** Spanish phrases: the redaction writes Spanish replacements for Spanish text, never "an officer". */
import { describe, expect, it } from 'vitest';
import { redactForPublic } from '../../src/redaction/redact.js';
import { rolePhrase } from '../../src/redaction/phrases.js';
import { requestWith } from './support.js';

const es = (summary: string, officer: Record<string, unknown> = {}) =>
  redactForPublic(requestWith({ summary, officer }), { language: 'es' }).request.incident.summary;

describe('Spanish replacement phrases', () => {
  it.each([
    ['El agente Daniel Okafor fue baleado.', 'El agente fue baleado.'],
    ['Okafor fue baleado. La patrulla de Okafor fue robada.', 'Un agente fue baleado. La patrulla del agente fue robada.'],
    ['El sargento Okafor está grave.', 'El sargento está grave.'],
    ['Dispararon a la agente Okafor.', 'Dispararon a la agente.'],
    ['Placa 4471 encontrada.', '[omitido] encontrada.'],
    ['El agente Okafor (placa 4471) fue herido.', 'El agente fue herido.'],
    ['Piden justicia: #JusticiaParaOkafor', 'Piden justicia: [omitido]'],
    // the title with the name in apposition goes as one (red team 7: 'the officer, Okafor,' in a location field)
    ['Una agente, Okafor, fue herida.', 'Una agente fue herida.'],
  ])('%j -> %j', (summary, expected) => {
    expect(es(summary)).toBe(expected);
  });

  it('phrases per role and form', () => {
    expect(rolePhrase('deputy', 'es', 'indefinite')).toBe('un alguacil');
    expect(rolePhrase('sergeant', 'es', 'definite')).toBe('el sargento');
    expect(rolePhrase('officer', 'es', 'possessive')).toBe('del agente');
    expect(rolePhrase('officer', 'en', 'possessive')).toBe("the officer's");
  });
});

describe('Spanish versions of free text in a request', () => {
  it('get Spanish phrases without asking, the English fields English ones', () => {
    const req = requestWith({ summary: 'Officer Daniel Okafor was shot.' }) as Record<string, unknown> & { incident: Record<string, unknown> };
    req.incident['es'] = { summary: 'El agente Daniel Okafor recibió un disparo.' };
    const out = redactForPublic(req as never).request.incident as { summary?: string; es?: { summary?: string } };
    expect(out.summary).toBe('An officer was shot.');
    expect(out.es?.summary).toBe('El agente recibió un disparo.');
  });
});
