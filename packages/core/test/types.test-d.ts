import { expectTypeOf, test } from 'vitest';
import {
  type CountryId,
  getCountry,
  getEvent,
  getPerson,
  getProgramme,
  type Person,
  type PersonId,
  people,
} from '../src/index.js';
import { defineEvent, defineOrganization } from '../src/schemas.js';

test('fixture ids are literal unions', () => {
  expectTypeOf<PersonId>().toEqualTypeOf<
    | 'andin-bikker'
    | 'maarten-smidts'
    | 'jose-vila-del-castillo'
    | 'carlos-perez'
    | 'antonio-segovia'
    | 'marcelo-colombo'
    | 'lissette-antonieta-reyes'
    | 'pascale-reinke-schreiber'
    | 'silke-albert'
    | 'laura-rundlet'
  >();
  expectTypeOf<'CW'>().toExtend<CountryId>();
  expectTypeOf<'XX'>().not.toExtend<CountryId>();
});

test('a typo in an id does not compile', () => {
  // @ts-expect-error: no such person
  getPerson('andin-biker');
  // @ts-expect-error: no such country
  getCountry('XX');
  // @ts-expect-error: no such event
  getProgramme('webinar');
});

test('references in fixtures are typed ids', () => {
  expectTypeOf(getEvent('unodc-webinar').ledBy).toEqualTypeOf<
    | readonly (
        | 'unodc'
        | 'unodc-tip-som-section'
        | 'us-department-of-state'
        | 'us-tip-office'
        | 'us-department-of-justice'
        | 'nl-ministry-of-justice-and-security'
        | 'nl-law-enforcement-department'
        | 'aiamp'
        | 'redtram'
        | 'cl-public-prosecutors-office'
        | 'cl-international-cooperation-unit'
        | 'ar-public-prosecutors-office'
        | 'ar-trafficking-and-exploitation-unit'
      )[]
    | undefined
  >();
  expectTypeOf(getPerson('silke-albert').id).toEqualTypeOf<'silke-albert'>();
});

test('fixtures are read-only', () => {
  const person = people['carlos-perez'];
  // @ts-expect-error: fixtures are frozen
  person.name = 'Carlos Pérez';
  expectTypeOf(person).toExtend<Person>();
});

test('builders reject wrong shapes at compile time', () => {
  // kinds are open: a known one or the publisher's own word
  defineEvent({ id: 'x', kind: 'capacitación', descriptiveLabel: 'X' });
  // @ts-expect-error: kind is text
  defineEvent({ id: 'x', kind: 3, descriptiveLabel: 'X' });
  // @ts-expect-error: descriptiveLabel is required
  defineEvent({ id: 'x', kind: 'webinar' });
  // @ts-expect-error: unknown field
  defineOrganization({ id: 'x', name: 'X', kind: 'network', website: 'https://x.org' });
  expectTypeOf(
    defineEvent({ id: 'x', kind: 'webinar', descriptiveLabel: 'X' }).kind,
  ).toEqualTypeOf<string>();
});
