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
  // Four pages at a time: Astro awaits each page's folder and file (and its incremental-cache
  // copy) before it moves on, and one at a time left the main thread waiting on the disk for a
  // fifth of the 100k city's render (README, "What the profile showed"). The output does not
  // depend on it: the search feed (src/build/search-index.ts) adds pages in the planned order.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Pages with a cacheKey (src/site/cache-keys.ts) whose key and code are unchanged are copied from
  // the last build (its copy lives in the content root's .kuultu/cache) instead of rendered again.
  experimental: { incrementalBuild: true },
  integrations: [mdx(), kuultuContent(), buildSession()],
});
