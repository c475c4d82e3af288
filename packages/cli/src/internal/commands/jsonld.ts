import { fixtures } from '@track4tip/core';
import { toJsonLd, toScriptTag } from '@track4tip/jsonld';
import { type Command, Option } from 'commander';
import { DEFAULT_BASE_URL, findEntity, toRef } from '../entities.js';
import { asInput, type CliIo } from '../io.js';
import { CLI_LOCALES, resolveLocale } from '../locales.js';

/** Options of `track4tip jsonld`. */
interface JsonLdOptions {
  readonly baseUrl: string;
  readonly locale?: string;
  /** The former name of --locale, kept as a hidden alias. */
  readonly lang?: string;
  readonly script?: boolean;
  readonly nonce?: string;
}

/** The fixtures' graph for the given entities (all when none), with the user's options. */
export function buildGraph(entities: readonly string[], options: JsonLdOptions) {
  const value = options.locale ?? options.lang;
  const locale =
    value === undefined
      ? undefined
      : resolveLocale(value, options.locale === undefined ? '--lang' : '--locale');
  const include = entities.map((name, index) => toRef(findEntity(name, `[entity…] #${index + 1}`)));
  return asInput(
    () =>
      toJsonLd(fixtures, {
        baseUrl: options.baseUrl,
        ...(locale === undefined ? {} : { inLanguage: locale.tag }),
        ...(include.length === 0 ? {} : { include }),
      }),
    { 'options.baseUrl': '--base-url', 'options.inLanguage': '--locale' },
  );
}

export function jsonldCommand(program: Command, io: CliIo): void {
  program
    .command('jsonld')
    .description(
      'print the schema.org JSON-LD graph of the given entities and everything they refer to (all entities when none)',
    )
    .argument('[entity...]', 'ids from "track4tip list", e.g. unodc-webinar track4tip')
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
    .addHelpText(
      'after',
      '\nExamples:\n  track4tip jsonld unodc-webinar --base-url https://www.example.org/\n  track4tip jsonld track4tip --locale es --script',
    )
    .action((entities: string[], options: JsonLdOptions) => {
      const graph = buildGraph(entities, options);
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
