import { defineEvent, type EventInput } from '@track4tip/core/schemas';

/**
 * The events tests' record: an in-person two-day training in Quito, in Spanish, led by a fixture
 * organisation; `extra` overrides its fields.
 */
export const quitoTraining = (extra: Partial<EventInput> = {}) =>
  defineEvent({
    id: 'quito-training-2025',
    kind: 'training',
    title: 'Taller regional sobre cooperación judicial',
    descriptiveLabel: 'Two-day training in Quito',
    startDate: '2025-03-10',
    endDate: '2025-03-11',
    inLanguage: ['es'],
    location: {
      place: { name: 'Hotel Quito', address: { addressLocality: 'Quito', addressCountry: 'EC' } },
    },
    ledBy: ['unodc'],
    ...extra,
  });
