import type { APIRoute } from 'astro';
import { claimsJsonChunks } from '../../lib/claims/claims-data';
import { getClaimRegistry } from '../../lib/site/articles';
import { claimUrls } from '../../lib/site/claim-outputs';
import { textStream } from '../../lib/util/text-stream';
import { absoluteUrl, PATHS } from '../../lib/site/urls';

// Streamed a thousand claims at a time: a large site's file is never held as one text.
export const GET: APIRoute = async ({ site }) =>
  new Response(textStream(claimsJsonChunks(await getClaimRegistry(), { ...claimUrls(site), home: absoluteUrl(PATHS.home, site), self: absoluteUrl(PATHS.claimsJson, site) })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
