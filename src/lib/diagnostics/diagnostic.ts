/** How serious a problem is: errors fail the build, warnings are printed. */
export type Severity = 'error' | 'warning';

/** One problem in an article, at a file position (1-based, counting the frontmatter lines). */
export interface Diagnostic {
  /** Stable rule id tests and editors match on, e.g. `unknown-source`. */
  ruleId: string;
  severity: Severity;
  /** What is wrong, in the author's terms, with the received value in backticks. */
  message: string;
  /** How to fix it. */
  hint?: string | undefined;
  line: number;
  column: number;
}

/** `path:line:column  severity  rule-id  message hint`, one line per problem. */
export function formatDiagnostic(path: string, diagnostic: Diagnostic): string {
  const text = diagnostic.hint ? `${diagnostic.message} ${diagnostic.hint}` : diagnostic.message;
  return `${path}:${diagnostic.line}:${diagnostic.column}  ${diagnostic.severity}  ${diagnostic.ruleId}  ${text}`;
}

/** Orders problems by position, then rule id, so output is stable. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** The message a failed build ends with: how many errors, where to read about them, then each one. */
export function formatErrorSummary(errorLines: readonly string[]): string {
  return `${errorLines.length} error(s) in articles; fix them and build again (content/README.md explains each rule):\n${errorLines.join('\n')}`;
}

/** A diagnostic as a build report lists it (see build-report.ts). */
export function toReportedProblem(path: string, diagnostic: Diagnostic): { ruleId: string; text: string; position: string; severity: Severity } {
  return { ruleId: diagnostic.ruleId, text: formatDiagnostic(path, diagnostic), position: `${path}:${diagnostic.line}:${diagnostic.column}`, severity: diagnostic.severity };
}
