// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { kuultuContent } from './src/integrations/content.ts';

// kuultu builds one static site from the content root (this repository's example city, or
// the folder named by KUULTU_ROOT). Languages are routed by our own `[lang]` pages rather than
// Astro's i18n fall-backs, so each language gets exactly the pages we mean to publish.
export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [mdx(), kuultuContent()],
});
