/**
 * The search page's script (the only script on the site): runs Pagefind's search API on the
 * index the build wrote, with a filter per source, kind of source, status, tag and result type.
 * The page works without it: the form stays disabled and the page says how to browse instead.
 * The query and filters are kept in the address (`?q=…&source=…`) so a search can be shared.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const PAGE_SIZE = 10;

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

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const type = data.meta['type'] ?? 'Article';
  item.dataset['type'] = type.toLowerCase();
  const heading = element('h2', 'search-result__title');
  const link = element('a', '', data.meta['title'] ?? data.url);
  link.href = data.url;
  heading.append(link);
  const details = [type, data.meta['source'], data.meta['status'], data.meta['article'] ? `in “${data.meta['article']}”` : undefined, data.meta['date']].filter(Boolean);
  const meta = element('p', 'search-result__meta', details.join(' · '));
  const excerpt = element('p', 'search-result__excerpt');
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, meta, excerpt);
  return item;
}

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
  let shown = 0;
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

  const showMore = async (): Promise<void> => {
    const next = results.slice(shown, shown + PAGE_SIZE);
    const thisRun = run;
    const data = await Promise.all(next.map((result) => result.data()));
    if (thisRun !== run) return;
    list.append(...data.map(renderResult));
    shown += next.length;
    more.hidden = shown >= results.length;
  };

  const search = async (): Promise<void> => {
    if (!pagefind) return;
    const thisRun = ++run;
    const term = input.value.trim();
    const filters = currentFilters();
    keepInAddress();
    if (term === '' && Object.keys(filters).length === 0) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const found = await pagefind.search(term === '' ? null : term, { filters });
    if (thisRun !== run || !found) return;
    results = found.results;
    shown = 0;
    list.replaceChildren();
    await showMore();
    if (thisRun !== run) return;
    // Announced once the first results are on the page.
    const count = results.length;
    const what = term ? ` for “${term}”` : '';
    status.textContent = count === 0 ? `Nothing found${what}.` : `${count} ${count === 1 ? 'result' : 'results'}${what}.`;
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
    timer = setTimeout(() => void search(), 150);
  });
  for (const select of selects) select.addEventListener('change', () => void search());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  more.addEventListener('click', () => void showMore());

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
