import {
  CITATION_KINDS,
  CITATION_LOCALES,
  CITATION_STYLES,
  formatCitation,
  OUTPUT_FORMATS,
} from '@track4tip/cite';
import type { Command } from 'commander';
import { findEntity } from '../entities.js';
import { type CliIo, InvalidInput, problemsFromError } from '../io.js';

/** Options of `track4tip cite`. */
export interface CiteOptions {
  readonly style: string;
  readonly locale: string;
  readonly format: string;
  readonly kind: string;
  readonly title?: string;
}

const OPTION_PATHS: Readonly<Record<string, string>> = {
  entity: '<entity>',
  ...Object.fromEntries(
    ['style', 'locale', 'format', 'kind', 'title'].flatMap((name) => [
      [name, `--${name}`],
      [`options.${name}`, `--${name}`],
    ]),
  ),
};

/**
 * The citation of a fixture entity: the precomputed one where the library has it, else the
 * runtime engine's (another event, or a `--title` of the user's).
 */
export async function citation(name: string, options: CiteOptions): Promise<string> {
  const { entity } = findEntity(name, '<entity>');
  const cslOptions = {
    style: options.style as never,
    locale: options.locale as never,
    format: options.format as never,
    kind: options.kind as never,
    ...(options.title === undefined ? {} : { title: options.title }),
  };
  try {
    return formatCitation(entity as never, cslOptions).value;
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'NOT_PRECOMPUTED') {
      throw new InvalidInput(problemsFromError(error, OPTION_PATHS) ?? []);
    }
  }
  // Loaded only when needed: the engine is large and slow to start.
  const engine = await import('@track4tip/cite/engine');
  try {
    return (await engine.formatCitation(entity as never, cslOptions)).value;
  } catch (error) {
    const problems = problemsFromError(error, OPTION_PATHS);
    if (problems === undefined) throw error;
    throw new InvalidInput(problems);
  }
}

export function citeCommand(program: Command, io: CliIo): void {
  program
    .command('cite')
    .description('print the citation of the press release, an event or the TRACK4TIP initiative')
    .argument(
      '<entity>',
      'an id from "track4tip list", e.g. unodc-webinar or unodc-press-release-2021-02-01',
    )
    .option('--style <style>', `citation style: ${Object.keys(CITATION_STYLES).join(', ')}`, 'apa')
    .option('--locale <locale>', `locale: ${CITATION_LOCALES.join(', ')}`, 'en-US')
    .option('--format <format>', `output format: ${OUTPUT_FORMATS.join(', ')}`, 'text')
    .option(
      '--kind <kind>',
      `${CITATION_KINDS.join(' or ')}: a reference-list entry or an in-text citation`,
      'bibliography',
    )
    .option(
      '--title <title>',
      'the title to cite by, if you know an official one (the data has none for the webinar)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  track4tip cite unodc-webinar\n  track4tip cite unodc-webinar --style apa --locale es-ES --format html',
    )
    .action(async (entity: string, options: CiteOptions) => {
      io.stdout(`${await citation(entity, options)}\n`);
    });
}
