import type { APIRoute } from 'astro';
import { buildClaimFeed } from '../../lib/feeds/claim-rss';

export const GET: APIRoute = async ({ site }) =>
  new Response(await buildClaimFeed(site), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
