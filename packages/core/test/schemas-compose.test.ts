import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { EventSchema, PersonSchema } from '../src/schemas.js';

// The schemas are zod/mini schemas: they compose with zod's functions, and sit inside schemas
// written with zod's classic API, since both share zod 4's core.
describe('schemas in users’ own zod schemas', () => {
  const event = { id: 'my-webinar', kind: 'webinar', descriptiveLabel: 'My webinar' };

  it('validate inside a classic z.object, with their paths and messages', () => {
    const Registration = z.object({ event: EventSchema, note: z.string() });
    expect(Registration.safeParse({ event, note: 'first' }).success).toBe(true);
    const result = Registration.safeParse({
      event: { ...event, attendanceMode: 'virtual' },
      note: 'first',
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['event.attendanceMode', 'expected "online", "offline" or "mixed"'],
    ]);
  });

  it('extend with zod/mini and print with z.prettifyError', () => {
    const Speaker = zm.extend(PersonSchema, { email: zm.optional(zm.string()) });
    expect(
      Speaker.safeParse({ id: 'jane-doe', name: 'Jane Doe', email: 'jane@example.org' }).success,
    ).toBe(true);
    const result = EventSchema.safeParse({ ...event, id: 'my webinar' });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(zm.prettifyError(result.error)).toMatch(/single hyphens[\s\S]*at id/);
    expect(Object.keys(EventSchema.shape)).toContain('descriptiveLabel');
  });
});
