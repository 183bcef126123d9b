import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod/mini';
import type { blueAlertRequestSchema } from '../../src/request/schema.js';
import type { BlueAlertRequest, BlueAlertRequestInput } from '../../src/request/types.js';

type ZIn = z.input<typeof blueAlertRequestSchema>;
type ZOut = z.output<typeof blueAlertRequestSchema>;

test('the named interfaces equal the zod schema (they cannot drift)', () => {
  expectTypeOf<BlueAlertRequestInput>().toEqualTypeOf<ZIn>();
  expectTypeOf<BlueAlertRequest>().toEqualTypeOf<ZOut>();
});
