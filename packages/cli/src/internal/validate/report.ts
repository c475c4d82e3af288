import { formatPath } from '@track4tip/core';
import type { RichResultItem } from '@track4tip/jsonld/validate';
import { type CliIo, escapeControl, Reported, reportProblems } from '../io.js';
import type { ValidateReport } from './check.js';

/** The rich-result verdicts, one line each, as Google's Rich Results Test would word them. */
export function formatRichResults(items: readonly RichResultItem[]): string {
  if (items.length === 0) return '';
  const lines = items.map((item) => {
    const parts = [
      item.eligible ? 'eligible' : 'not eligible',
      item.missingRequired.length === 0
        ? ''
        : `missing required: ${item.missingRequired.join(', ')}`,
      item.missingRecommended.length === 0
        ? ''
        : `missing recommended: ${item.missingRecommended.join(', ')}`,
    ].filter((part) => part !== '');
    return `  ${escapeControl(`${item.feature} (${item.type}) ${item.id ?? formatPath(item.path)}: ${parts.join('; ')}`)}\n`;
  });
  return `Rich results (as Google's Rich Results Test would report them):\n${lines.join('')}`;
}

/**
 * Prints a report: the problems on stderr (info notes with `--infos`, always in `--json`), then
 * the verdict on the file and the rich results on stdout; throws {@link Reported} on errors.
 */
export function printReport(
  io: CliIo,
  file: string,
  report: ValidateReport,
  infos: boolean,
  json: boolean,
): void {
  const problems =
    report.guess === undefined ? report.problems : [report.guess, ...report.problems];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of report.problems) counts[p.severity] += 1;
  // Info notes (recommendations) are many: printed with --infos, always in --json. How the
  // type was guessed is shown whenever something is wrong, since it explains the errors.
  const shown = problems.filter(
    (p) => json || infos || p.severity !== 'info' || (p === report.guess && counts.error > 0),
  );
  if (json) {
    io.stderr(`${JSON.stringify({ problems: shown, richResults: report.richResults })}\n`);
  } else if (shown.length > 0) {
    reportProblems(io, shown, false);
  }
  if (counts.error === 0) {
    const notes = [
      counts.warning > 0 ? `${counts.warning} warning(s)` : '',
      counts.info > 0 ? `${counts.info} info note(s)${json || infos ? '' : ' (see --infos)'}` : '',
    ].filter((note) => note !== '');
    io.stdout(
      `${escapeControl(
        `${file}: valid ${report.kind}${notes.length > 0 ? `; ${notes.join(', ')}` : ''}`,
      )}\n`,
    );
  }
  io.stdout(formatRichResults(report.richResults));
  if (counts.error > 0) throw new Reported();
}
