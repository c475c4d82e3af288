import { run } from '../src/index.js';

/** A valid event of a user's own that refers to the fixtures (`ledBy: ["unodc"]`). */
export const myEvent = {
  id: 'my-webinar',
  kind: 'webinar',
  descriptiveLabel: 'Our webinar on victim identification',
  startDate: '2024-05-02',
  attendanceMode: 'online',
  ledBy: ['unodc'],
};

/** What one in-process run of the CLI produced. */
export interface RunOutput {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process; `files` stands in for the file system of `validate`. */
export async function cli(
  argv: readonly string[],
  files: Record<string, string> = {},
): Promise<RunOutput> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return text;
    },
  });
  return { code, stdout, stderr };
}
