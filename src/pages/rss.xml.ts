import type { APIRoute } from 'astro';
import { buildRss } from '../lib/feeds/rss';
import { getSiteFeed } from '../lib/feeds/site-feed';

export const GET: APIRoute = async ({ site }) => {
  const { channel, items } = await getSiteFeed(site);
  return new Response(await buildRss(channel, items), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
