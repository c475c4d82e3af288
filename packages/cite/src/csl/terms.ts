import { isKnownEventKind, type KnownEventKind } from '@track4tip/core';
import { deepFreeze } from '../internal/freeze.js';
import type { CitationLocale } from '../styles/catalog.js';

/**
 * The kinds of event this package has genre words for: core's `KnownEventKind` (the members of
 * `EVENT_KINDS`). An event's `kind` may also be free text, which is cited as written.
 *
 * @example
 * ```ts
 * import { type EventKind, ITEM_TERMS } from '@track4tip/cite';
 * const kind: EventKind = 'training';
 * console.log(ITEM_TERMS['es-ES'].event[kind]); // "Capacitación"
 * ```
 */
export type EventKind = KnownEventKind;

/**
 * Words this package supplies as item data (CSL `genre`), in each supported locale.
 *
 * @example
 * ```ts
 * import { ITEM_TERMS, type ItemTerms } from '@track4tip/cite';
 * const terms: ItemTerms = ITEM_TERMS['en-US'];
 * console.log(terms.pressRelease, terms.event.roundtable); // "Press release" "Roundtable"
 * ```
 */
export interface ItemTerms {
  /** Genre of a press release, e.g. "Press release". */
  readonly pressRelease: string;
  /** Genre of an initiative or programme, e.g. "Programme". */
  readonly programme: string;
  /** Genre of an event, for each kind of core's `EVENT_KINDS`. */
  readonly event: Readonly<Record<KnownEventKind, string>>;
}

const ENGLISH_EVENTS: Readonly<Record<KnownEventKind, string>> = {
  webinar: 'Webinar',
  seminar: 'Seminar',
  session: 'Session',
  conference: 'Conference',
  workshop: 'Workshop',
  meeting: 'Meeting',
  training: 'Training',
  course: 'Course',
  lecture: 'Lecture',
  panel: 'Panel',
  roundtable: 'Roundtable',
  forum: 'Forum',
  symposium: 'Symposium',
};

const SPANISH: ItemTerms = {
  pressRelease: 'Comunicado de prensa',
  programme: 'Programa',
  event: {
    webinar: 'Seminario web',
    seminar: 'Seminario',
    session: 'Sesión',
    conference: 'Conferencia',
    workshop: 'Taller',
    meeting: 'Reunión',
    training: 'Capacitación',
    course: 'Curso',
    lecture: 'Charla',
    panel: 'Panel',
    roundtable: 'Mesa redonda',
    forum: 'Foro',
    symposium: 'Simposio',
  },
};

/**
 * Our own translations of the item data we supply (the CSL locales translate the style's terms,
 * not the data). Every supported locale has an entry, and each has a word for every kind of
 * core's `EVENT_KINDS`, so no word falls back to English. Deeply frozen.
 *
 * @example
 * ```ts
 * import { ITEM_TERMS } from '@track4tip/cite';
 * console.log(ITEM_TERMS['nl-NL'].pressRelease); // "Persbericht"
 * console.log(ITEM_TERMS['pt-BR'].event.training); // "Capacitação"
 * ```
 */
export const ITEM_TERMS: Readonly<Record<CitationLocale, ItemTerms>> = /* @__PURE__ */ deepFreeze({
  'en-US': { pressRelease: 'Press release', programme: 'Program', event: ENGLISH_EVENTS },
  'en-GB': { pressRelease: 'Press release', programme: 'Programme', event: ENGLISH_EVENTS },
  'es-ES': SPANISH,
  'es-MX': SPANISH,
  'es-CL': SPANISH,
  'pt-BR': {
    pressRelease: 'Comunicado de imprensa',
    programme: 'Programa',
    event: {
      webinar: 'Webinário',
      seminar: 'Seminário',
      session: 'Sessão',
      conference: 'Conferência',
      workshop: 'Oficina',
      meeting: 'Reunião',
      training: 'Capacitação',
      course: 'Curso',
      lecture: 'Palestra',
      panel: 'Painel',
      roundtable: 'Mesa-redonda',
      forum: 'Fórum',
      symposium: 'Simpósio',
    },
  },
  'nl-NL': {
    pressRelease: 'Persbericht',
    programme: 'Programma',
    event: {
      webinar: 'Webinar',
      seminar: 'Seminar',
      session: 'Sessie',
      conference: 'Conferentie',
      workshop: 'Workshop',
      meeting: 'Vergadering',
      training: 'Training',
      course: 'Cursus',
      lecture: 'Lezing',
      panel: 'Panel',
      roundtable: 'Rondetafelgesprek',
      forum: 'Forum',
      symposium: 'Symposium',
    },
  },
});

/**
 * The genre of an event of a kind, in a locale: our word for a kind of core's `EVENT_KINDS`;
 * any other kind (free text in the record's own language) exactly as written, in every locale.
 */
export function eventGenre(kind: string, locale: CitationLocale): string {
  return isKnownEventKind(kind) ? ITEM_TERMS[locale].event[kind] : kind;
}
