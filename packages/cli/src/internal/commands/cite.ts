import {
  CITATION_KINDS,
  CITATION_STYLES,
  type CslItem,
  formatCitation,
  OUTPUT_FORMATS,
  toBibLaTeX,
  toBibTeX,
  toCsl,
  toCslJson,
  toRis,
} from '@track4tip/cite';
import { type Command, Option } from 'commander';
import { findEntity } from '../entities.js';
import { asInput, type CliIo, InvalidInput, problemsFromError, readText } from '../io.js';
import { CLI_LOCALES, resolveLocale } from '../locales.js';
import { FIXTURE_RECORDS, loadRecords, type Records } from '../records.js';

/** The reference-manager formats: the CSL item of the entity, written by the library's exporters. */
const EXPORTS: Readonly<Record<string, (item: CslItem) => string>> = {
  bibtex: toBibTeX,
  biblatex: toBibLaTeX,
  ris: toRis,
  'csl-json': toCslJson,
};
const FORMATS = [...OUTPUT_FORMATS, ...Object.keys(EXPORTS)];

/** Options of `track4tip cite`. */
export interface CiteOptions {
  readonly style: string;
  readonly locale: string;
  readonly format: string;
  readonly kind: string;
  readonly title?: string;
  readonly data?: string;
  readonly supply?: string;
  /** A CSL style file (XML) to cite with instead of `--style`. */
  readonly styleFile?: string;
}

const OPTION_PATHS: Readonly<Record<string, string>> = {
  entity: '<entity>',
  ...Object.fromEntries(
    ['style', 'locale', 'format', 'kind', 'title'].flatMap((name) => [
      [name, `--${name}`],
      [`options.${name}`, `--${name}`],
    ]),
  ),
  xml: '--style-file',
  'options.parent': '--style-file',
};

/**
 * The citation of an entity of the fixtures or of the user's records: the precomputed one where
 * the library has it, else the runtime engine's (another event, a record of the user's, or a
 * `--title`). Organisations are looked up in the same records.
 */
export async function citation(
  name: string,
  options: CiteOptions,
  records: Records = FIXTURE_RECORDS,
  styleXml?: string,
): Promise<string> {
  const { entity } = findEntity(name, '<entity>', records);
  const locale = resolveLocale(options.locale).citation;
  const title = options.title === undefined ? {} : { title: options.title };
  // The fixtures' organisations are always known to the library; the user's are passed.
  // The organisations and people a user's records name (an event's organisers, a publication's
  // authors), from the merged records.
  const organizations =
    records === FIXTURE_RECORDS
      ? {}
      : {
          organizations: records.dataset.organizations ?? [],
          people: records.dataset.people ?? [],
        };
  const exporter = EXPORTS[options.format];
  if (exporter !== undefined) {
    const item = asInput(
      () => toCsl(entity as never, { locale, ...title, ...organizations }),
      OPTION_PATHS,
    );
    return exporter(item).replace(/\n+$/, '');
  }
  const cslOptions = {
    style: options.style as never,
    locale,
    format: options.format as never,
    kind: options.kind as never,
    ...title,
    ...organizations,
  };
  // A built-in style: the precomputed citation where the library has one. Any other (a CSL id
  // of a style the SDK ships, or a style file) goes to the engine, which checks it.
  if (styleXml === undefined && Object.hasOwn(CITATION_STYLES, options.style)) {
    try {
      return formatCitation(entity as never, cslOptions).value;
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'NOT_PRECOMPUTED') {
        throw new InvalidInput(problemsFromError(error, OPTION_PATHS) ?? []);
      }
    }
  }
  // Loaded only when needed: the engine is large and slow to start.
  const engine = await import('@track4tip/cite/engine');
  try {
    const style = styleXml === undefined ? options.style : await engine.loadStyle(styleXml);
    return (await engine.renderCitation(entity as never, { ...cslOptions, style })).value;
  } catch (error) {
    const problems = problemsFromError(error, OPTION_PATHS);
    if (problems === undefined) throw error;
    throw new InvalidInput(problems);
  }
}

export function citeCommand(program: Command, io: CliIo): void {
  program
    .command('cite')
    .description(
      'print the citation of the press release, an event or the TRACK4TIP initiative, or of your own event (--data)',
    )
    .argument(
      '<entity>',
      'an id from "track4tip list" or from your --data file, e.g. unodc-webinar or unodc-press-release-2021-02-01',
    )
    .option(
      '--style <style>',
      `citation style: ${Object.keys(CITATION_STYLES).join(', ')}, or the CSL id of a style the SDK ships (e.g. modern-language-association)`,
      'apa',
    )
    .option(
      '--style-file <file>',
      'a CSL style file (.csl XML, e.g. from github.com/citation-style-language/styles) to cite with instead of --style',
    )
    .option('--locale <locale>', `locale: ${CLI_LOCALES.join(', ')}`, 'en-US')
    .addOption(
      new Option(
        '--format <format>',
        'output format: text, html, markdown (a formatted citation) or bibtex, biblatex, ris, csl-json (for reference managers)',
      )
        .choices(FORMATS)
        .default('text'),
    )
    .option(
      '--kind <kind>',
      `${CITATION_KINDS.join(' or ')}: a reference-list entry or an in-text citation`,
      'bibliography',
    )
    .option(
      '--title <title>',
      'the title to cite by, if you know an official one (the data has none for the webinar)',
    )
    .option(
      '--data <file>',
      "your own records, a dataset as validate reads it (- for standard input); they may refer to the SDK's ids",
    )
    .option(
      '--supply <file>',
      'values that complete records, by collection and id: { "events": { "<id>": { "title": "…" } } }',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  track4tip cite unodc-webinar\n  track4tip cite unodc-webinar --style apa --locale es --format html\n  track4tip cite unodc-press-release-2021-02-01 --format bibtex\n  track4tip cite my-training --data mine.json --style apa\n  track4tip cite unodc-webinar --style-file nature.csl',
    )
    .action(async (entity: string, options: CiteOptions, command: Command) => {
      if (EXPORTS[options.format] !== undefined) {
        // A style or kind shapes a formatted citation only: an export has neither.
        for (const [option, flag] of [
          ['style', '--style'],
          ['styleFile', '--style-file'],
          ['kind', '--kind'],
        ] as const) {
          if (command.getOptionValueSource(option) === 'cli') {
            throw new InvalidInput([
              {
                severity: 'error',
                code: 'INVALID_OPTION',
                path: flag,
                message: `${flag} has no effect with --format ${options.format}, which writes the item's data, not a formatted citation; drop ${flag}`,
              },
            ]);
          }
        }
      }
      if (options.styleFile !== undefined && command.getOptionValueSource('style') === 'cli') {
        throw new InvalidInput([
          {
            severity: 'error',
            code: 'INVALID_OPTION',
            path: '--style-file',
            message: 'give --style or --style-file, not both',
          },
        ]);
      }
      const records = await loadRecords(io, options);
      const styleXml =
        options.styleFile === undefined ? undefined : await readText(io, options.styleFile);
      io.stdout(`${await citation(entity, options, records, styleXml)}\n`);
    });
}
