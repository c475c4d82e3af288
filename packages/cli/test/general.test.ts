import { describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { cli } from './helpers.js';

const COMMANDS = ['show', 'jsonld', 'cite', 'disclaimer', 'validate', 'list'];

describe('track4tip (general)', () => {
  it('prints the version with --version and -V', async () => {
    for (const flag of ['--version', '-V']) {
      const out = await cli([flag]);
      expect(out).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    }
  });

  it('lists every command in --help, with the exit codes', async () => {
    const out = await cli(['--help']);
    expect(out.code).toBe(0);
    for (const command of COMMANDS) expect(out.stdout).toContain(command);
    expect(out.stdout).toContain('1 invalid input, 2 usage error');
    expect(out.stderr).toBe('');
  });

  it.each(COMMANDS)('has --help for %s, with an example', async (command) => {
    const out = await cli([command, '--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`Usage: track4tip ${command}`);
    expect(out.stdout).toContain('track4tip');
    expect(out.stdout).toMatch(/Examples?:/);
  });

  it('exits with 2 and says what is wrong on an unknown command', async () => {
    const out = await cli(['frobnicate']);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain("unknown command 'frobnicate'");
  });

  it('exits with 2 on an unknown option', async () => {
    const out = await cli(['list', '--colour']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("unknown option '--colour'");
  });

  it('writes usage errors as JSON with --json', async () => {
    const out = await cli(['list', '--colour', '--json']);
    expect(out.code).toBe(2);
    const report = JSON.parse(out.stderr) as { problems: { code: string; message: string }[] };
    expect(report.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'USAGE',
        message: expect.stringContaining('--colour'),
      }),
    ]);
  });
});
