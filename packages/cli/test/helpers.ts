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

/**
 * A dataset of a user's own records: an in-person two-day training in Quito, led by UNODC (a
 * fixture), with two speakers and a moderator.
 */
export const quitoTraining = {
  events: [
    {
      id: 'quito-training',
      kind: 'training',
      title: 'Capacitación sobre cooperación internacional contra la trata de personas',
      descriptiveLabel: 'Our two-day training in Quito',
      startDate: '2025-03-10',
      endDate: '2025-03-11',
      inLanguage: ['es'],
      location: {
        place: {
          name: 'Centro de Convenciones',
          address: { addressLocality: 'Quito', addressCountry: 'EC' },
        },
      },
      ledBy: ['unodc'],
    },
  ],
  people: [
    { id: 'ana-perez', name: 'Ana Pérez' },
    { id: 'luis-gomez', name: 'Luis Gómez' },
    { id: 'maria-lopez', name: 'María López' },
  ],
  participations: [
    { event: 'quito-training', person: 'ana-perez', role: 'speaker', order: 1 },
    { event: 'quito-training', person: 'luis-gomez', role: 'speaker', order: 2 },
    { event: 'quito-training', person: 'maria-lopez', role: 'moderator', order: 3 },
  ],
};

/** A supplement that completes the fixture webinar with what its publisher knows. */
export const webinarSupplement = {
  source: { name: 'Example web team' },
  events: {
    'unodc-webinar': {
      title: 'International cooperation against trafficking in persons',
      url: 'https://www.example.org/events/webinar',
      location: { virtualLocation: { url: 'https://www.example.org/events/webinar/live' } },
      startDate: '2021-02-01T10:00:00-05:00',
      image: 'https://www.example.org/events/webinar.png',
    },
  },
};
