/**
 * Where a YAML text that failed to parse went wrong, as an analyst would say it. YAML parsers
 * notice an indentation slip where the structure finally breaks, often lines later (a source key
 * indented one space too few is reported at the next source), and an unclosed `[` at the start of
 * the next line. This reads the lines the way they were meant — block levels by indentation — and
 * finds the first line that fits none: a tab in the indentation, a line indented deeper than a
 * value allows, a line between two levels, or a `[`/`{` never closed. Only used once a parser has
 * failed (valid YAML may continue plain scalars on deeper lines, which this would flag).
 */

/** A slip: 1-based line and column in the YAML text, what is wrong, and how to fix it. */
export interface YamlSlip {
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** An open block level: its indentation and the line (0-based) that opened it. */
interface Level {
  indent: number;
  line: number;
}

const spaces = (count: number): string => `${count} space${count === 1 ? '' : 's'}`;

/** The indentation step the text uses most (2 when it cannot tell). */
function indentationUnit(lines: readonly string[]): number {
  const counts = new Map<number, number>();
  let previous = 0;
  for (const line of lines) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    if (indent > previous) counts.set(indent - previous, (counts.get(indent - previous) ?? 0) + 1);
    previous = indent;
  }
  let best = 2;
  let bestCount = 0;
  for (const [step, count] of counts) if (count > bestCount || (count === bestCount && step === 2)) [best, bestCount] = [step, count];
  return best;
}

/** The line without a trailing comment (a `#` after a space, outside quotes). */
function stripComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#' && (i === 0 || text[i - 1] === ' ')) return text.slice(0, i).trimEnd();
  }
  return text;
}

/** How many more `[`/`{` than `]`/`}` a value opens, outside quotes. */
function openBrackets(text: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth--;
  }
  return depth;
}

/** The first slip in a YAML text, if its lines show one. */
export function findYamlSlip(yaml: string): YamlSlip | undefined {
  const lines = yaml.replace(/\r\n?/g, '\n').split('\n');
  const unit = indentationUnit(lines);
  const levels: Level[] = [{ indent: 0, line: -1 }];
  let opensBlock = false;
  let blockScalarIndent: number | undefined;
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index] ?? '';
    const leading = /^[ \t]*/.exec(raw)?.[0] ?? '';
    if (raw.trim() === '') continue;
    const indent = leading.length;
    if (blockScalarIndent !== undefined) {
      if (indent > blockScalarIndent) continue;
      blockScalarIndent = undefined;
    }
    if (raw.trimStart().startsWith('#')) continue;
    if (leading.includes('\t')) {
      return { line: index + 1, column: leading.indexOf('\t') + 1, message: 'a tab is used to indent this line', hint: 'Indent with spaces only (two per level), never tabs.' };
    }
    const content = stripComment(raw.trim());
    const top = levels.at(-1) ?? { indent: 0, line: -1 };
    if (indent > top.indent) {
      if (!opensBlock) {
        const expected = [...new Set(levels.map((level) => level.indent))].filter((level) => level <= indent).at(-1) ?? 0;
        return {
          line: index + 1,
          column: 1,
          message: `this line is indented by ${spaces(indent)}, deeper than the line above allows (the line above already has its value)`,
          hint: `Indent it by ${expected} spaces like the key above, or, if it belongs under the key above, remove that key's value on its line.`,
        };
      }
      levels.push({ indent, line: index });
    } else if (indent < top.indent) {
      while ((levels.at(-1)?.indent ?? 0) > indent) levels.pop();
      const level = levels.at(-1) ?? { indent: 0, line: -1 };
      if (level.indent !== indent) {
        // Between two levels. When the level this line was meant to join was opened one step off
        // the text's indentation unit (and this line is on it), the opener is the slip.
        const parent = levels.at(-2);
        if (parent && level.line >= 0 && indent - parent.indent === unit && level.indent - parent.indent !== unit) {
          return {
            line: level.line + 1,
            column: 1,
            message: `this line is indented by ${spaces(level.indent)}, where the lines of its level use ${indent}`,
            hint: `Indent it by ${indent} spaces, like the other keys at its level.`,
          };
        }
        const allowed = [...new Set(levels.map((candidate) => candidate.indent))].map((value) => String(value));
        return {
          line: index + 1,
          column: 1,
          message: `this line is indented by ${spaces(indent)}, which matches none of the levels above (${allowed.join(', ')} spaces)`,
          hint: `Indent it by ${allowed.at(-1) ?? '0'} spaces to continue the level above, or by one of ${allowed.join(', ')} to go back to an outer level.`,
        };
      }
    }
    if (/^(?:[^:#]+|"[^"]*"|'[^']*'):\s*[|>][-+0-9]*$/.test(content)) blockScalarIndent = indent;
    const value = /^(?:-\s+)?(?:[^:[{"']+|"[^"]*"|'[^']*'):\s+(.*)$/.exec(content)?.[1] ?? (content.startsWith('- ') ? content.slice(2) : '');
    if (openBrackets(value) > 0 && !lines.slice(index + 1).some((line) => /^\s+/.test(line) && openBrackets(line) < 0)) {
      const column = raw.indexOf(value.trim()[0] ?? '[') + 1;
      return {
        line: index + 1,
        column,
        message: `the \`${value.trim()[0]}\` on this line is never closed`,
        hint: `Close it (\`${value.trim()[0] === '[' ? ']' : '}'}\`) on the same line, or quote the value if the bracket is part of the text (e.g. \`"[A title"\`).`,
      };
    }
    opensBlock = /:$/.test(content) || content === '-';
    // `- key: value` starts a mapping inside a list item: its next keys sit under `key`.
    if (/^-\s+[^:]+:(\s|$)/.test(content)) levels.push({ indent: indent + 2, line: index });
  }
  return undefined;
}

/**
 * Whether to report the slip instead of the parser's position: when it comes first (the parser
 * noticed later), or on the very next line (the parser stopped at the value the slipped line
 * seemed to continue). On the parser's own line, the parser's words are kept.
 */
export function preferSlip(slipLine: number, parserLine: number): boolean {
  return slipLine < parserLine || slipLine === parserLine + 1;
}
