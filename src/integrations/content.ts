/**
 * Gives the pages the compiled MDX of the content root, whatever folder that is. A plain
 * `import.meta.glob('/content/**')` would only see this repository's example city; fixture
 * sites and the city-scale benchmark live in other folders (KUULTU_ROOT).
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../site/content-root.ts';

const VIRTUAL_ID = 'virtual:kuultu/mdx';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

function mdxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...mdxFiles(path));
    else if (entry.name.endsWith('.mdx')) out.push(path);
  }
  return out;
}

export function kuultuContent(): AstroIntegration {
  const root = contentRoot();
  return {
    name: 'kuultu:content',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          publicDir: pathToFileURL(join(root, 'public') + sep),
          vite: {
            server: { fs: { allow: [root] } },
            plugins: [
              {
                name: 'kuultu:mdx-modules',
                resolveId(id) {
                  return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
                },
                load(id) {
                  if (id !== RESOLVED_ID) return undefined;
                  const lines = mdxFiles(join(root, 'content')).map((abs) => {
                    const key = relative(root, abs).split(sep).join('/');
                    return `  ${JSON.stringify(key)}: () => import(${JSON.stringify(abs)}),`;
                  });
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
