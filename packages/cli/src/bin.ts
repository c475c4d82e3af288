import { run } from './index.js';

// A reader that closes the pipe early (`track4tip | head -c1`) is not an error: stop quietly, as
// cat and grep do, instead of Node's stack trace for an unhandled EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : 1);
  });
}

const write = (stream: NodeJS.WriteStream) => (text: string) => {
  if (!stream.destroyed) stream.write(text);
};

// Not a top-level await: this file is also built as CommonJS.
void run(process.argv.slice(2), {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // run() reports every error itself; this is the last guard against a stack trace.
    process.stderr.write(`error INTERNAL_ERROR ${String((error as Error)?.message ?? error)}\n`);
    process.exitCode = 1;
  },
);
