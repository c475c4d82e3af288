import { readFile } from 'node:fs/promises';
import { formatPath, type Issue } from '@track4tip/core';

/**
 * Where the CLI writes and how it reads files; tests and embedders pass their own.
 *
 * @example
 * ```ts
 * import { type CliIo, run } from '@track4tip/cli';
 * const io: CliIo = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
 * await run(['disclaimer'], io);
 * ```
 */
export interface CliIo {
  /** Receives everything meant for standard output (the command's result). */
  readonly stdout: (text: string) => void;
  /** Receives diagnostics, errors and help shown after a usage error. */
  readonly stderr: (text: string) => void;
  /**
   * Reads a file (`-` is standard input); defaults to the file system. Bytes are decoded as
   * strict UTF-8 (a leading BOM is dropped; other encodings are an `INVALID_ENCODING` error).
   */
  readonly readFile?: (path: string) => Promise<string | Uint8Array>;
}

/**
 * The exit codes of `track4tip`: `ok` (0), `invalidInput` (1: the message says what and where),
 * `usage` (2: unknown command or option, missing argument).
 *
 * @example
 * ```ts
 * import { EXIT_CODES, run } from '@track4tip/cli';
 * const code = await run(['cite'], { stdout: () => {}, stderr: () => {} });
 * console.log(code === EXIT_CODES.usage); // true: <entity> is missing
 * ```
 */
export const EXIT_CODES: ExitCodes = Object.freeze({ ok: 0, invalidInput: 1, usage: 2 });

/**
 * The shape of {@link EXIT_CODES}.
 *
 * @example
 * ```ts
 * import type { ExitCodes } from '@track4tip/cli';
 * const usage: ExitCodes['usage'] = 2;
 * ```
 */
export interface ExitCodes {
  /** Success. */
  readonly ok: 0;
  /** Invalid input: a value, an id or a file's content is wrong; the message says what and where. */
  readonly invalidInput: 1;
  /** Usage error: unknown command or option, missing or extra argument. */
  readonly usage: 2;
}

/**
 * One problem, as printed on stderr; with `--json`, stderr holds `{ "problems": Problem[] }`.
 *
 * @example
 * ```ts
 * import type { Problem } from '@track4tip/cli';
 * const problem: Problem = { severity: 'error', code: 'INVALID_DATE', path: 'event.json#startDate', message: '"2024-02-30" is not a calendar date; write a day that exists, as YYYY-MM-DD' };
 * ```
 */
export interface Problem {
  /** `error` makes the command exit with 1; `warning` and `info` are reported only. */
  readonly severity: 'error' | 'warning' | 'info';
  /** A stable UPPER code: the library's (`MISSING_FIELD`), the CLI's (`INVALID_JSON`) or `USAGE`. */
  readonly code: string;
  /** Where: an option (`--style`), a file and path (`event.json#participations[0].person`) or a graph path. */
  readonly path: string;
  /** What is wrong and how to fix it (a library issue's message, then its hint after `; `). */
  readonly message: string;
  /** The rule the problem comes from, when known. */
  readonly source?: string;
}

/** Raised by a command when the user's input is wrong: exit code 1. */
export class InvalidInput extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.problems = problems;
  }
}

/** Raised by a command that has already reported its problems: exit code 1, nothing more printed. */
export class Reported extends Error {}

/** Reads all of standard input. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const defaultRead = (path: string): Promise<Uint8Array> =>
  path === '-' ? readStdin() : readFile(path);

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file; check the path',
  EISDIR: 'it is a directory; pass a JSON file inside it',
  EACCES: "permission denied; check the file's permissions",
  EPERM: "permission denied; check the file's permissions",
  ENOTDIR: 'a part of the path is not a directory; check the path',
};

/**
 * Reads the text of a file the user named (`-`: standard input) as strict UTF-8, dropping a BOM;
 * every failure is an {@link InvalidInput} that names the file.
 */
export async function readText(io: CliIo, file: string): Promise<string> {
  let content: string | Uint8Array;
  try {
    content = await (io.readFile ?? defaultRead)(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      (typeof code === 'string' ? REASONS[code] : undefined) ??
      `${(error as Error).message}; check the path`;
    throw new InvalidInput([
      {
        severity: 'error',
        code: 'UNREADABLE_FILE',
        path: file,
        message: `cannot read the file: ${reason}`,
      },
    ]);
  }
  let text: string;
  if (typeof content === 'string') {
    text = content;
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      const at = firstInvalidUtf8(content);
      throw new InvalidInput([
        {
          severity: 'error',
          code: 'INVALID_ENCODING',
          path: file,
          message: `not UTF-8 text (invalid byte 0x${(content[at] ?? 0).toString(16).padStart(2, '0')} at byte ${at}); save the file as UTF-8`,
        },
      ]);
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on prefixes would split sequences; a linear scan of sequence lengths is simple.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b < 0xe0
          ? 2
          : b >= 0xe0 && b < 0xf0
            ? 3
            : b >= 0xf0 && b < 0xf5
              ? 4
              : 0;
    if (length === 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}

// C0 controls (tab and line breaks too), DEL, C1 controls, and the bidirectional formatting characters that can
// make a terminal show text other than what the file holds.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to escape
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Escapes control and bidi characters (`\u001b`), so input cannot drive the terminal. */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Writes problems to stderr: one line each (path first), or one JSON document with `--json`. */
export function reportProblems(io: CliIo, problems: readonly Problem[], json: boolean): void {
  if (json) {
    io.stderr(`${JSON.stringify({ problems })}\n`);
    return;
  }
  // One write: thousands of diagnostics (a large graph's notes) cost one system call, not one each.
  let text = '';
  for (const p of problems) {
    const where = p.path === '' ? '' : `${p.path}: `;
    text += `${escapeControl(`${p.severity} ${p.code} ${where}${p.message}`)}\n`;
  }
  if (text !== '') io.stderr(text);
}

/**
 * Turns a library error (`CoreError`, `JsonLdError`, `CiteError`: each has a `code`, a `path` and
 * `issues` of one shape) into problems, one per issue, each at its path written with `formatPath`;
 * `optionPaths` maps a library path so written (`options.style`) to the option the user typed
 * (`--style`).
 */
export function problemsFromError(
  error: unknown,
  optionPaths: Readonly<Record<string, string>> = {},
): Problem[] | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { code, message, path, issues } = error as {
    code?: unknown;
    message?: unknown;
    path?: unknown;
    issues?: unknown;
  };
  if (typeof code !== 'string' || typeof message !== 'string') return undefined;
  const list: readonly Partial<Issue>[] =
    Array.isArray(issues) && issues.length > 0
      ? issues
      : [{ path: Array.isArray(path) ? path : [], message }];
  return list.map((issue) => {
    const where = formatPath(Array.isArray(issue.path) ? issue.path : []);
    return libraryProblem(
      {
        code: typeof issue.code === 'string' ? issue.code : code,
        message: typeof issue.message === 'string' ? issue.message : message,
        ...(typeof issue.hint === 'string' ? { hint: issue.hint } : {}),
      },
      Object.hasOwn(optionPaths, where) ? (optionPaths[where] as string) : where,
    );
  });
}

/**
 * One of a library's issues as a problem at `where` (the path in the user's file, or the option
 * the user typed): its code, and its message followed by its hint, as the library wrote them.
 */
export function libraryProblem(
  {
    code,
    message,
    hint,
  }: { readonly code: string; readonly message: string; readonly hint?: string },
  where: string,
): Problem {
  return {
    severity: 'error',
    code,
    path: where,
    message: hint === undefined ? message : `${message}; ${hint}`,
  };
}

/**
 * Runs a library call and turns the errors it throws (they carry a `code`) into {@link InvalidInput}
 * whose paths name the options the user typed.
 */
export function asInput<T>(call: () => T, optionPaths: Readonly<Record<string, string>> = {}): T {
  try {
    return call();
  } catch (error) {
    const problems = problemsFromError(error, optionPaths);
    if (problems === undefined) throw error;
    throw new InvalidInput(problems);
  }
}
