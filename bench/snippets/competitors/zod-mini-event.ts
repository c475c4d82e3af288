// Validating a user's event with a hand-written zod/mini schema of the same fields: zod's
// tree-shakable API, for scale.
import * as z from 'zod/mini';

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const line = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));
const date = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
const EventSchema = z.strictObject({
  id,
  kind: z.enum(['webinar', 'seminar', 'session', 'conference', 'workshop', 'meeting']),
  title: z.optional(line),
  descriptiveLabel: line,
  description: z.optional(z.string().check(z.minLength(1), z.maxLength(5000))),
  startDate: z.optional(date),
  endDate: z.optional(date),
  attendanceMode: z.optional(z.enum(['online', 'offline', 'mixed'])),
  url: z.optional(z.url({ protocol: /^https?$/ })),
  ledBy: z.optional(z.array(id)),
});

const input = document.querySelector('textarea')?.value ?? '{}';
const result = EventSchema.safeParse(JSON.parse(input));
document.body.append(result.success ? 'valid' : z.prettifyError(result.error));
