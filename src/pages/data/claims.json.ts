import type { APIRoute } from 'astro';
import { buildClaimsJson } from '../../lib/claims/claims-data';
import { getClaimRegistry } from '../../lib/site/articles';
import { claimUrls } from '../../lib/site/claim-outputs';
import { absoluteUrl, PATHS } from '../../lib/site/urls';

export const GET: APIRoute = async ({ site }) =>
  new Response(buildClaimsJson(await getClaimRegistry(), { ...claimUrls(site), home: absoluteUrl(PATHS.home, site), self: absoluteUrl(PATHS.claimsJson, site) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
