import { it } from 'vitest';
import { redacted, build } from './privacy/support.js';
it('dbg', () => {
  const show = (label: string, f: () => unknown) => { try { console.log(label, '=>', JSON.stringify(f())); } catch (e) { console.log(label, 'ERR', (e as Error).message); } };
  show('ford', () => { const r = redacted({ officer: { name: 'Henry Ford', badge: '180' }, summary: 'The suspect fled in a gray Ford F-150. Officer Ford was shot.', extra: { suspects: [{ name: 'Daniel Jones', description: { weight: '180 lb', height: '6\'1"' }, vehicle: { make: 'Ford', model: 'F-150', color: 'gray' } }], issuer: { name: 'CBI', sender: 'cbi.bluealert@state.co.us', timeZone: 'America/Denver', phone: '1-800-555-0180' } } }); return [r.request.incident.summary, r.request.suspects[0]?.vehicle, r.request.suspects[0]?.description, r.request.issuer.phone, r.kept]; });
  show('jones', () => { const r = redacted({ officer: { name: 'Daniel Smith' }, summary: 'Daniel Jones shot Officer Daniel Smith. Jones fled; Daniel is armed.', extra: { suspects: [{ name: 'Daniel Jones' }] } }); return [r.request.incident.summary, r.kept]; });
  show('aurora', () => { const r = redacted({ officer: { name: 'Aurora Hill' }, summary: 'Shots fired near Rose Hill Cemetery in Aurora.', extra: { incident: { summary: 'Shots fired near Rose Hill Cemetery in Aurora. Officer Hill was hit.', location: 'Rose Hill Cemetery, Aurora' } } }); return [r.request.incident, r.kept]; });
  show('tip', () => { const r = redacted({ officer: { badge: '0100' }, summary: 'Call 1-800-555-0100 with tips. Suspect is 180 lb.' }); return [r.request.incident.summary, r.kept]; });
  show('missing plate', () => { const r = redacted({ event: 'officer-missing', officer: { name: 'Daniel Okafor', vehicle: { make: 'Ford', plate: { state: 'CO', number: 'OKAFOR1' } } }, summary: 'Officer missing.' }); return [r.request.officer, r.redactions]; });
  show('withheld plate', () => { const r = redacted({ event: 'officer-missing', officer: { name: 'Daniel Okafor', release: { vehicle: false, photo: false }, photoUrl: 'https://x.gov/p/1234.jpg', vehicle: { make: 'Ford', model: 'Explorer', color: 'white', plate: { state: 'CO', number: 'ABC-1234' } } }, summary: 'Look for a white Ford Explorer, plate ABC 1234. Photo: https://x.gov/p/1234.jpg' }); return [r.request.incident.summary]; });
  show('build', () => { const m = build({ summary: 'Officer Daniel Okafor, badge 4471, was shot.' }); return [m.text.wea90, m.kept]; });
  show('build id', () => build({}, { identifier: 'CBI-OKAFOR-1' }).identifier);
  show('build override', () => build({}, { override: { reason: 'Okafor family asked' } }).warnings);
  show('build parse err', () => build({ extra: { Okafor: 1 } }));
});
