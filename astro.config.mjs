// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { buildSession } from './src/build/session.ts';
import { kuultuContent } from './src/integrations/content.ts';

// kuultu builds one static site from the content root (this repository's example city, or
// the folder named by KUULTU_ROOT). Languages are routed by our own `[lang]` pages rather than
// Astro's i18n fall-backs, so each language gets exactly the pages we mean to publish.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  // One page at a time (the default), said out loud: two or four at a time used the same CPU and
  // were not measurably faster on the 100k city (README, "Rebuilds"); the search feed
  // (src/build/search-index.ts) keeps its order at any concurrency.
  build: { format: 'directory', concurrency: 1 },
  devToolbar: { enabled: false },
  // Pages with a cacheKey (src/site/cache-keys.ts) whose key and code are unchanged are copied from
  // the last build (its copy lives in the content root's .kuultu/cache) instead of rendered again.
  experimental: { incrementalBuild: true },
  integrations: [mdx(), kuultuContent(), buildSession()],
});
