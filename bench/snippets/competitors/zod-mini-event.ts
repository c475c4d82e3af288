// Validating a user's event with a hand-written zod/mini schema of the same fields: zod's
// tree-shakable API, for scale.
import * as z from 'zod/mini';

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const line = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));
const date = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
const url = z.url({ protocol: /^https?$/ });
const address = z.strictObject({
  streetAddress: z.optional(line),
  addressLocality: z.optional(line),
  addressRegion: z.optional(line),
  postalCode: z.optional(line),
  addressCountry: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
});
const EventSchema = z.strictObject({
  id,
  kind: line,
  title: z.optional(line),
  descriptiveLabel: line,
  description: z.optional(z.string().check(z.minLength(1), z.maxLength(5000))),
  startDate: z.optional(date),
  endDate: z.optional(date),
  attendanceMode: z.optional(z.enum(['online', 'offline', 'mixed'])),
  url: z.optional(url),
  location: z.optional(
    z.strictObject({
      place: z.optional(
        z.strictObject({
          name: z.optional(line),
          address,
          geo: z.optional(z.strictObject({ latitude: z.number(), longitude: z.number() })),
        }),
      ),
      virtualLocation: z.optional(z.strictObject({ url, name: z.optional(line) })),
    }),
  ),
  image: z.optional(z.union([url, z.array(url)])),
  offers: z.optional(
    z.array(
      z.strictObject({
        url: z.optional(url),
        price: z.optional(z.number().check(z.gte(0))),
        priceCurrency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
        availability: z.optional(z.enum(['in-stock', 'sold-out', 'pre-order'])),
        validFrom: z.optional(date),
      }),
    ),
  ),
  status: z.optional(
    z.enum(['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online']),
  ),
  ledBy: z.optional(z.array(id)),
});

const input = document.querySelector('textarea')?.value ?? '{}';
const result = EventSchema.safeParse(JSON.parse(input));
document.body.append(result.success ? 'valid' : z.prettifyError(result.error));
