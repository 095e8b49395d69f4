import type { APIRoute } from 'astro';
import { buildJsonFeed } from '../lib/feeds/json-feed';
import { getSiteFeed } from '../lib/feeds/site-feed';

export const GET: APIRoute = async ({ site }) => {
  const { channel, items } = await getSiteFeed(site);
  return new Response(`${JSON.stringify(buildJsonFeed(channel, items), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
