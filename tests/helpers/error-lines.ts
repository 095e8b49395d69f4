/** The `path:line:column  error  rule-id  message` lines of a check or build output, sorted and without repeats. */
export function errorLines(output: string): string[] {
  return [...new Set(output.split('\n').map((line) => line.trim()).filter((line) => /^\S+:\d+:\d+ {2}error {2}\S+ {2}/.test(line)))].sort();
}
