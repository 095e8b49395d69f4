/**
 * How a build reports the problems of its articles: every error in full, warnings in full up to a
 * screenful and grouped by rule past that, and a failed build that ends with the analyst's list,
 * not a stack trace (these are expected, handled errors, not crashes).
 */

/** One formatted problem (`path:line:column  severity  rule-id  message`) and its rule. */
export interface ReportedProblem {
  ruleId: string;
  /** The whole formatted line (see `formatDiagnostic`). */
  text: string;
  /** `path:line:column`, for grouped listings. */
  position: string;
}

/** Past this many warnings, a build groups them by rule. */
export const WARNING_SCREENFUL = 20;
/** Positions shown for each rule when warnings are grouped. */
const EXAMPLES_PER_RULE = 3;

/** The build's warning block: each warning on its line, or past a screenful one line per rule with a count and the first positions. */
export function formatWarnings(warnings: readonly ReportedProblem[], screenful = WARNING_SCREENFUL): string {
  const count = `${warnings.length} warning${warnings.length === 1 ? '' : 's'} in articles`;
  if (warnings.length <= screenful) return `${count}:\n${warnings.map((warning) => warning.text).join('\n')}`;
  const byRule = new Map<string, ReportedProblem[]>();
  for (const warning of warnings) byRule.set(warning.ruleId, [...(byRule.get(warning.ruleId) ?? []), warning]);
  const lines = [...byRule.entries()]
    .sort(([a, first], [b, second]) => second.length - first.length || (a < b ? -1 : 1))
    .map(([ruleId, list]) => {
      const shown = list.slice(0, EXAMPLES_PER_RULE).map((warning) => warning.position);
      const more = list.length > shown.length ? `, and ${list.length - shown.length} more` : '';
      return `  ${ruleId}: ${list.length} × (${shown.join(', ')}${more})`;
    });
  return `${count}, grouped by rule (run \`npm run check\` for the full list):\n${lines.join('\n')}`;
}

/** Where the running Astro command is recorded (config and prerendered pages share no module, but one process). */
const COMMAND = Symbol.for('sourced.astro-command');

/** Records the Astro command this process runs (`build`, `dev`…), at `astro:config:setup`. */
export function recordAstroCommand(command: string): void {
  (globalThis as Record<symbol, unknown>)[COMMAND] = command;
}

/** Whether this process is running `astro build` (as opposed to the preview or a test). */
export function isAstroBuild(): boolean {
  return (globalThis as Record<symbol, unknown>)[COMMAND] === 'build';
}

/** Whether this process is running the preview, `astro dev` (drafts shown, problems listed on the pages). */
export function isAstroDev(): boolean {
  return (globalThis as Record<symbol, unknown>)[COMMAND] === 'dev';
}

/**
 * Ends a build that found errors in articles: prints the message as it is and exits with
 * status 1, so Astro adds no "unhandled error" frame or stack trace around the analyst's list.
 */
export function stopBuild(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}
