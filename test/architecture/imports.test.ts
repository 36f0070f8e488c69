/**
 * The layers of src/ and the one direction imports may run (ARCHITECTURE.md). A lower layer
 * that imports a higher one is how a "small" change ends up touching every layer, so an import
 * against the direction fails the suite here, with the file and the import to move.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/**
 * Bottom to top. A folder may import its own files and any folder on a lower rank; folders
 * that share a rank are peers and may not import each other.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['core', 'styles'],
  ['csv'],
  ['schemas'],
  ['validate'],
  ['domain', 'import'],
  ['i18n'],
  ['site', 'docs', 'build'],
  ['integrations', 'scripts'],
  ['components'],
  ['layouts'],
  ['pages'],
];

const rankOf = new Map(LAYERS.flatMap((folders, rank) => folders.map((f) => [f, rank] as const)));

interface ImportEdge {
  /** src-relative path of the importing file, e.g. `csv/read.ts`. */
  from: string;
  /** src-relative path of the imported file, or `../…` when it leaves src/. */
  to: string;
}

const SPECIFIER =
  /(?:^|[\s;])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

/** Relative imports of one file's source text, resolved against src/. */
function importsOf(file: string, source: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const m of source.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec?.startsWith('.')) continue;
    edges.push({ from: file, to: normalize(join(dirname(file), spec)).replaceAll('\\', '/') });
  }
  return edges;
}

const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '');

/** Every import against the direction, as a sentence naming the file and what to do. */
function violations(edges: readonly ImportEdge[]): string[] {
  const out: string[] = [];
  for (const { from, to } of edges) {
    const source = folderOf(from);
    const target = folderOf(to);
    if (to.startsWith('..')) {
      out.push(`src/${from} imports ${to}, outside src/: src/ must not depend on scripts/ or test/`);
      continue;
    }
    if (source === target) continue;
    const s = rankOf.get(source);
    const t = rankOf.get(target);
    if (s === undefined) out.push(`src/${from} is in src/${source}/, which no layer lists: add it to LAYERS`);
    else if (t === undefined) out.push(`src/${from} imports src/${to}, whose folder no layer lists: add it to LAYERS`);
    else if (t >= s)
      out.push(
        `src/${from} (${source}) imports src/${to} (${target}), ${t === s ? 'a peer' : 'a higher layer'}: move what it needs down`,
      );
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.(ts|astro|mjs)$/.test(d.name) ? [path] : [];
  });
}

describe('import direction (core → csv → schemas → validate → domain → i18n → site → components → layouts → pages)', () => {
  it('finds an upward import and a peer import when one is planted', () => {
    const planted = [
      ...importsOf('csv/read.ts', "import { loadProject } from '../validate/load-project.ts';"),
      ...importsOf('site/paths.ts', "import type { X } from '../docs/author-reference.ts';"),
      ...importsOf('domain/a.ts', "const m = await import('../components/Chart.astro');"),
      ...importsOf('core/dates.ts', "import '../schemas/fields.ts';"),
      ...importsOf('domain/b.ts', "import { s } from '../../scripts/lib/x.ts';"),
    ];
    expect(violations(planted)).toEqual([
      'src/csv/read.ts (csv) imports src/validate/load-project.ts (validate), a higher layer: move what it needs down',
      'src/site/paths.ts (site) imports src/docs/author-reference.ts (docs), a peer: move what it needs down',
      'src/domain/a.ts (domain) imports src/components/Chart.astro (components), a higher layer: move what it needs down',
      'src/core/dates.ts (core) imports src/schemas/fields.ts (schemas), a higher layer: move what it needs down',
      'src/domain/b.ts imports ../scripts/lib/x.ts, outside src/: src/ must not depend on scripts/ or test/',
    ]);
    expect(violations(importsOf('validate/rows.ts', "import type { Located } from '../core/position.ts';"))).toEqual(
      [],
    );
  });

  it('holds for every file in src/', () => {
    const edges = sourceFiles(SRC).flatMap((path) =>
      importsOf(relative(SRC, path).replaceAll('\\', '/'), readFileSync(path, 'utf8')),
    );
    expect(edges.length).toBeGreaterThan(100);
    expect(violations(edges)).toEqual([]);
  });
});
