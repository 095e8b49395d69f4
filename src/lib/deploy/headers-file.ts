/**
 * The `_headers` file (Netlify, Cloudflare Pages and other static hosts): read, moved under the
 * base path, written back, and the headers it gives a URL.
 *
 * `public/_headers` is the one place the site's response headers are written down, with paths
 * relative to the site root. The build writes `dist/_headers` with every path under `BASE_PATH`
 * (headers-file-integration.ts); the nginx and Caddy recipes in `deploy/` set the same values,
 * and the deploy tests compare what those servers send with {@link headersForPath}.
 *
 * Syntax: a rule is a path pattern on its own line (`*` matches any characters), followed by
 * indented `Name: value` lines; an indented `! Name` line removes a header an earlier rule set
 * (Cloudflare Pages' "detach"), so a rule can replace a value instead of adding to it. Lines
 * starting with `#` are comments.
 */

export interface HeaderRule {
  /** Path pattern, e.g. `/*`, `/_astro/*`, `/feed.json`. */
  path: string;
  /** Header names removed before this rule's headers are added (`! Name`). */
  detach: string[];
  headers: { name: string; value: string }[];
}

/** Thrown for a line the parser cannot read; says which line and why. */
export class HeadersFileError extends Error {
  override name = 'HeadersFileError';
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const where = `_headers:${index + 1}`;
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new HeadersFileError(`${where}: a rule must start with a path beginning with "/", found "${line}".`);
      rules.push({ path: line.trim(), detach: [], headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new HeadersFileError(`${where}: a header line comes before any path; put a path such as "/*" on the line above.`);
    const detach = line.match(/^\s+!\s*(\S+)\s*$/);
    if (detach) {
      rule.detach.push(detach[1]!);
      return;
    }
    const header = line.match(/^\s+([^:\s]+):\s*(.*?)\s*$/);
    if (!header) throw new HeadersFileError(`${where}: expected "Name: value" or "! Name", found "${line.trim()}".`);
    rule.headers.push({ name: header[1]!, value: header[2]! });
  });
  return rules;
}

/** The rules with every path moved under `base` (`/` or `/sub/`): `/_astro/*` becomes `/sub/_astro/*`. */
export function rebaseHeaderRules(rules: readonly HeaderRule[], base: string): HeaderRule[] {
  const prefix = base.replace(/\/+$/, '');
  return rules.map((rule) => ({ ...rule, path: `${prefix}${rule.path}` }));
}

export interface SerializeOptions {
  /** Leave out `! Name` lines, for hosts that do not know them (Netlify, where a later rule's value replaces an earlier one's). */
  withoutDetach?: boolean;
  /** Comment lines written first. */
  comment?: readonly string[];
}

export function serializeHeadersFile(rules: readonly HeaderRule[], options: SerializeOptions = {}): string {
  const blocks = rules.map((rule) =>
    [rule.path, ...(options.withoutDetach ? [] : rule.detach.map((name) => `  ! ${name}`)), ...rule.headers.map(({ name, value }) => `  ${name}: ${value}`)].join('\n'),
  );
  const comment = (options.comment ?? []).map((line) => `# ${line}`.trimEnd());
  return `${[...(comment.length > 0 ? [comment.join('\n')] : []), ...blocks].join('\n\n')}\n`;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/**
 * The headers the rules give a URL path, as Cloudflare Pages applies them: every matching rule in
 * order, its `! Name` lines first, a header set twice joined with `, `. Names are lower-cased.
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!patternToRegExp(rule.path).test(path)) continue;
    for (const name of rule.detach) result.delete(name.toLowerCase());
    for (const { name, value } of rule.headers) {
      const key = name.toLowerCase();
      const previous = result.get(key);
      result.set(key, previous === undefined ? value : `${previous}, ${value}`);
    }
  }
  return result;
}
