import { deepFreeze } from '../internal/freeze.js';
import type { CitationLocale } from '../styles/catalog.js';

/**
 * The kinds of event core models (`Event['kind']`).
 *
 * @example
 * ```ts
 * import { type EventKind, ITEM_TERMS } from '@track4tip/cite';
 * const kind: EventKind = 'webinar';
 * console.log(ITEM_TERMS['es-ES'].event[kind]); // "Seminario web"
 * ```
 */
export type EventKind = 'webinar' | 'seminar' | 'session' | 'conference' | 'workshop' | 'meeting';

/**
 * Words this package supplies as item data (CSL `genre`), in each supported locale.
 *
 * @example
 * ```ts
 * import { ITEM_TERMS, type ItemTerms } from '@track4tip/cite';
 * const terms: ItemTerms = ITEM_TERMS['en-US'];
 * console.log(terms.pressRelease); // "Press release"
 * ```
 */
export interface ItemTerms {
  /** Genre of a press release, e.g. "Press release". */
  readonly pressRelease: string;
  /** Genre of an initiative or programme, e.g. "Programme". */
  readonly programme: string;
  /** Genre of an event, by its kind. */
  readonly event: Readonly<Record<EventKind, string>>;
}

const ENGLISH_EVENTS = {
  webinar: 'Webinar',
  seminar: 'Seminar',
  session: 'Session',
  conference: 'Conference',
  workshop: 'Workshop',
  meeting: 'Meeting',
} as const;

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
  },
};

/**
 * Our own translations of the item data we supply (the CSL locales translate the style's terms,
 * not the data). Every supported locale has an entry, so no word falls back to English. Deeply
 * frozen.
 *
 * @example
 * ```ts
 * import { ITEM_TERMS } from '@track4tip/cite';
 * console.log(ITEM_TERMS['nl-NL'].pressRelease); // "Persbericht"
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
    },
  },
});
