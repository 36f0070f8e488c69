/**
 * `.astro` files are type-checked by `npm test` (scripts/check-astro.ts), not only the `.ts`
 * ones tsc reads. This plants a type error in every page, component and layout of a copy of
 * src/ and runs the checker as `npm test` does: each file must be reported, and the run must fail.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return astroFiles(path);
    return d.name.endsWith('.astro') ? [path] : [];
  });
}

const copy = mkdtempSync(join(tmpdir(), 'kuultu-astro-check-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('type-checking .astro files', () => {
  // One run of the checker on the whole of src/: seconds on a quiet machine, much longer on a busy one.
  it('fails on a type error planted in any page, component or layout, naming the file and line', {
    timeout: 300_000,
  }, () => {
    cpSync(join(REPO, 'src'), join(copy, 'src'), { recursive: true });
    cpSync(join(REPO, 'tsconfig.json'), join(copy, 'tsconfig.json'));
    symlinkSync(join(REPO, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const files = astroFiles(join(copy, 'src')).map((f) => relative(copy, f));
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const text = readFileSync(join(copy, file), 'utf8');
      // Right after the opening fence: the frontmatter is TypeScript in every .astro file.
      const planted = text.startsWith('---\n')
        ? `---\nconst plantedError: number = 'not a number';\n${text.slice(4)}`
        : `---\nconst plantedError: number = 'not a number';\n---\n${text}`;
      writeFileSync(join(copy, file), planted);
    }
    // A misspelled UI string key is a type error too (UiKey, src/i18n/index.ts).
    const actionPage = join(copy, 'src/pages/[lang]/actions/[slug].astro');
    const text = readFileSync(actionPage, 'utf8');
    expect(text).toContain("t('actions.fact.status')");
    writeFileSync(actionPage, text.replace("t('actions.fact.status')", "t('actions.fact.statuss')"));
    const run = spawnSync(
      join(REPO, 'node_modules/.bin/node'),
      [join(REPO, 'scripts/check-astro.ts'), '--root', copy],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    for (const file of files)
      expect(run.stdout).toContain(`${file}:2:7 - error ts(2322): Type 'string' is not assignable to type 'number'.`);
    expect(run.stdout).toMatch(
      /src\/pages\/\[lang\]\/actions\/\[slug\]\.astro:\d+:\d+ - error ts\(2345\): Argument of type '"actions\.fact\.statuss"' is not assignable to parameter of type 'UiKey'/,
    );
    expect(run.stdout).toContain(`${files.length + 1} errors`);
  });
});

describe('typed props', () => {
  it('no page, component or layout casts Astro.props: pages infer it from getStaticPaths, components declare Props', () => {
    const casts = astroFiles(join(REPO, 'src')).filter((f) => /Astro\.props\s+as\b/.test(readFileSync(f, 'utf8')));
    expect(casts.map((f) => relative(REPO, f))).toEqual([]);
  });
});
