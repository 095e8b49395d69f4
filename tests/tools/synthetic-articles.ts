/**
 * Deterministic synthetic articles for the benchmark and the scale smoke test: about 600 words,
 * 10 claims, 6 quotes, 2 notes and 8 sources each, sources shared across articles by id.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE_POOL = [
  { id: 'reuters', name: 'Reuters', kind: 'outlet' },
  { id: 'ap', name: 'Associated Press', kind: 'outlet' },
  { id: 'state-officials', name: 'State Department officials', kind: 'anonymous' },
  { id: 'defense-official', name: 'A senior defence official', kind: 'anonymous' },
  { id: 'foreign-ministry', name: 'Foreign Ministry', kind: 'government' },
  { id: 'embassy', name: 'The embassy', kind: 'government' },
  { id: 'minister', name: 'Maria Lindqvist', kind: 'official' },
  { id: 'spokesman', name: 'Tomas Berg', kind: 'official' },
  { id: 'analyst', name: 'Dr Amira Haddad', kind: 'expert' },
  { id: 'historian', name: 'Prof. Kenji Sato', kind: 'expert' },
  { id: 'ngo', name: 'Open Borders Watch', kind: 'organization' },
  { id: 'resident', name: 'Olena Petrenko', kind: 'person' },
] as const;
const TAGS = ['diplomacy', 'energy', 'security', 'trade', 'elections', 'migration', 'climate', 'health'];
const WORDS =
  'the talks were expected to resume after a week of pressure from allies who wanted a clear answer on supplies while markets watched closely and officials in several capitals weighed the cost of a longer standoff'.split(
    ' ',
  );

/** A pseudo-random but repeatable number generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words: number): string {
  const chosen = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  const text = chosen.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** One synthetic article: annotated Markdown, or the same text without annotations. */
export function buildSyntheticArticle(index: number, annotated: boolean): string {
  const next = random(index + 1);
  const sources = Array.from({ length: 8 }, (_, i) => SOURCE_POOL[(index + i * 5) % SOURCE_POOL.length]!);
  const unique = [...new Map(sources.map((s) => [s.id, s])).values()];
  const outlets = unique.filter((s) => s.kind === 'outlet');
  const date = new Date(Date.UTC(2020, 0, 1) + index * 36 * 3600 * 1000).toISOString().slice(0, 10);
  const tags = [TAGS[index % TAGS.length]!, TAGS[(index * 3 + 1) % TAGS.length]!].filter((tag, i, all) => all.indexOf(tag) === i);
  const frontmatter = [
    '---',
    `title: "Synthetic analysis number ${index + 1}"`,
    `description: "A generated article used to measure build speed (${index + 1})."`,
    `published: ${date}`,
    `tags: [${tags.join(', ')}]`,
    'original:',
    '  outlet: Generated Wire',
    '  datenote: Generated for the benchmark.',
    annotated ? 'sources:' : 'sources: {}',
    ...(annotated ? unique.flatMap((s) => [`  ${s.id}:`, `    name: ${s.name}`, `    kind: ${s.kind}`]) : []),
    '---',
    '',
  ];
  const body: string[] = [];
  let claim = 0;
  let quote = 0;
  for (let paragraph = 0; paragraph < 12; paragraph++) {
    const parts: string[] = [sentence(next, 12) + '.'];
    if (claim < 10) {
      const by = unique[claim % unique.length]!;
      const via = outlets.length > 0 && by.kind === 'anonymous' ? ` via=${outlets[0]!.id}` : '';
      const words = sentence(next, 10);
      const responds = claim === 3 ? ' responds=c1 status=denied' : '';
      parts.push(annotated ? `Officials said :claim[${words}]{by=${by.id}${via}${responds}}.` : `Officials said ${words}.`);
      claim++;
    }
    if (quote < 6 && paragraph % 2 === 0) {
      const by = unique[(quote + 2) % unique.length]!;
      const words = sentence(next, 9);
      parts.push(annotated ? `“:quote[${words}]{by=${by.id}},” ${by.name} said.` : `“${words},” ${by.name} said.`);
      quote++;
    }
    if (paragraph === 5 && claim < 10) {
      const by = unique[claim % unique.length]!;
      const words = sentence(next, 8);
      parts.push(annotated ? `Then :claim[${words}]{by=${by.id}}.` : `Then ${words}.`);
      claim++;
    }
    parts.push(sentence(next, 14) + '.');
    body.push(parts.join(' '));
    if (paragraph === 3 || paragraph === 8) {
      const note = sentence(next, 12);
      body.push(annotated ? `:::note{kind=${paragraph === 3 ? 'context' : 'caveat'}}\n${note}.\n:::` : `${note}.`);
    }
  }
  return `${frontmatter.join('\n')}\n${body.join('\n\n')}\n`;
}

/** Writes `count` synthetic articles into `<dir>/articles`, replacing what was there. */
export function writeSyntheticContent(dir: string, count: number, annotated: boolean): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (let index = 0; index < count; index++) {
    writeFileSync(join(dir, 'articles', `synthetic-${String(index + 1).padStart(5, '0')}.md`), buildSyntheticArticle(index, annotated));
  }
}
