import { it } from 'vitest';
import { publicSummary } from './privacy/support.js';
it('dbg', () => {
  for (const s of ['The Okafors thanked everyone.', 'Okafors', 'Youngs and Youngstown', 'the Lopezes'])
    console.log(JSON.stringify(s), '=>', JSON.stringify(publicSummary(s, s.includes('Lopez') ? { name: 'Ana Lopez' } : s.includes('Young') ? { name: 'Maria Young' } : undefined)));
});
