import {
  type DisclaimerKind,
  type DisclaimerMedium,
  formatDisclaimer,
  OUTPUT_FORMATS,
} from '@track4tip/cite';
import { getAward } from '@track4tip/core';
import type { Command } from 'commander';
import { asInput, type CliIo } from '../io.js';
import { CLI_LOCALES, resolveLocale } from '../locales.js';

// For the help text; `satisfies` makes a medium or kind added to the library a compile error here.
const MEDIA = Object.keys({
  'press-release': true,
  publication: true,
  website: true,
  video: true,
  'event-materials': true,
  'social-media': true,
} satisfies Record<DisclaimerMedium, true>);
const KINDS = Object.keys({ funding: true, designations: true } satisfies Record<
  DisclaimerKind,
  true
>);

/** Options of `track4tip disclaimer`. */
export interface DisclaimerOptions {
  readonly kind?: string;
  readonly medium?: string;
  readonly locale?: string;
  readonly format?: string;
}

/**
 * The disclaimer for the press release's award, with the library's validation of the options; a
 * translation is followed by the library's notice that it is unofficial.
 */
export function disclaimer(options: DisclaimerOptions): string {
  const formatted = asInput(
    () =>
      formatDisclaimer({
        award: getAward('SSJTIP19CA0027'),
        ...(options.kind === undefined ? {} : { kind: options.kind as never }),
        ...(options.medium === undefined ? {} : { medium: options.medium as never }),
        ...(options.locale === undefined ? {} : { locale: resolveLocale(options.locale).citation }),
        ...(options.format === undefined ? {} : { format: options.format as never }),
      }),
    { kind: '--kind', medium: '--medium', locale: '--locale', format: '--format' },
  );
  return formatted.notice === undefined
    ? formatted.value
    : `${formatted.value}\n\n${formatted.notice}`;
}

export function disclaimerCommand(program: Command, io: CliIo): void {
  program
    .command('disclaimer')
    .description(
      "print the funding disclaimer of award SSJTIP19CA0027 (the press release's own wording by default)",
    )
    .option('--medium <medium>', `where it appears: ${MEDIA.join(', ')} (default: press-release)`)
    .option(
      '--kind <kind>',
      `${KINDS.join(' or ')}; designations is UNODC's disclaimer for publications (default: funding)`,
    )
    .option(
      '--locale <locale>',
      `${CLI_LOCALES.join(', ')}; other than English, unofficial translations (default: en-US)`,
    )
    .option('--format <format>', `${OUTPUT_FORMATS.join(', ')} (default: text)`)
    .addHelpText(
      'after',
      '\nExamples:\n  track4tip disclaimer\n  track4tip disclaimer --medium website --format markdown\n  track4tip disclaimer --locale es',
    )
    .action((options: DisclaimerOptions) => {
      io.stdout(`${disclaimer(options)}\n`);
    });
}
