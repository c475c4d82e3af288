import { Command, CommanderError, Option } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { citeCommand } from './commands/cite.js';
import { disclaimerCommand } from './commands/disclaimer.js';
import { jsonldCommand } from './commands/jsonld.js';
import { listCommand } from './commands/list.js';
import { showCommand } from './commands/show.js';
import { validateCommand } from './commands/validate.js';
import {
  type CliIo,
  EXIT_CODES,
  InvalidInput,
  type Problem,
  problemsFromError,
  Reported,
  reportProblems,
} from './io.js';

/** Options every command understands. */
export interface GlobalOptions {
  readonly json?: boolean;
}

/** Builds the commander program; every command writes through `io`. */
export function createProgram(io: CliIo): Command {
  const program = new Command('track4tip')
    .description(
      'schema.org JSON-LD, citations and the funding disclaimer for the UNODC TRACK4TIP webinar of 1 February 2021, the same for your own records (--data), and a validator for them.',
    )
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .addOption(new Option('--json', 'write diagnostics to stderr as one JSON document'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      // Usage errors are reported by run(), so that --json applies to them too.
      outputError: () => {},
    })
    .addHelpText(
      'after',
      "\nExit codes: 0 success, 1 invalid input, 2 usage error.\nRun with no command to show the webinar's graph, citation and disclaimer.",
    );
  showCommand(program, io);
  jsonldCommand(program, io);
  citeCommand(program, io);
  disclaimerCommand(program, io);
  validateCommand(program, io);
  listCommand(program, io);
  return program;
}

/** True when `--json` comes before any `--` end-of-options marker. */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

/** An error no command expected, as a problem that says what to do about it. */
function internalProblem(error: unknown): Problem {
  if (error instanceof RangeError) {
    return {
      severity: 'error',
      code: 'TOO_DEEP',
      path: '',
      message: `the input is nested too deeply to process (${error.message}); flatten it`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    severity: 'error',
    code: 'INTERNAL_ERROR',
    path: '',
    message: `track4tip failed: ${message}; please report it with the command you ran`,
  };
}

/** Runs the CLI and returns its exit code (the caller sets `process.exitCode`). */
export async function runProgram(argv: readonly string[], io: CliIo): Promise<number> {
  const json = wantsJson(argv);
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_CODES.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT_CODES.ok; // --help, --version
      const message = error.message.replace(/^error: /, '');
      reportProblems(io, [{ severity: 'error', code: 'USAGE', path: '', message }], json);
      if (!json) io.stderr('(run "track4tip --help" or "track4tip <command> --help" for usage)\n');
      return EXIT_CODES.usage;
    }
    if (error instanceof Reported) return EXIT_CODES.invalidInput;
    if (error instanceof InvalidInput) {
      reportProblems(io, error.problems, json);
      return EXIT_CODES.invalidInput;
    }
    const problems = problemsFromError(error);
    if (problems !== undefined) {
      reportProblems(io, problems, json);
      return EXIT_CODES.invalidInput;
    }
    // Never a stack trace: a bug or an exhausted stack is reported like any other problem.
    reportProblems(io, [internalProblem(error)], json);
    return EXIT_CODES.invalidInput;
  }
}
