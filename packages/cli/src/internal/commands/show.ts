import type { Command } from 'commander';
import { DEFAULT_BASE_URL } from '../entities.js';
import type { CliIo } from '../io.js';
import { citation } from './cite.js';
import { disclaimer } from './disclaimer.js';
import { buildGraph } from './jsonld.js';

/** The entity `show` presents: the webinar the press release reports. */
const WEBINAR = 'unodc-webinar';

export function showCommand(program: Command, io: CliIo): void {
  program
    .command('show', { isDefault: true })
    .description("show the webinar's JSON-LD graph, its citation and its disclaimer (the default)")
    .option(
      '--base-url <url>',
      "your site's absolute base URL; every @id is built from it",
      DEFAULT_BASE_URL,
    )
    .addHelpText(
      'after',
      '\nExamples:\n  track4tip\n  track4tip show --base-url https://www.example.org/',
    )
    // As the default command, `show` receives what commander took for arguments: a mistyped command.
    .allowExcessArguments(true)
    .action(async (options: { baseUrl: string }, command: Command) => {
      const [unknown] = command.args;
      if (unknown !== undefined) {
        const names = program.commands.map((c) => c.name()).join(', ');
        command.error(`unknown command '${unknown}'; use one of ${names}`, {
          code: 'commander.unknownCommand',
          exitCode: 2,
        });
      }
      const graph = buildGraph([WEBINAR], options);
      io.stdout(`# JSON-LD (${WEBINAR})\n\n${JSON.stringify(graph, null, 2)}\n\n`);
      io.stdout(
        `# Citation (APA, en-US)\n\n${await citation(WEBINAR, { style: 'apa', locale: 'en-US', format: 'text', kind: 'bibliography' })}\n\n`,
      );
      io.stdout(`# Disclaimer\n\n${disclaimer({})}\n`);
    });
}
