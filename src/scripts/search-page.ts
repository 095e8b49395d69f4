/**
 * The search page's script (the only script on the site): runs Pagefind's search API on the
 * index the build wrote, with a filter per source, kind of source, status, tag and result type.
 * The page works without it: the form stays disabled and the page says how to browse instead.
 * The query and filters are kept in the address (`?q=…&source=…`) so a search can be shared.
 * Pagefind finds articles; each result lists the article's claims and quotes that match, which
 * link to their place in the article (src/lib/search/search-parts.ts chooses them).
 */

import {
  articleMatches,
  hasShownResult,
  parseSearchParts,
  PARTS_META,
  selectShownResult,
  type PagefindAnchor,
  type PagefindSubResult,
  type ShownPart,
  type ShownResult,
} from '../lib/search/search-parts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[];
  anchors?: PagefindAnchor[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Articles shown at once (and by each "Show more results"). */
const PAGE_SIZE = 10;
/**
 * Articles whose data are loaded for one page at most, when a filter keeps only claims or quotes
 * and some articles have none to show: each costs a download.
 */
const MOST_LOADED_PER_PAGE = 50;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpt is escaped text with `<mark>` around the words found: rebuilt as nodes, nothing else kept. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  return [...(parsed?.childNodes ?? [])].map((node) => (node.nodeName === 'MARK' ? element('mark', '', node.textContent ?? '') : document.createTextNode(node.textContent ?? '')));
}

/** Title link, a line saying what it is, and the words found. */
function describe(item: HTMLElement, heading: HTMLHeadingElement, href: string, title: string, details: (string | undefined)[], excerpt: string | undefined): void {
  const link = element('a', '', title);
  link.href = href;
  heading.append(link);
  item.append(heading, element('p', 'search-result__meta', details.filter(Boolean).join(' · ')));
  if (excerpt) {
    const words = element('p', 'search-result__excerpt');
    words.append(...excerptNodes(excerpt));
    item.append(words);
  }
}

function renderPart(part: ShownPart): HTMLLIElement {
  const item = element('li', 'search-result__part');
  item.dataset['type'] = part.type.toLowerCase();
  describe(item, element('h3', 'search-result__part-title'), part.url, part.title, [part.type, part.source, part.status], part.excerpt);
  return item;
}

/** One article with the claims and quotes of it that were found, in reading order. */
function renderResult(data: PagefindResultData, shown: ShownResult): HTMLLIElement {
  const item = element('li', 'search-result');
  item.dataset['type'] = 'article';
  const details = shown.article ? ['Article', data.meta['date']] : [data.meta['date']];
  describe(item, element('h2', 'search-result__title'), data.url, data.meta['title'] ?? data.url, details, shown.article ? shown.excerpt : undefined);
  if (shown.parts.length > 0) {
    const parts = element('ul', 'search-result__parts');
    parts.setAttribute('aria-label', `Found in “${data.meta['title'] ?? data.url}”`);
    parts.append(...shown.parts.map(renderPart));
    item.append(parts);
  }
  return item;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const form = root?.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const status = root?.querySelector<HTMLElement>('[data-search-status]');
  const list = root?.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root?.querySelector<HTMLButtonElement>('[data-search-more]');
  const intro = root?.querySelector<HTMLElement>('[data-search-intro]');
  const url = root?.dataset['pagefindUrl'];
  if (!root || !form || !input || !status || !list || !more || !url) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-search-filter]')];

  let pagefind: Pagefind | undefined;
  let results: PagefindResult[] = [];
  /** How many of `results` have been loaded, and how many claims and quotes were shown. */
  let loaded = 0;
  let partsShown = 0;
  let searched = false;
  let filters: Record<string, string> = {};
  let run = 0;

  const currentFilters = (): Record<string, string> =>
    Object.fromEntries(selects.filter((select) => select.value !== '').map((select) => [select.dataset['searchFilter']!, select.value]));

  const keepInAddress = (): void => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [name, value] of Object.entries(currentFilters())) params.set(name, value);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  /**
   * Shows the next articles found, each with its claims and quotes that match. When a filter keeps
   * claims or quotes only, articles with none to show are skipped, so more are loaded until a
   * page is full (within a limit of downloads).
   */
  const showMore = async (): Promise<void> => {
    const thisRun = run;
    let added = 0;
    const stopAt = loaded + MOST_LOADED_PER_PAGE;
    while (added < PAGE_SIZE && loaded < results.length && loaded < stopAt) {
      const next = results.slice(loaded, loaded + PAGE_SIZE - added);
      const data = await Promise.all(next.map((result) => result.data()));
      if (thisRun !== run) return;
      loaded += next.length;
      for (const one of data) {
        const shown = selectShownResult({
          url: one.url,
          searched,
          subResults: one.sub_results ?? [],
          anchors: one.anchors ?? [],
          parts: parseSearchParts(one.meta[PARTS_META]),
          filters,
        });
        if (!hasShownResult(shown)) continue;
        list.append(renderResult(one, shown));
        added += 1;
        partsShown += shown.parts.length;
      }
    }
    more.hidden = loaded >= results.length;
  };

  /** The status line: how many results. Articles are the results unless a filter keeps claims or quotes only. */
  const describeFound = (term: string): string => {
    const what = term ? ` for “${term}”` : '';
    if (articleMatches(filters)) return results.length === 0 ? `Nothing found${what}.` : `${plural(results.length, 'result', 'results')}${what}.`;
    if (partsShown === 0 && loaded >= results.length) return `Nothing found${what}.`;
    const counted = `${plural(partsShown, 'result', 'results')}${what}`;
    return loaded >= results.length ? `${counted}.` : `${counted} so far; more may follow.`;
  };

  /** Marks the results out of date while a search runs (assistive technology waits; so can tests). */
  const setBusy = (busy: boolean): void => {
    if (busy) list.setAttribute('aria-busy', 'true');
    else list.removeAttribute('aria-busy');
  };

  const search = async (): Promise<void> => {
    if (!pagefind) return;
    const thisRun = ++run;
    setBusy(true);
    const term = input.value.trim();
    const chosen = currentFilters();
    keepInAddress();
    if (term === '' && Object.keys(chosen).length === 0) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      setBusy(false);
      return;
    }
    const found = await pagefind.search(term === '' ? null : term, { filters: chosen });
    if (thisRun !== run) return;
    if (!found) {
      setBusy(false);
      return;
    }
    results = found.results;
    searched = term !== '';
    filters = chosen;
    loaded = 0;
    partsShown = 0;
    list.replaceChildren();
    await showMore();
    if (thisRun !== run) return;
    // Announced once the first results are on the page.
    status.textContent = describeFound(term);
    setBusy(false);
  };

  // The options are in the page (written at build time): select the ones the address names.
  const selectFromAddress = (params: URLSearchParams): void => {
    for (const select of selects) {
      const wanted = params.get(select.dataset['searchFilter']!);
      if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    // The results on the page no longer answer what is typed.
    setBusy(true);
    timer = setTimeout(() => void search(), 150);
  });
  for (const select of selects) select.addEventListener('change', () => void search());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  more.addEventListener('click', () => {
    const before = list.children.length;
    void showMore().then(() => {
      // Only a count of claims or quotes grows as more articles are loaded.
      if (!articleMatches(filters)) status.textContent = describeFound(input.value.trim());
      // Keyboard and screen-reader users go on from the first new result (the button may be gone).
      list.children[before]?.querySelector<HTMLAnchorElement>('a')?.focus();
    });
  });

  void (async () => {
    try {
      pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      const params = new URLSearchParams(location.search);
      selectFromAddress(params);
      input.value = params.get('q') ?? '';
      for (const field of [input, ...selects]) field.disabled = false;
      if (intro) intro.textContent = 'Search every article, claim and quote, and narrow the results by source, kind of source, status or tag; or browse:';
      await search();
    } catch {
      if (intro) intro.textContent = 'The search index could not be loaded. Every article can still be found by browsing:';
    }
  })();
}
