import type { ClaimUrls } from '../claims/claims-data.ts';
import { absoluteUrl, PATHS } from './urls.ts';

/** Absolute URLs of claim and article pages, for the claim data and feed. */
export function claimUrls(site: URL | undefined): ClaimUrls {
  return { claim: (key) => absoluteUrl(PATHS.claim(key), site), article: (slug) => absoluteUrl(PATHS.article(slug), site) };
}
