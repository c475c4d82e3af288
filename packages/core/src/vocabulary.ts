import { deepFreeze } from './internal/freeze.js';

/**
 * The kinds of event the SDK knows by name. An event's `kind` may be one of them or any other
 * one-line text in the record's own language ("capacitación"); a known kind is translated where
 * a package writes it (a citation's genre) and mapped to a schema.org type by
 * `@track4tip/jsonld` (training, course, workshop and lecture are `EducationEvent`s).
 *
 * @example
 * ```ts
 * import { EVENT_KINDS } from '@track4tip/core';
 * console.log(EVENT_KINDS.includes('training')); // true
 * ```
 */
export const EVENT_KINDS = /* @__PURE__ */ deepFreeze([
  'webinar',
  'seminar',
  'session',
  'conference',
  'workshop',
  'meeting',
  'training',
  'course',
  'lecture',
  'panel',
  'roundtable',
  'forum',
  'symposium',
] as const);
/**
 * A kind of event the SDK knows by name.
 *
 * @example
 * ```ts
 * import type { KnownEventKind } from '@track4tip/core';
 * const kind: KnownEventKind = 'training';
 * ```
 */
export type KnownEventKind = (typeof EVENT_KINDS)[number];

/**
 * The parts in a programme the SDK knows by name. A participation's `role` may be one of them or
 * any other one-line text, kept as written (in its own language).
 *
 * @example
 * ```ts
 * import { PARTICIPATION_ROLES } from '@track4tip/core';
 * console.log(PARTICIPATION_ROLES.includes('moderator')); // true
 * ```
 */
export const PARTICIPATION_ROLES = /* @__PURE__ */ deepFreeze([
  'opening',
  'opening-commentary',
  'keynote',
  'speaker',
  'presenter',
  'panelist',
  'moderator',
  'chair',
  'trainer',
  'rapporteur',
  'closing',
] as const);
/**
 * A part in a programme the SDK knows by name.
 *
 * @example
 * ```ts
 * import type { KnownParticipationRole } from '@track4tip/core';
 * const role: KnownParticipationRole = 'moderator';
 * ```
 */
export type KnownParticipationRole = (typeof PARTICIPATION_ROLES)[number];

/**
 * The languages {@link roleName} has names for.
 *
 * @example
 * ```ts
 * import { ROLE_NAME_LANGUAGES } from '@track4tip/core';
 * console.log(ROLE_NAME_LANGUAGES); // ["en", "es", "fr", "nl", "pt"]
 * ```
 */
export const ROLE_NAME_LANGUAGES = /* @__PURE__ */ deepFreeze([
  'en',
  'es',
  'fr',
  'nl',
  'pt',
] as const);
type RoleNameLanguage = (typeof ROLE_NAME_LANGUAGES)[number];

// Written by the SDK's authors: the common words for these parts of a programme.
const ROLE_NAMES: Readonly<
  Record<KnownParticipationRole, Readonly<Record<RoleNameLanguage, string>>>
> = /* @__PURE__ */ deepFreeze({
  opening: { en: 'opening', es: 'apertura', fr: 'ouverture', nl: 'opening', pt: 'abertura' },
  'opening-commentary': {
    en: 'opening commentary',
    es: 'comentarios de apertura',
    fr: "commentaires d'ouverture",
    nl: 'openingscommentaar',
    pt: 'comentários de abertura',
  },
  keynote: {
    en: 'keynote speaker',
    es: 'orador principal',
    fr: "conférencier d'honneur",
    nl: 'keynotespreker',
    pt: 'palestrante principal',
  },
  speaker: { en: 'speaker', es: 'ponente', fr: 'intervenant', nl: 'spreker', pt: 'palestrante' },
  presenter: {
    en: 'presenter',
    es: 'presentador',
    fr: 'présentateur',
    nl: 'presentator',
    pt: 'apresentador',
  },
  panelist: { en: 'panelist', es: 'panelista', fr: 'panéliste', nl: 'panellid', pt: 'painelista' },
  moderator: {
    en: 'moderator',
    es: 'moderador',
    fr: 'modérateur',
    nl: 'moderator',
    pt: 'moderador',
  },
  chair: { en: 'chair', es: 'presidente', fr: 'président', nl: 'voorzitter', pt: 'presidente' },
  trainer: { en: 'trainer', es: 'formador', fr: 'formateur', nl: 'trainer', pt: 'formador' },
  rapporteur: {
    en: 'rapporteur',
    es: 'relator',
    fr: 'rapporteur',
    nl: 'rapporteur',
    pt: 'relator',
  },
  closing: { en: 'closing', es: 'clausura', fr: 'clôture', nl: 'afsluiting', pt: 'encerramento' },
});

/**
 * Whether a role is one the SDK knows by name.
 *
 * @param role - A participation's role.
 * @returns `true` for a member of {@link PARTICIPATION_ROLES}.
 * @example
 * ```ts
 * import { isKnownRole } from '@track4tip/core';
 * isKnownRole('moderator'); // true
 * isKnownRole('relatora'); // false: free text
 * ```
 */
export function isKnownRole(role: string): role is KnownParticipationRole {
  return Object.hasOwn(ROLE_NAMES, role);
}

/**
 * Whether an event kind is one the SDK knows by name.
 *
 * @param kind - An event's kind.
 * @returns `true` for a member of {@link EVENT_KINDS}.
 * @example
 * ```ts
 * import { isKnownEventKind } from '@track4tip/core';
 * isKnownEventKind('training'); // true
 * isKnownEventKind('capacitación'); // false: free text
 * ```
 */
export function isKnownEventKind(kind: string): kind is KnownEventKind {
  return (EVENT_KINDS as readonly string[]).includes(kind);
}

/**
 * A role's name in a language: a known role in that language's words; free text as written.
 *
 * @param role - A participation's role.
 * @param language - A BCP 47 tag; its language subtag picks the words (`es-EC` reads `es`).
 * @returns The name, or `undefined` for a known role in a language without names (see
 *   {@link ROLE_NAME_LANGUAGES}): the caller decides, nothing is guessed.
 * @example
 * ```ts
 * import { roleName } from '@track4tip/core';
 * roleName('moderator', 'es'); // "moderador"
 * roleName('relatora', 'en'); // "relatora": free text keeps its own language
 * roleName('moderator', 'de'); // undefined
 * ```
 */
export function roleName(role: string, language: string): string | undefined {
  if (!isKnownRole(role)) return role;
  const subtag = language.split('-')[0]?.toLowerCase() ?? '';
  return Object.hasOwn(ROLE_NAMES[role], subtag)
    ? ROLE_NAMES[role][subtag as RoleNameLanguage]
    : undefined;
}

/**
 * The kinds of publication the SDK knows by name (a press release has a model of its own). A
 * publication's `kind` may be one of them or your own word; `@track4tip/jsonld` writes a report
 * as a schema.org `Report`, a web page as a `WebPage`, an article as an `Article`, and
 * `@track4tip/cite` cites a report as CSL `report` and a web page and an article as `webpage`.
 *
 * @example
 * ```ts
 * import { PUBLICATION_KINDS } from '@track4tip/core';
 * console.log(PUBLICATION_KINDS); // ["report", "web-page", "article"]
 * ```
 */
export const PUBLICATION_KINDS = /* @__PURE__ */ deepFreeze([
  'report',
  'web-page',
  'article',
] as const);
/**
 * A kind of publication the SDK knows by name.
 *
 * @example
 * ```ts
 * import type { KnownPublicationKind } from '@track4tip/core';
 * const kind: KnownPublicationKind = 'report';
 * ```
 */
export type KnownPublicationKind = (typeof PUBLICATION_KINDS)[number];

/**
 * Whether a publication kind is one the SDK knows by name.
 *
 * @param kind - A publication's kind.
 * @returns `true` for a member of {@link PUBLICATION_KINDS}.
 * @example
 * ```ts
 * import { isKnownPublicationKind } from '@track4tip/core';
 * isKnownPublicationKind('report'); // true
 * isKnownPublicationKind('informe'); // false: free text
 * ```
 */
export function isKnownPublicationKind(kind: string): kind is KnownPublicationKind {
  return (PUBLICATION_KINDS as readonly string[]).includes(kind);
}
