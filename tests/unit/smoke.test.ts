import { expect, it } from 'vitest';
import { CheckResult } from '../../src/lib/schemas/api.ts';
it('schemas load', () => { expect(CheckResult.safeParse({}).success).toBe(false); });
