import { formatDisclaimer } from '@track4tip/cite';
import type { Command } from 'commander';
import { asInput, type CliIo } from '../io.js';

/** Options of `track4tip disclaimer`. */
interface DisclaimerOptions {
  readonly medium?: string;
  readonly locale?: string;
  readonly format?: string;
}

/** The funding disclaimer, with the library's validation of medium, locale and format. */
export function disclaimer(options: DisclaimerOptions): string {
  return asInput(
    () =>
      formatDisclaimer({
        ...(options.medium === undefined ? {} : { medium: options.medium as never }),
        ...(options.locale === undefined ? {} : { locale: options.locale as never }),
        ...(options.format === undefined ? {} : { format: options.format as never }),
      }),
    { medium: '--medium', locale: '--locale', format: '--format' },
  );
}

export function disclaimerCommand(program: Command, io: CliIo): void {
  program
    .command('disclaimer')
    .description("print the funding disclaimer (the press release's wording by default)")
    .option('--medium <medium>', 'where it appears, e.g. press-release or website')
    .option('--locale <locale>', 'locale, e.g. en-US or es-ES (translations are unofficial)')
    .option('--format <format>', 'text, html or markdown')
    .addHelpText(
      'after',
      '\nExamples:\n  track4tip disclaimer\n  track4tip disclaimer --medium website --format markdown',
    )
    .action((options: DisclaimerOptions) => {
      io.stdout(`${disclaimer(options)}\n`);
    });
}
