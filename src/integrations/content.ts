/**
 * Gives the pages the compiled MDX of the content root, whatever folder that is. A plain
 * `import.meta.glob('/content/**')` would only see this repository's example city; fixture
 * sites and the city-scale benchmark live in other folders (KUULTU_ROOT).
 *
 * Only files that validation read and accepted are handed to the MDX compiler: MDX runs as code
 * at build time, so a file validation skipped (say, in a dot-folder) must never be compiled.
 */
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../site/content-root.ts';
import { basePath } from '../site/base.ts';
import { getProject } from '../site/project-data.ts';
import { CONTENT_KIND_NAMES } from '../schemas/kinds.ts';
import type { ContentEntries, Entry } from '../schemas/project.ts';
import { readSite } from '../validate/content.ts';
import { siteCsvCache } from '../validate/csv-cache.ts';
import { isLang } from '../core/lang.ts';
import { siteCss, startPreview } from './dev-preview.ts';

const VIRTUAL_ID = 'virtual:kuultu/mdx';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Repository-relative paths of every validated MDX file, sorted. */
export function validatedMdxFiles(project: ContentEntries): string[] {
  // Every kind of the registry: a kind left out here would publish its pages without their text.
  const entries = CONTENT_KIND_NAMES.flatMap((kind): readonly Entry<unknown>[] => project[kind]);
  return entries.flatMap((e) => Object.values(e.translations).flatMap((t) => (t ? [t.file] : []))).sort();
}

export function kuultuContent(): AstroIntegration {
  const root = contentRoot();
  let kuultuDir = process.cwd();
  let base = '/';
  return {
    name: 'kuultu:content',
    hooks: {
      // `npm run dev` (scripts/dev.ts) or a bare `astro dev`: validate before serving, and again on each save.
      'astro:server:setup': async ({ server }) => {
        const lang = process.env.KUULTU_LANG?.toLowerCase();
        await startPreview(server, {
          root,
          lang: isLang(lang) ? lang : undefined,
          strict: process.env.KUULTU_STRICT === '1',
          css: siteCss(kuultuDir),
          base,
          mdxFiles: (project) => validatedMdxFiles(project).join('\n'),
          print: (text) => console.log(text),
          // A save re-checks one file: the others' readings come from the cache the last check kept.
          load: { csvCache: siteCsvCache(root, kuultuDir) },
        });
      },
      'astro:config:setup': ({ updateConfig, command, config }) => {
        kuultuDir = fileURLToPath(config.root);
        // The folder the site is served from is the path of its url (GitHub project pages:
        // /repo/). Unreadable settings are reported by validation; the base is then the root.
        // Astro normalises `base` only in the user's config, so this one already ends in `/`.
        base = basePath(readSite(root).site?.url);
        if (command === 'dev') {
          // Vite's error overlay is a stack trace; the preview shows problems as a page instead.
          updateConfig({ vite: { server: { hmr: { overlay: false } } } });
        }
        updateConfig({
          base,
          publicDir: pathToFileURL(join(root, 'public') + sep),
          vite: {
            define: { __KUULTU_BASE__: JSON.stringify(base) },
            server: { fs: { allow: [root] } },
            plugins: [
              {
                name: 'kuultu:mdx-modules',
                resolveId(id) {
                  return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
                },
                async load(id) {
                  if (id !== RESOLVED_ID) return undefined;
                  const lines = validatedMdxFiles(await getProject()).map(
                    (file) => `  ${JSON.stringify(file)}: () => import(${JSON.stringify(join(root, file))}),`,
                  );
                  return `export const mdxModules = {\n${lines.join('\n')}\n};\n`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
