import {
  type Dataset,
  ENTITY_COLLECTIONS,
  ENTITY_TYPES,
  type EntityCollection,
  fixtures,
  formatPath,
  type Issue,
} from '@track4tip/core';
import {
  type DatasetSupplement,
  safeCompleteDataset,
  safeParseDataset,
} from '@track4tip/core/schemas';
import type { EntityRef } from '@track4tip/jsonld';
import { type CliIo, InvalidInput, libraryProblem, type Problem } from './io.js';
import { isRecord, readJson } from './json.js';

/** The keys of a dataset: every entity collection, and participations. */
export const DATASET_KEYS = [...ENTITY_COLLECTIONS, 'participations'] as const;

/** Two datasets as one: each collection holds the entities of both, `a`'s first. */
export function mergeDatasets(a: Dataset, b: Dataset): Dataset {
  const merged: Record<string, readonly unknown[]> = {};
  for (const key of DATASET_KEYS) {
    const items = [...(a[key] ?? []), ...(b[key] ?? [])];
    if (items.length > 0) merged[key] = items;
  }
  return merged as Dataset;
}

/** The JSON-LD references of every entity of a dataset, collection by collection. */
export function refsOf(data: Dataset): EntityRef[] {
  return ENTITY_COLLECTIONS.flatMap((collection) =>
    (data[collection] ?? []).map((entity) => ({ type: ENTITY_TYPES[collection], id: entity.id })),
  );
}

/**
 * The records a command works on: the SDK's fixtures and the user's own records (`--data`),
 * completed with what the publisher supplies (`--supply`).
 */
export interface Records {
  /** The fixtures and the user's records, completed: what graphs and citations are built from. */
  readonly dataset: Dataset;
  /** The user's own records as validated (empty without `--data`). */
  readonly own: Dataset;
  /** The file the user's records come from, when there is one. */
  readonly dataFile?: string;
  /** The entities the supplement completes, by type and id. */
  readonly supplied: readonly EntityRef[];
}

/** The fixtures alone: the records of a command run without `--data` or `--supply`. */
export const FIXTURE_RECORDS: Records = { dataset: fixtures, own: {}, supplied: [] };

/**
 * Validates the user's dataset against core's schemas and references, with the fixtures as the
 * entities its references may also name (`"ledBy": ["unodc"]`). Every issue is a problem at its
 * path in the file (`mine.json#events[0].startDate`), with the library's code, message and hint.
 */
export function parseOwnDataset(file: string, input: unknown): Dataset {
  const parsed = safeParseDataset(input, fixtures);
  if (parsed.success) return parsed.data as Dataset;
  throw new InvalidInput(
    parsed.error.issues.map((issue) => libraryProblem(issue, `${file}#${formatPath(issue.path)}`)),
  );
}

/** Where an issue of `safeCompleteDataset` is in the supply file. */
function supplyPath(file: string, issue: Issue): string {
  // A supplied entity's issues are at `events.<id>.<field>…`, as the file writes them. An issue
  // at a position (`events.12…`) is about the records themselves, not a place in the file.
  return typeof issue.path[1] === 'number' ? file : `${file}#${formatPath(issue.path)}`;
}

/** The entities a supplement names that the records hold (the others are the library's issues). */
function suppliedRefs(records: Dataset, supplement: unknown): EntityRef[] {
  if (!isRecord(supplement)) return [];
  return ENTITY_COLLECTIONS.flatMap((collection) => {
    const values = supplement[collection];
    if (!isRecord(values)) return [];
    const ids = new Set((records[collection] ?? []).map((entity) => entity.id));
    return Object.keys(values)
      .filter((id) => ids.has(id))
      .map((id) => ({ type: ENTITY_TYPES[collection], id }));
  });
}

/** What completing the records gave: the dataset, or the problems at their paths in the file. */
export type Completed =
  | { readonly success: true; readonly dataset: Dataset; readonly supplied: EntityRef[] }
  | { readonly success: false; readonly problems: Problem[] };

/**
 * Completes records with a supplement read from `file` (core's `safeCompleteDataset`): each
 * issue is reported at its path in the file, with the library's message.
 */
export function completeRecords(records: Dataset, supplement: unknown, file: string): Completed {
  const result = safeCompleteDataset(records, supplement as DatasetSupplement);
  if (!result.success) {
    return {
      success: false,
      problems: result.error.issues.map((issue) => libraryProblem(issue, supplyPath(file, issue))),
    };
  }
  return {
    success: true,
    dataset: result.data as Dataset,
    supplied: suppliedRefs(records, supplement),
  };
}

/** The files named by `--data` and `--supply`. */
export interface RecordFiles {
  readonly data?: string;
  readonly supply?: string;
}

/**
 * Reads the user's dataset (`--data`) and supplement (`--supply`), validates both and returns the
 * records to build from; any problem is an {@link InvalidInput} (exit code 1).
 */
export async function loadRecords(io: CliIo, files: RecordFiles): Promise<Records> {
  if (files.data === undefined && files.supply === undefined) return FIXTURE_RECORDS;
  if (files.data === '-' && files.supply === '-') {
    throw new InvalidInput([
      {
        severity: 'error',
        code: 'INVALID_OPTION',
        path: '--supply',
        message:
          'standard input can be read once: pass --data - or --supply -, and the other as a file',
      },
    ]);
  }
  const own =
    files.data === undefined ? {} : parseOwnDataset(files.data, await readJson(io, files.data));
  const records = mergeDatasets(fixtures, own);
  const data = files.data === undefined ? {} : { dataFile: files.data };
  if (files.supply === undefined) return { dataset: records, own, ...data, supplied: [] };
  const completed = completeRecords(records, await readJson(io, files.supply), files.supply);
  if (!completed.success) throw new InvalidInput(completed.problems);
  return { dataset: completed.dataset, own, ...data, supplied: completed.supplied };
}

/** Every id of a dataset's entities, for "did you mean" hints. */
export function idsOf(data: Dataset, collections: readonly EntityCollection[]): string[] {
  return collections.flatMap((collection) => (data[collection] ?? []).map((entity) => entity.id));
}
