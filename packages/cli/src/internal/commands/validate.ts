import { type Dataset, ENTITY_COLLECTIONS, fixtures } from '@track4tip/core';
import { safeParseDataset, safeParseEvent, safeParseOrganization } from '@track4tip/core/schemas';
import { toJsonLd } from '@track4tip/jsonld';
import { validate } from '@track4tip/jsonld/validate';
import { type Command, Option } from 'commander';
import { DEFAULT_BASE_URL, toRef } from '../entities.js';
import {
  asInput,
  type CliIo,
  InvalidInput,
  type Problem,
  readUtf8,
  reportProblems,
} from '../io.js';
import type { GlobalOptions } from '../program.js';

/** What a file can hold. */
export type InputKind = 'auto' | 'dataset' | 'event' | 'organization' | 'jsonld';

/** What `validate` found. */
export interface ValidateReport {
  readonly kind: Exclude<InputKind, 'auto'>;
  readonly problems: readonly Problem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Line and column of a JSON.parse error position, so the message says where. */
function jsonSyntaxProblem(file: string, text: string, error: Error): Problem {
  const position = /position (\d+)/.exec(error.message)?.[1];
  let where = file;
  if (position !== undefined) {
    const before = text.slice(0, Number(position));
    const line = before.split('\n').length;
    const column = Number(position) - before.lastIndexOf('\n');
    where = `${file}:${line}:${column}`;
  }
  return {
    severity: 'error',
    code: 'INVALID_JSON',
    path: where,
    message: `not valid JSON (${error.message}); fix the syntax, e.g. with a JSON-aware editor`,
  };
}

/** Decides what the file holds when `--type` is `auto`. */
function detectKind(input: unknown): Exclude<InputKind, 'auto'> {
  if (isRecord(input)) {
    if ('@context' in input || '@graph' in input) return 'jsonld';
    if ([...ENTITY_COLLECTIONS, 'participations'].some((key) => key in input)) return 'dataset';
    // A single entity: read as whichever model it fits better (fewer problems), events first.
    const problems = (result: { success: boolean; error?: { issues: readonly unknown[] } }) =>
      result.success ? 0 : (result.error?.issues.length ?? 0);
    if (problems(safeParseOrganization(input)) < problems(safeParseEvent(input)))
      return 'organization';
  }
  return 'event';
}

/** Two datasets as one: each collection holds the entities of both. */
function mergeDatasets(a: Dataset, b: Dataset): Dataset {
  const merged: Record<string, readonly unknown[]> = {};
  for (const key of [...ENTITY_COLLECTIONS, 'participations'] as const) {
    merged[key] = [...(a[key] ?? []), ...(b[key] ?? [])];
  }
  return merged as Dataset;
}

/** Checks parsed JSON: core's schemas and references first, then the JSON-LD it gives. */
export function validateData(
  file: string,
  input: unknown,
  requested: InputKind,
  baseUrl: string,
): ValidateReport {
  const kind = requested === 'auto' ? detectKind(input) : requested;
  let graph: unknown = input;
  if (kind !== 'jsonld') {
    const dataset =
      kind === 'dataset'
        ? input
        : kind === 'event'
          ? { events: [input] }
          : { organizations: [input] };
    // Paths are shown relative to what the user wrote: "events.0.startDate" becomes "startDate".
    const prefix = kind === 'dataset' ? '' : kind === 'event' ? 'events.0' : 'organizations.0';
    const parsed = safeParseDataset(dataset, fixtures);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue): Problem => {
        const path =
          issue.dotPath === prefix
            ? ''
            : prefix !== '' && issue.dotPath.startsWith(`${prefix}.`)
              ? issue.dotPath.slice(prefix.length + 1)
              : issue.dotPath;
        return {
          severity: 'error',
          code: issue.code,
          path: `${file}#${path}`,
          message: issue.message,
        };
      });
      return { kind, problems };
    }
    // The user's entities may refer to the fixtures (e.g. `ledBy: ["unodc"]`): the graph is built
    // from both, and holds the user's entities and what they refer to.
    const own = parsed.data as Dataset;
    const include = ENTITY_COLLECTIONS.flatMap((collection) =>
      (own[collection] ?? []).map((entity) => toRef({ collection, entity })),
    );
    graph = asInput(() => toJsonLd(mergeDatasets(fixtures, own), { baseUrl, include }), {
      'options.baseUrl': '--base-url',
    });
  }
  const result = validate(graph);
  const problems = result.diagnostics.map(
    (d): Problem => ({
      severity: d.severity,
      code: d.code,
      path: `${kind === 'jsonld' ? file : 'JSON-LD'}#${d.path}`,
      message: d.id === undefined ? d.message : `${d.message} (node ${d.id})`,
      source: d.source,
    }),
  );
  return { kind, problems };
}

export function validateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description(
      "check your own event or organisation data (JSON) with the SDK's schemas and the JSON-LD validator",
    )
    .argument(
      '<file>',
      'a JSON file: one event, one organisation, a dataset ({ "events": [...] }) or a JSON-LD document',
    )
    .addOption(
      new Option('--type <type>', 'what the file holds')
        .choices(['auto', 'dataset', 'event', 'organization', 'jsonld'])
        .default('auto'),
    )
    .option('--infos', 'also print info notes (recommendations); --json always has them')
    .option(
      '--base-url <url>',
      'base URL for the @ids of the JSON-LD built from your data',
      DEFAULT_BASE_URL,
    )
    .addHelpText(
      'after',
      '\nExits with 1 when an error is found; warnings (Google rules your data cannot meet) are printed but do not fail.\n\nExamples:\n  track4tip validate my-event.json\n  track4tip validate my-org.json --type organization --json',
    )
    .action(
      async (
        file: string,
        options: { type: InputKind; baseUrl: string; infos?: boolean },
        command: Command,
      ) => {
        const json = (command.optsWithGlobals() as GlobalOptions).json === true;
        let text: string;
        try {
          text = await (io.readFile ?? readUtf8)(file);
        } catch (error) {
          const reason =
            (error as { code?: string }).code === 'ENOENT'
              ? 'no such file'
              : (error as Error).message;
          throw new InvalidInput([
            {
              severity: 'error',
              code: 'UNREADABLE_FILE',
              path: file,
              message: `cannot read the file: ${reason}; check the path`,
            },
          ]);
        }
        let input: unknown;
        try {
          input = JSON.parse(text);
        } catch (error) {
          throw new InvalidInput([jsonSyntaxProblem(file, text, error as Error)]);
        }
        const report = validateData(file, input, options.type, options.baseUrl);
        const count = (severity: Problem['severity']) =>
          report.problems.filter((p) => p.severity === severity).length;
        // Info notes (recommendations) are many: printed with --infos, always in --json.
        const shown = report.problems.filter((p) => json || options.infos || p.severity !== 'info');
        if (count('error') > 0) throw new InvalidInput(shown);
        if (shown.length > 0) reportProblems(io, shown, json);
        const notes = [
          count('warning') > 0 ? `${count('warning')} warning(s)` : '',
          count('info') > 0
            ? `${count('info')} info note(s)${json || options.infos ? '' : ' (see --infos)'}`
            : '',
        ].filter((note) => note !== '');
        io.stdout(
          `${file}: valid ${report.kind}${notes.length > 0 ? `; ${notes.join(', ')}` : ''}\n`,
        );
      },
    );
}
