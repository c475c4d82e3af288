// What every entry point's `validate` does (`@track4tip/jsonld/validate`, `/validate/event`,
// `/validate/article`): read the options, run the checks against the entry's vocabulary and
// Google pages, and say whether the document is valid.
import { JsonLdError } from '../errors.js';
import type { ValidateOptions, ValidationResult } from '../validate.js';
import { check } from './check.js';
import type { GooglePage } from './google.js';
import type { Vocabulary } from './vocabulary.js';

/** Reads the `subject` option; throws INVALID_OPTION for anything but an `@id` or a list of them. */
function subjectOption(options: ValidateOptions): readonly string[] | undefined {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new JsonLdError('INVALID_OPTION', 'expected an options object such as { subject }', {
      path: ['options'],
    });
  }
  const { subject } = options;
  if (subject === undefined) return undefined;
  const ids: readonly unknown[] =
    typeof subject === 'string' ? [subject] : Array.isArray(subject) ? subject : [subject];
  if (ids.length === 0 || !ids.every((id) => typeof id === 'string' && id !== '')) {
    throw new JsonLdError(
      'INVALID_OPTION',
      `expected the @id of the node the page is about, or a non-empty list of them; got ${JSON.stringify(subject) ?? String(subject)}`,
      { path: ['options', 'subject'] },
    );
  }
  return ids as readonly string[];
}

/** Validates a document against `vocabulary` and Google's `pages`; see `validate`. */
export function runValidation(
  graph: unknown,
  options: ValidateOptions,
  vocabulary: Vocabulary,
  pages: readonly GooglePage[],
): ValidationResult {
  const subject = subjectOption(options);
  const { diagnostics, richResults, unknownSubjects } = check(graph, subject, vocabulary, pages);
  if (unknownSubjects.length > 0) {
    throw new JsonLdError(
      'INVALID_OPTION',
      `no node of the document has the @id ${unknownSubjects.map((id) => JSON.stringify(id)).join(', ')}; give the @id of the node the page is about`,
      { path: ['options', 'subject'] },
    );
  }
  return {
    valid: !diagnostics.some((d) => d.severity === 'error'),
    diagnostics,
    richResults,
  };
}
