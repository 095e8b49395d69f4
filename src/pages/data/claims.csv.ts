import type { APIRoute } from 'astro';
import { buildClaimsCsv } from '../../lib/claims/claims-data';
import { getClaimRegistry } from '../../lib/site/articles';
import { claimUrls } from '../../lib/site/claim-outputs';

export const GET: APIRoute = async ({ site }) =>
  new Response(buildClaimsCsv(await getClaimRegistry(), claimUrls(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
