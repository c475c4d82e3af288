// Validating a user's event with a hand-written zod schema of the same fields, as a site without
// @track4tip/core/schemas would.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const line = z.string().trim().min(1).max(500);
const date = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
const url = z.url({ protocol: /^https?$/ });
const address = z.strictObject({
  streetAddress: line.optional(),
  addressLocality: line.optional(),
  addressRegion: line.optional(),
  postalCode: line.optional(),
  addressCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
});
const EventSchema = z.strictObject({
  id,
  kind: line,
  title: line.optional(),
  descriptiveLabel: line,
  description: z.string().min(1).max(5000).optional(),
  startDate: date.optional(),
  endDate: date.optional(),
  attendanceMode: z.enum(['online', 'offline', 'mixed']).optional(),
  url: url.optional(),
  location: z
    .strictObject({
      place: z
        .strictObject({
          name: line.optional(),
          address,
          geo: z.strictObject({ latitude: z.number(), longitude: z.number() }).optional(),
        })
        .optional(),
      virtualLocation: z.strictObject({ url, name: line.optional() }).optional(),
    })
    .optional(),
  image: z.union([url, z.array(url)]).optional(),
  offers: z
    .array(
      z.strictObject({
        url: url.optional(),
        price: z.number().min(0).optional(),
        priceCurrency: z
          .string()
          .regex(/^[A-Z]{3}$/)
          .optional(),
        availability: z.enum(['in-stock', 'sold-out', 'pre-order']).optional(),
        validFrom: date.optional(),
      }),
    )
    .optional(),
  status: z.enum(['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online']).optional(),
  ledBy: z.array(id).optional(),
});

const input = document.querySelector('textarea')?.value ?? '{}';
const result = EventSchema.safeParse(JSON.parse(input));
document.body.append(result.success ? 'valid' : z.prettifyError(result.error));
