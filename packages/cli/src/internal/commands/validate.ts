import { type Dataset, ENTITY_COLLECTIONS, fixtures } from '@track4tip/core';
import { safeParseDataset, safeParseEvent, safeParseOrganization } from '@track4tip/core/schemas';
import { type SuppliedArticle, type SuppliedEvent, toJsonLd } from '@track4tip/jsonld';
import { type Diagnostic, type RichResultItem, validate } from '@track4tip/jsonld/validate';
import { type Command, Option } from 'commander';
import { DEFAULT_BASE_URL, toRef } from '../entities.js';
import {
  type CliIo,
  escapeControl,
  InvalidInput,
  type Problem,
  problemsFromError,
  Reported,
  readText,
  reportProblems,
} from '../io.js';
import { schemaProblem } from '../issues.js';
import type { GlobalOptions } from '../program.js';

/** What a file can hold. */
export type InputKind = 'auto' | 'dataset' | 'event' | 'organization' | 'jsonld';
type Kind = Exclude<InputKind, 'auto'>;

/** What `validate` found. */
export interface ValidateReport {
  readonly kind: Kind;
  /** How the kind was chosen, when `--type` was `auto` and the file held a single entity. */
  readonly guess?: Problem;
  readonly problems: readonly Problem[];
  readonly richResults: readonly RichResultItem[];
}

/** Values the user supplies with `--supply` (toJsonLd's `events` and `pressReleases` options). */
export interface Supplied {
  readonly file: string;
  readonly events?: Readonly<Record<string, SuppliedEvent>>;
  readonly pressReleases?: Readonly<Record<string, SuppliedArticle>>;
}

/** The keys of a dataset: every entity collection, and participations. */
const DATASET_KEYS = [...ENTITY_COLLECTIONS, 'participations'] as const;

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

/** Parses JSON text; a syntax error is an {@link InvalidInput} that says where. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) throw new InvalidInput([tooDeep(file)]);
    throw new InvalidInput([jsonSyntaxProblem(file, text, error as Error)]);
  }
}

const tooDeep = (where: string): Problem => ({
  severity: 'error',
  code: 'TOO_DEEP',
  path: where,
  message:
    'the document is nested too deeply to check; flatten it: give nodes an "@id" and refer to them with { "@id": … } instead of nesting',
});

/**
 * schema.org property names that the SDK's models do not use but that say what a newcomer meant:
 * evidence for the guess, besides the fields each model knows.
 */
const SCHEMA_ORG_HINTS: Readonly<Record<string, 'event' | 'organization'>> = {
  location: 'event',
  organizer: 'event',
  performer: 'event',
  eventStatus: 'event',
  eventAttendanceMode: 'event',
  doorTime: 'event',
  duration: 'event',
  offers: 'event',
  legalName: 'organization',
  logo: 'organization',
  address: 'organization',
  email: 'organization',
  telephone: 'organization',
  foundingDate: 'organization',
  alternateName: 'organization',
};

const MODELS = { event: safeParseEvent, organization: safeParseOrganization } as const;

/**
 * The fields of `input` that speak for a model: those it knows with a value it accepts count 2,
 * those it knows with a wrong value 1, and the schema.org hints above 1. Probing one field at a
 * time keeps this independent of the validator's messages: only issue codes and paths are read.
 */
function evidence(input: Record<string, unknown>, model: keyof typeof MODELS): string[] {
  const fields: string[] = [];
  for (const [key, value] of Object.entries(input)) {
    const result = MODELS[model]({ [key]: value });
    const issues = result.success ? [] : result.error.issues;
    const unknown = issues.some((i) => i.code === 'unrecognized_keys' && i.path.length === 0);
    if (!unknown) {
      const fits = !issues.some((i) => i.path[0] === key);
      fields.push(key);
      if (fits) fields.push(key);
    } else if (SCHEMA_ORG_HINTS[key] === model) {
      fields.push(key);
    }
  }
  return fields;
}

const TYPE_CHOICES = '--type event, --type organization, --type dataset or --type jsonld';

/**
 * Decides what the file holds when `--type` is `auto`; when some fields fit neither model, the
 * guess comes with a note that says which model was tried and how to choose another.
 */
function detectKind(file: string, input: unknown): { kind: Kind; guess?: Problem } {
  if (!isRecord(input)) return { kind: 'event' };
  if ('@context' in input || '@graph' in input) return { kind: 'jsonld' };
  if (DATASET_KEYS.some((key) => key in input)) {
    return { kind: 'dataset' };
  }
  const forEvent = evidence(input, 'event');
  const forOrganization = evidence(input, 'organization');
  const note = (message: string): Problem => ({
    severity: 'info',
    code: 'TYPE_GUESSED',
    path: file,
    message,
  });
  const fieldList = (fields: string[]) =>
    [...new Set(fields)].map((field) => JSON.stringify(field)).join(', ');
  if (forEvent.length === forOrganization.length) {
    return {
      kind: 'event',
      guess: note(
        `could not tell whether this is an event or an organisation${forEvent.length === 0 ? ' (no field of either model)' : ''}; checked it as an event; choose with ${TYPE_CHOICES}`,
      ),
    };
  }
  const kind = forEvent.length > forOrganization.length ? 'event' : 'organization';
  const other = kind === 'event' ? 'organization' : 'event';
  const fields = new Set(kind === 'event' ? forEvent : forOrganization);
  // Every field belongs to the model: a sure guess, and nothing to explain.
  if (Object.keys(input).every((key) => fields.has(key))) return { kind };
  return {
    kind,
    guess: note(
      `checked as ${kind === 'event' ? 'an event' : 'an organisation'} (from its fields ${fieldList(kind === 'event' ? forEvent : forOrganization)}); if it is not one, pass --type ${other} (or dataset, jsonld)`,
    ),
  };
}

/** Two datasets as one: each collection holds the entities of both. */
function mergeDatasets(a: Dataset, b: Dataset): Dataset {
  const merged: Record<string, readonly unknown[]> = {};
  for (const key of DATASET_KEYS) {
    merged[key] = [...(a[key] ?? []), ...(b[key] ?? [])];
  }
  return merged as Dataset;
}

/** The values of `toJsonLd`'s `events` option that Google's properties come from. */
const SUPPLIABLE_EVENT: Readonly<Record<string, keyof SuppliedEvent>> = {
  name: 'name',
  url: 'url',
  'location.url': 'locationUrl',
  image: 'image',
};
const SUPPLIABLE_ARTICLE: Readonly<Record<string, keyof SuppliedArticle>> = {
  headline: 'headline',
  image: 'image',
};

/**
 * The library's hints say "through toJsonLd options", which a CLI user cannot reach: name the
 * `--supply` file instead (for the graph built from the user's data), or the document itself.
 */
const LIBRARY_HINT = /[^.;]*toJsonLd options[^.;]*/;

function cliHint(d: Diagnostic, kind: Kind): string {
  if (!LIBRARY_HINT.test(d.message)) return d.message;
  const match = /#\/schema\/(event|press-release)\/([^/]+)$/.exec(d.id ?? '');
  const property = /^@graph\.\d+\.(.+)$/.exec(d.path)?.[1] ?? '';
  const field =
    match?.[1] === 'event'
      ? SUPPLIABLE_EVENT[property]
      : match?.[1] === 'press-release'
        ? SUPPLIABLE_ARTICLE[property]
        : undefined;
  const hint =
    kind !== 'jsonld' && match !== null && field !== undefined
      ? ` If a real one exists, give it with --supply FILE, a JSON file such as { "${match[1] === 'event' ? 'events' : 'pressReleases'}": { ${JSON.stringify(match[2])}: { "${field}": "…" } } }`
      : ' If a real value exists, add it to your data';
  return d.message.replace(LIBRARY_HINT, hint);
}

/** Checks parsed JSON: core's schemas and references first, then the JSON-LD it gives. */
export function validateData(
  file: string,
  input: unknown,
  requested: InputKind,
  baseUrl: string,
  supplied?: Supplied,
): ValidateReport {
  const detected = requested === 'auto' ? detectKind(file, input) : { kind: requested };
  const { kind } = detected;
  const guess = 'guess' in detected ? detected.guess : undefined;
  const report = (problems: readonly Problem[], richResults: readonly RichResultItem[] = []) =>
    guess === undefined ? { kind, problems, richResults } : { kind, guess, problems, richResults };
  let graph: unknown = input;
  if (kind !== 'jsonld') {
    const dataset =
      kind === 'dataset'
        ? input
        : kind === 'event'
          ? { events: [input] }
          : { organizations: [input] };
    // Paths are shown relative to what the user wrote: "events.0.startDate" becomes "startDate".
    const depth = kind === 'dataset' ? 0 : 2;
    const parsed = safeParseDataset(dataset, fixtures);
    if (!parsed.success) {
      const where = (path: readonly (string | number)[]) =>
        `${file}#${path.slice(depth).join('.')}`;
      return report(
        parsed.error.issues.map((issue) => schemaProblem(issue, dataset, where, depth)),
      );
    }
    // The user's entities may refer to the fixtures (e.g. `ledBy: ["unodc"]`): the graph is built
    // from both, and holds the user's entities and what they refer to.
    const own = parsed.data as Dataset;
    const include = ENTITY_COLLECTIONS.flatMap((collection) =>
      (own[collection] ?? []).map((entity) => toRef({ collection, entity })),
    );
    try {
      graph = toJsonLd(mergeDatasets(fixtures, own), {
        baseUrl,
        include,
        ...(supplied?.events === undefined ? {} : { events: supplied.events }),
        ...(supplied?.pressReleases === undefined ? {} : { pressReleases: supplied.pressReleases }),
      });
    } catch (error) {
      const problems = problemsFromError(error, { 'options.baseUrl': '--base-url' });
      if (problems === undefined) throw error;
      // `options.events.my-webinar.locationUrl` is `events.my-webinar.locationUrl` of --supply.
      throw new InvalidInput(
        problems.map((p) =>
          p.path.startsWith('options.') && supplied !== undefined
            ? { ...p, path: `${supplied.file}#${p.path.slice('options.'.length)}` }
            : p,
        ),
      );
    }
  }
  const result = validate(graph);
  const problems = result.diagnostics.map(
    (d): Problem => ({
      severity: d.severity,
      code: d.code,
      path: `${kind === 'jsonld' ? file : 'JSON-LD'}#${d.path}`,
      message: `${cliHint(d, kind)}${d.id === undefined ? '' : ` (node ${d.id})`}`,
      source: d.source,
    }),
  );
  return report(problems, result.richResults);
}

/** The rich-result verdicts, one line each, as Google's Rich Results Test would word them. */
export function formatRichResults(items: readonly RichResultItem[]): string {
  if (items.length === 0) return '';
  const lines = items.map((item) => {
    const parts = [
      item.eligible ? 'eligible' : 'not eligible',
      item.missingRequired.length === 0
        ? ''
        : `missing required: ${item.missingRequired.join(', ')}`,
      item.missingRecommended.length === 0
        ? ''
        : `missing recommended: ${item.missingRecommended.join(', ')}`,
    ].filter((part) => part !== '');
    return `  ${escapeControl(`${item.feature} (${item.type}) ${item.id ?? item.path}: ${parts.join('; ')}`)}\n`;
  });
  return `Rich results (as Google's Rich Results Test would report them):\n${lines.join('')}`;
}

/** Reads the `--supply` file: toJsonLd's `events` and `pressReleases` values, by entity id. */
async function readSupplied(io: CliIo, file: string): Promise<Supplied> {
  const value = parseJson(file, await readText(io, file));
  const allowed = ['events', 'pressReleases'];
  const bad = isRecord(value)
    ? Object.entries(value).find(([key, entry]) => !allowed.includes(key) || !isRecord(entry))
    : undefined;
  if (!isRecord(value) || bad !== undefined) {
    throw new InvalidInput([
      {
        severity: 'error',
        code: 'INVALID_SUPPLY',
        path: bad === undefined ? file : `${file}#${bad[0]}`,
        message:
          'expected { "events": { "<event id>": { "name", "url", "locationUrl", "image" } }, "pressReleases": { "<id>": { "headline", "image" } } }; fix the file',
      },
    ]);
  }
  return { file, ...(value as Omit<Supplied, 'file'>) };
}

/** Options of `track4tip validate`. */
interface ValidateOptions {
  readonly type: InputKind;
  readonly baseUrl: string;
  readonly infos?: boolean;
  readonly supply?: string;
}

/** Reads, checks and reports one file; throws {@link Reported} when it has errors. */
async function checkFile(io: CliIo, file: string, options: ValidateOptions, json: boolean) {
  const input = parseJson(file, await readText(io, file));
  const supplied =
    options.supply === undefined ? undefined : await readSupplied(io, options.supply);
  let report: ValidateReport;
  try {
    report = validateData(file, input, options.type, options.baseUrl, supplied);
  } catch (error) {
    // Schemas or a validator that recurse can run out of stack on a hostile document.
    if (error instanceof RangeError) throw new InvalidInput([tooDeep(file)]);
    throw error;
  }
  const problems =
    report.guess === undefined ? report.problems : [report.guess, ...report.problems];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of report.problems) counts[p.severity] += 1;
  // Info notes (recommendations) are many: printed with --infos, always in --json. How the
  // type was guessed is shown whenever something is wrong, since it explains the errors.
  const shown = problems.filter(
    (p) =>
      json || options.infos || p.severity !== 'info' || (p === report.guess && counts.error > 0),
  );
  if (json) {
    io.stderr(`${JSON.stringify({ problems: shown, richResults: report.richResults })}\n`);
  } else if (shown.length > 0) {
    reportProblems(io, shown, false);
  }
  if (counts.error === 0) {
    const notes = [
      counts.warning > 0 ? `${counts.warning} warning(s)` : '',
      counts.info > 0
        ? `${counts.info} info note(s)${json || options.infos ? '' : ' (see --infos)'}`
        : '',
    ].filter((note) => note !== '');
    io.stdout(
      `${escapeControl(
        `${file}: valid ${report.kind}${notes.length > 0 ? `; ${notes.join(', ')}` : ''}`,
      )}\n`,
    );
  }
  io.stdout(formatRichResults(report.richResults));
  if (counts.error > 0) throw new Reported();
}

export function validateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description(
      "check your own event or organisation data (JSON) with the SDK's schemas, the JSON-LD validator and Google's rich-result rules",
    )
    .argument(
      '<file>',
      'a JSON file (- for standard input): one event, one organisation, a dataset ({ "events": [...] }) or a JSON-LD document',
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
      'real values your data model has no field for, by entity id: { "events": { "<id>": { "name", "url", "locationUrl", "image" } } }',
    )
    .addHelpText(
      'after',
      "\nExits with 1 when an error is found; warnings (Google rules your data cannot meet) are printed but do not fail.\nPrints what Google's Rich Results Test would report for each Event, Article and Organization.\n\nExamples:\n  track4tip validate my-event.json\n  track4tip validate my-org.json --type organization --json\n  cat my-event.json | track4tip validate -",
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
