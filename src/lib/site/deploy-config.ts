/**
 * Deployment settings read from the environment at build time.
 *
 * - `SITE_URL`: the public origin, e.g. `https://news.example.org` (no path).
 * - `BASE_PATH`: the sub-path the site is served under (default `/`).
 * - `CONTENT_DIR`: the folder holding `articles/` (default `content`).
 */
export interface DeployConfig {
  /** Origin only, without a trailing slash, e.g. `https://news.example.org`. */
  site: string;
  /** Always starts and ends with `/`, e.g. `/` or `/sub/`. */
  base: string;
  /** Folder that holds `articles/`, relative to the project root or absolute. */
  contentDir: string;
  /** True when `SITE_URL` was not set and the local preview origin is used. */
  siteIsDefault: boolean;
}

/** Origin used when `SITE_URL` is unset: the address `astro preview` serves on. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** Thrown for a setting that cannot work; the message says which variable and how to fix it. */
export class DeployConfigError extends Error {
  override name = 'DeployConfigError';
}

/** Normalises `BASE_PATH` to `/segment/.../` form, rejecting anything that is not a plain path. */
export function toBasePath(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '/';
  if (/[?#\\\s]|:\/\/|^\/\//.test(value) || value.split('/').some((part) => part === '..' || part === '.')) {
    throw new DeployConfigError(
      `BASE_PATH \`${value}\` is not a plain path. Use something like \`/news/\` (no scheme, host, query, fragment or dot segments).`,
    );
  }
  const segments = value.split('/').filter(Boolean);
  return `/${segments.join('/')}/`;
}

/** Validates `SITE_URL` as an http(s) origin; a path belongs in `BASE_PATH`. */
export function toSiteOrigin(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new DeployConfigError(`SITE_URL \`${value}\` is not a URL. Use an origin such as \`https://news.example.org\`.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new DeployConfigError(`SITE_URL \`${value}\` must start with http:// or https://.`);
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new DeployConfigError(
      `SITE_URL \`${value}\` has a path, query or fragment. Put only the origin in SITE_URL (e.g. \`${url.origin}\`) and the path in BASE_PATH (e.g. \`${url.pathname}\`).`,
    );
  }
  return url.origin;
}

/** Reads the three deployment variables from an environment object. */
export function readDeployConfig(env: Record<string, string | undefined>): DeployConfig {
  const contentDir = (env.CONTENT_DIR ?? '').trim() || 'content';
  return {
    site: toSiteOrigin(env.SITE_URL),
    base: toBasePath(env.BASE_PATH),
    contentDir: contentDir.replace(/\/+$/, ''),
    siteIsDefault: !(env.SITE_URL ?? '').trim(),
  };
}
