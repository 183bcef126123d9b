/** Writes schemas/blue-alert-request.schema.json from the zod model (npm run gen:schema). */
import { writeFileSync } from 'node:fs';
import { requestJsonSchema } from '../src/request/json-schema.js';

const file = new URL('../schemas/blue-alert-request.schema.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(requestJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${file.pathname}\n`);
