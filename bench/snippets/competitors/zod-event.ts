// Validating a user's event with a hand-written zod schema of the same fields, as a site without
// @track4tip/core/schemas would.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const line = z.string().trim().min(1).max(500);
const EventSchema = z.strictObject({
  id,
  kind: z.enum(['webinar', 'seminar', 'session', 'conference', 'workshop', 'meeting']),
  title: line.optional(),
  descriptiveLabel: line,
  description: z.string().min(1).max(5000).optional(),
  startDate: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  endDate: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  attendanceMode: z.enum(['online', 'offline', 'mixed']).optional(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  ledBy: z.array(id).optional(),
});

const input = document.querySelector('textarea')?.value ?? '{}';
const result = EventSchema.safeParse(JSON.parse(input));
document.body.append(result.success ? 'valid' : z.prettifyError(result.error));
