import { formatCitation } from '@track4tip/cite';
import type { Command } from 'commander';
import { asInput, type CliIo } from '../io.js';

/** Options of `track4tip cite`. */
interface CiteOptions {
  readonly style: string;
  readonly locale: string;
  readonly format: string;
}

/** The citation of one entity, with the library's validation of style, locale and format. */
export function citation(entity: string, options: CiteOptions): string {
  return asInput(
    () =>
      formatCitation(entity as never, {
        style: options.style as never,
        locale: options.locale as never,
        format: options.format as never,
      }),
    {
      id: '<entity>',
      entity: '<entity>',
      style: '--style',
      locale: '--locale',
      format: '--format',
    },
  );
}

export function citeCommand(program: Command, io: CliIo): void {
  program
    .command('cite')
    .description('print the citation of an entity (the webinar or the press release)')
    .argument('<entity>', 'entity id, e.g. unodc-webinar or unodc-press-release-2021-02-01')
    .option(
      '--style <style>',
      'citation style: apa, mla, chicago-author-date, harvard, ieee, …',
      'apa',
    )
    .option('--locale <locale>', 'locale, e.g. en-US, es-ES, pt-BR', 'en-US')
    .option('--format <format>', 'text, html or markdown', 'text')
    .addHelpText(
      'after',
      '\nExamples:\n  track4tip cite unodc-webinar\n  track4tip cite unodc-webinar --style apa --locale es-ES --format html',
    )
    .action((entity: string, options: CiteOptions) => {
      io.stdout(`${citation(entity, options)}\n`);
    });
}
