/**
 * The preview's (`astro dev`) list of the analyst's problems: instead of failing the page with a
 * stack trace, the errors a build would stop on are recorded here and every page shows them
 * (components/DevProblems.astro), as `file:line:column  severity  rule-id  message` lines.
 * Shared through `globalThis` because the content-check integration (Astro's config) and the
 * pages do not share module instances.
 */

const PROBLEMS = Symbol.for('sourced.dev-problems');

/** A block of problems from one step (`content-check`, `annotations`, `render`, `sources`). */
export interface DevProblemBlock {
  /** What found them, e.g. `frontmatter and sources`. */
  step: string;
  /** The build's message: a summary line, then one line per problem. */
  message: string;
}

function registry(): Map<string, string> {
  const store = globalThis as Record<symbol, unknown>;
  return (store[PROBLEMS] ??= new Map<string, string>()) as Map<string, string>;
}

/** Records (or, with an empty message, clears) the problems a step found. */
export function recordDevProblems(step: string, message: string): void {
  if (message) registry().set(step, message);
  else registry().delete(step);
}

/** The recorded problems, one block per step, each as the summary line and its problem lines. */
export function getDevProblems(): { step: string; summary: string; lines: string[] }[] {
  return [...registry().entries()].map(([step, message]) => {
    const [summary = '', ...lines] = message.split('\n');
    return { step, summary, lines: lines.map((line) => line.trim()).filter(Boolean) };
  });
}
