import { EventSchema, OrganizationSchema } from '@track4tip/core/schemas';
import type { Problem } from '../io.js';
import { isRecord } from '../json.js';
import { DATASET_KEYS } from '../records.js';

/** What a file can hold. */
export type InputKind = 'auto' | 'dataset' | 'event' | 'organization' | 'jsonld';
/** What a file holds, once decided. */
export type Kind = Exclude<InputKind, 'auto'>;

/**
 * schema.org property names that the SDK's models do not use but that say what a newcomer meant:
 * evidence for the guess, besides the fields each model knows.
 */
const SCHEMA_ORG_HINTS: Readonly<Record<string, 'event' | 'organization'>> = {
  organizer: 'event',
  performer: 'event',
  eventStatus: 'event',
  eventAttendanceMode: 'event',
  doorTime: 'event',
  duration: 'event',
  legalName: 'organization',
  address: 'organization',
  email: 'organization',
  telephone: 'organization',
  foundingDate: 'organization',
  alternateName: 'organization',
};

// The schemas themselves, not core's safeParse*: zod's issue codes tell an unknown key apart.
const MODELS = {
  event: (input: unknown) => EventSchema.safeParse(input),
  organization: (input: unknown) => OrganizationSchema.safeParse(input),
} as const;

/**
 * The fields of `input` that speak for a model: those it knows with a value it accepts count 2,
 * those it knows with a wrong value 1, and the schema.org hints above 1. Probing one field at a
 * time keeps this independent of the validator's messages: only issue codes and paths are read.
 */
function evidence(input: Record<string, unknown>, model: keyof typeof MODELS): string[] {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    const result = MODELS[model]({ [key]: value });
    const issues = result.success ? [] : result.error.issues;
    const unknown = issues.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0);
    if (!unknown) {
      const fits = !issues.some((i) => i.path[0] === key);
      fields.push(key);
      if (fits) fields.push(key);
    } else if (SCHEMA_ORG_HINTS[key] === model) {
      fields.push(key);
    }
  }
  return fields;
}

const TYPE_CHOICES = '--type event, --type organization, --type dataset or --type jsonld';

/**
 * Decides what the file holds when `--type` is `auto`; when some fields fit neither model, the
 * guess comes with a note that says which model was tried and how to choose another.
 */
export function detectKind(file: string, input: unknown): { kind: Kind; guess?: Problem } {
  if (!isRecord(input)) return { kind: 'event' };
  if ('@context' in input || '@graph' in input) return { kind: 'jsonld' };
  if (DATASET_KEYS.some((key) => key in input)) {
    return { kind: 'dataset' };
  }
  const forEvent = evidence(input, 'event');
  const forOrganization = evidence(input, 'organization');
  const note = (message: string): Problem => ({
    severity: 'info',
    code: 'TYPE_GUESSED',
    path: file,
    message,
  });
  const fieldList = (fields: string[]) =>
    [...new Set(fields)].map((field) => JSON.stringify(field)).join(', ');
  if (forEvent.length === forOrganization.length) {
    return {
      kind: 'event',
      guess: note(
        `could not tell whether this is an event or an organisation${forEvent.length === 0 ? ' (no field of either model)' : ''}; checked it as an event; choose with ${TYPE_CHOICES}`,
      ),
    };
  }
  const kind = forEvent.length > forOrganization.length ? 'event' : 'organization';
  const other = kind === 'event' ? 'organization' : 'event';
  const fields = new Set(kind === 'event' ? forEvent : forOrganization);
  // Every field belongs to the model: a sure guess, and nothing to explain.
  if (Object.keys(input).every((key) => fields.has(key))) return { kind };
  return {
    kind,
    guess: note(
      `checked as ${kind === 'event' ? 'an event' : 'an organisation'} (from its fields ${fieldList(kind === 'event' ? forEvent : forOrganization)}); if it is not one, pass --type ${other} (or dataset, jsonld)`,
    ),
  };
}
