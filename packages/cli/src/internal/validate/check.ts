import { type Dataset, fixtures, formatPath } from '@track4tip/core';
import { safeParseDataset } from '@track4tip/core/schemas';
import { type EntityRef, entityId, normalizeBaseUrl, toJsonLd } from '@track4tip/jsonld';
import { type RichResultItem, validate } from '@track4tip/jsonld/validate';
import { asInput, InvalidInput, libraryProblem, type Problem } from '../io.js';
import { isRecord } from '../json.js';
import { completeRecords, mergeDatasets, refsOf } from '../records.js';
import { type GraphRecords, googleAdvice, graphRecords, recommendationFindings } from './advice.js';
import { detectKind, type InputKind, type Kind } from './detect.js';

/** What `validate` found. */
export interface ValidateReport {
  readonly kind: Kind;
  /** How the kind was chosen, when `--type` was `auto` and the file held a single entity. */
  readonly guess?: Problem;
  readonly problems: readonly Problem[];
  readonly richResults: readonly RichResultItem[];
}

/** A `--supply` file: values that complete records (core's `completeDataset` supplement). */
export interface Supplement {
  readonly file: string;
  readonly value: unknown;
}

/** What the graph is built from, or the problems that stop the check before it. */
type Built =
  | {
      readonly graph: unknown;
      /** The `@id`s of the records the graph is built for: the pages' subjects. */
      readonly subject: readonly string[];
      readonly records: GraphRecords;
      /** Warnings about the records themselves, before the graph's. */
      readonly unlinked: readonly Problem[];
    }
  | { readonly problems: readonly Problem[] };

/**
 * Validates the user's records (core's schemas and references, the fixtures as context), completes
 * them and the fixtures with the supplement, and builds the graph of the user's entities and of
 * those the supplement completes.
 */
function buildFromRecords(
  file: string,
  input: unknown,
  kind: Exclude<Kind, 'jsonld'>,
  baseUrl: string,
  supplement: Supplement | undefined,
): Built {
  if (!isRecord(input)) {
    const type = input === null ? 'null' : Array.isArray(input) ? 'an array' : `a ${typeof input}`;
    return {
      problems: [
        {
          severity: 'error',
          code: 'INVALID_TYPE',
          path: `${file}#`,
          message: `expected one JSON object (an event, an organisation, a dataset or a JSON-LD document), got ${type}; wrap your data in { }`,
        },
      ],
    };
  }
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
    return {
      problems: parsed.error.issues.map((issue) =>
        libraryProblem(issue, `${file}#${formatPath(issue.path.slice(depth))}`),
      ),
    };
  }
  // The user's entities may refer to the fixtures (e.g. `ledBy: ["unodc"]`), and the supplement
  // may complete either: the graph is built from both.
  const own = parsed.data as Dataset;
  let records = mergeDatasets(fixtures, own);
  const unlinked = unlinkedPeople(own, records, file);
  let supplied: EntityRef[] = [];
  if (supplement !== undefined) {
    const completed = completeRecords(records, supplement.value, supplement.file);
    if (!completed.success) return { problems: completed.problems };
    records = completed.dataset;
    supplied = completed.supplied;
  }
  const mine = refsOf(own);
  const include = [
    ...mine,
    ...supplied.filter((ref) => !mine.some((m) => m.type === ref.type && m.id === ref.id)),
  ];
  const graph = asInput(() => toJsonLd(records, { baseUrl, include }), {
    'options.baseUrl': '--base-url',
  });
  const base = normalizeBaseUrl(baseUrl);
  const subject = include.map((ref) => entityId(base, ref.type, ref.id));
  return { graph, subject, records: graphRecords(records, own, baseUrl, file), unlinked };
}

/**
 * The user's people whom nothing links to: no participation names them and no press release has
 * them as author, so no page shows them (a dataset that leaves out `participations` would
 * otherwise lose every speaker without a word).
 */
function unlinkedPeople(own: Dataset, records: Dataset, file: string): Problem[] {
  const linked = new Set<string>();
  for (const participation of records.participations ?? []) linked.add(participation.person);
  for (const release of [...(records.pressReleases ?? []), ...(records.publications ?? [])]) {
    for (const id of release.author ?? []) linked.add(id);
  }
  return (own.people ?? []).flatMap((person, index): Problem[] =>
    linked.has(person.id)
      ? []
      : [
          {
            severity: 'warning',
            code: 'UNLINKED_PERSON',
            path: `${file}#people.${index}`,
            message: `"${person.id}" takes part in no event and writes nothing, so no page shows this person; add a participation { "event", "person": "${person.id}", "role", "order" } to "participations"`,
          },
        ],
  );
}

/**
 * Checks parsed JSON: core's schemas and references first, then the JSON-LD it gives (or the
 * JSON-LD document itself) with the validator and Google's rules.
 */
export function validateData(
  file: string,
  input: unknown,
  requested: InputKind,
  baseUrl: string,
  supplement?: Supplement,
): ValidateReport {
  const detected = requested === 'auto' ? detectKind(file, input) : { kind: requested };
  const { kind } = detected;
  const guess = 'guess' in detected ? detected.guess : undefined;
  const report = (problems: readonly Problem[], richResults: readonly RichResultItem[] = []) =>
    guess === undefined ? { kind, problems, richResults } : { kind, guess, problems, richResults };
  let graph: unknown = input;
  let records: GraphRecords | undefined;
  let subject: readonly string[] = [];
  let unlinked: readonly Problem[] = [];
  if (kind === 'jsonld') {
    if (supplement !== undefined) {
      throw new InvalidInput([
        {
          severity: 'error',
          code: 'INVALID_OPTION',
          path: '--supply',
          message:
            '--supply completes records of the SDK model, and a JSON-LD document has none; add the values to the document, or validate your records instead',
        },
      ]);
    }
  } else {
    const built = buildFromRecords(file, input, kind, baseUrl, supplement);
    if ('problems' in built) return report(built.problems);
    ({ graph, subject, records, unlinked } = built);
  }
  // Each record the graph is built for has its page, about it (Google applies Organization rules
  // only there); a JSON-LD document says itself what it is about, if it does.
  const result = validate(graph, subject.length > 0 ? { subject } : {});
  const problems = [...unlinked];
  // What Google recommends is one note per item; for records, one finding per field to fill.
  const findings = result.diagnostics.flatMap((d) =>
    d.code === 'GOOGLE_RECOMMENDED' && records !== undefined
      ? recommendationFindings(d, graph, result.richResults)
      : [d],
  );
  problems.push(
    ...findings.flatMap((d): Problem[] => {
      const advice = googleAdvice(d, graph, result.richResults, records);
      // A recommendation no field of the model can meet is no advice to the user.
      if (advice === null) return [];
      // The CLI's advice says how to fix it; else the library's message and hint, as any issue's.
      const { path, message } = libraryProblem(
        advice === undefined ? d : { code: d.code, message: advice },
        `${kind === 'jsonld' ? file : 'JSON-LD'}#${formatPath(d.path)}`,
      );
      return [
        {
          severity: d.severity,
          code: d.code,
          path,
          message: `${message}${d.id === undefined ? '' : ` (node ${d.id})`}`,
          source: d.source,
        },
      ];
    }),
  );
  return report(problems, result.richResults);
}
