import { type CliIo, InvalidInput, type Problem, readText } from './io.js';

/** True for a JSON object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The problem of a document nested too deeply to check. */
export const tooDeep = (where: string): Problem => ({
  severity: 'error',
  code: 'TOO_DEEP',
  path: where,
  message:
    'the document is nested too deeply to check; flatten it: give nodes an "@id" and refer to them with { "@id": … } instead of nesting',
});

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

/** Reads and parses a JSON file the user named (`-`: standard input). */
export async function readJson(io: CliIo, file: string): Promise<unknown> {
  return parseJson(file, await readText(io, file));
}
