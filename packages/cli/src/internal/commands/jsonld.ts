import { toJsonLd, toScriptTag } from '@track4tip/jsonld';
import { type Command, Option } from 'commander';
import { DEFAULT_BASE_URL, findEntity, toRef } from '../entities.js';
import { asInput, type CliIo } from '../io.js';
import { CLI_LOCALES, resolveLocale } from '../locales.js';
import { FIXTURE_RECORDS, loadRecords, type Records, refsOf } from '../records.js';

/** Options of `track4tip jsonld`. */
interface JsonLdOptions {
  readonly baseUrl: string;
  readonly locale?: string;
  /** The former name of --locale, kept as a hidden alias. */
  readonly lang?: string;
  readonly script?: boolean;
  readonly nonce?: string;
  readonly data?: string;
  readonly supply?: string;
}

/**
 * The graph of the given entities (without any: the user's own records, or every entity when
 * there are none), built from the fixtures and the user's records, with the user's options.
 */
export function buildGraph(
  entities: readonly string[],
  options: JsonLdOptions,
  records: Records = FIXTURE_RECORDS,
) {
  const value = options.locale ?? options.lang;
  const locale =
    value === undefined
      ? undefined
      : resolveLocale(value, options.locale === undefined ? '--lang' : '--locale');
  const named = entities.map((name, index) =>
    toRef(findEntity(name, `[entity…] #${index + 1}`, records)),
  );
  const own = refsOf(records.own);
  const include = named.length > 0 ? named : own;
  return asInput(
    () =>
      toJsonLd(records.dataset, {
        baseUrl: options.baseUrl,
        ...(locale === undefined ? {} : { locale: locale.tag }),
        ...(include.length === 0 ? {} : { include }),
      }),
    { 'options.baseUrl': '--base-url', 'options.locale': '--locale' },
  );
}

export function jsonldCommand(program: Command, io: CliIo): void {
  program
    .command('jsonld')
    .description(
      'print the schema.org JSON-LD graph of the given entities and everything they refer to (all entities when none; with --data, your records)',
    )
    .argument(
      '[entity...]',
      'ids from "track4tip list" or from your --data file, e.g. unodc-webinar track4tip',
    )
    .option(
      '--base-url <url>',
      "your site's absolute base URL; every @id is built from it",
      DEFAULT_BASE_URL,
    )
    .option(
      '--locale <locale>',
      `page language, one of ${CLI_LOCALES.join(', ')}: adds localised country names`,
    )
    .addOption(new Option('--lang <locale>').hideHelp())
    .option('--script', 'print a ready <script type="application/ld+json"> tag')
    .option('--nonce <nonce>', 'CSP nonce for the script tag (with --script)')
    .option(
      '--data <file>',
      'your own records, a dataset as validate reads it ({ "events": [...], "people": [...], "participations": [...] }; - for standard input); they may refer to the SDK\'s ids',
    )
    .option(
      '--supply <file>',
      'values that complete records, by collection and id: { "events": { "<id>": { "url": "…", "image": "…" } } }',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  track4tip jsonld unodc-webinar --base-url https://www.example.org/\n  track4tip jsonld track4tip --locale es --script\n  track4tip jsonld my-training --data mine.json --base-url https://www.example.org/',
    )
    .action(async (entities: string[], options: JsonLdOptions) => {
      const records = await loadRecords(io, options);
      const graph = buildGraph(entities, options, records);
      if (options.script) {
        const tag = asInput(
          () => toScriptTag(graph, options.nonce === undefined ? {} : { nonce: options.nonce }),
          { 'options.nonce': '--nonce' },
        );
        io.stdout(`${tag}\n`);
      } else {
        io.stdout(`${JSON.stringify(graph, null, 2)}\n`);
      }
    });
}
