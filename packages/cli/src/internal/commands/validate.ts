import { type Command, Option } from 'commander';
import { DEFAULT_BASE_URL } from '../entities.js';
import { type CliIo, InvalidInput, Reported } from '../io.js';
import { readJson, tooDeep } from '../json.js';
import type { GlobalOptions } from '../program.js';
import { type Supplement, type ValidateReport, validateData } from '../validate/check.js';
import type { InputKind } from '../validate/detect.js';
import { printReport } from '../validate/report.js';

/** Options of `track4tip validate`. */
interface ValidateOptions {
  readonly type: InputKind;
  readonly baseUrl: string;
  readonly infos?: boolean;
  readonly supply?: string;
}

/** Reads, checks and reports one file; throws {@link Reported} when it has errors. */
async function checkFile(io: CliIo, file: string, options: ValidateOptions, json: boolean) {
  const input = await readJson(io, file);
  const supplement: Supplement | undefined =
    options.supply === undefined
      ? undefined
      : { file: options.supply, value: await readJson(io, options.supply) };
  let report: ValidateReport;
  try {
    report = validateData(file, input, options.type, options.baseUrl, supplement);
  } catch (error) {
    // Schemas or a validator that recurse can run out of stack on a hostile document.
    if (error instanceof RangeError) throw new InvalidInput([tooDeep(file)]);
    throw error;
  }
  printReport(io, file, report, options.infos === true, json);
}

export function validateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description(
      "check your own records (JSON) with the SDK's schemas, the JSON-LD validator and Google's rich-result rules",
    )
    .argument(
      '<file>',
      'a JSON file (- for standard input): one event, one organisation, a dataset ({ "events": [...], "people": [...], "participations": [...] }) or a JSON-LD document',
    )
    .addOption(
      new Option('--type <type>', 'what the file holds (auto: guessed from its fields)')
        .choices(['auto', 'dataset', 'event', 'organization', 'jsonld'])
        .default('auto'),
    )
    .option('--infos', 'also print info notes (recommendations); --json always has them')
    .option(
      '--base-url <url>',
      'base URL for the @ids of the JSON-LD built from your data',
      DEFAULT_BASE_URL,
    )
    .option(
      '--supply <file>',
      'values that complete your records or the SDK\'s, by collection and id: { "source": { "name": "…" }, "events": { "<id>": { "title", "url", "location", "startDate", "image", "offers", … } } }',
    )
    .addHelpText(
      'after',
      "\nExits with 1 when an error is found; warnings (Google rules your data does not meet) are printed but do not fail.\nAdvice names the field of your records to fill; prints what Google's Rich Results Test would report for each Event, Article and Organization.\n\nExamples:\n  track4tip validate my-event.json\n  track4tip validate mine.json --supply site.json\n  track4tip validate my-org.json --type organization --json\n  cat my-event.json | track4tip validate -",
    )
    .action(async (file: string, options: ValidateOptions, command: Command) => {
      const json = (command.optsWithGlobals() as GlobalOptions).json === true;
      try {
        await checkFile(io, file, options, json);
      } catch (error) {
        // With --json, validate's document always has both keys, whatever stopped the check.
        if (!json || !(error instanceof InvalidInput)) throw error;
        io.stderr(`${JSON.stringify({ problems: error.problems, richResults: [] })}\n`);
        throw new Reported();
      }
    });
}
