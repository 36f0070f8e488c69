/**
 * Publishing replaces the site by renames; the site it replaced is deleted by the next build,
 * while that build works, instead of at the end of this one.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearReplacedSite, publish, replacedSiteDir } from '../../src/build/swap.ts';

const tmp = mkdtempSync(join(tmpdir(), 'kuultu-swap-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function site(dir: string, pages: Record<string, string>): string {
  for (const [file, text] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe('publishing a built site', () => {
  it('puts the new site in place whole and leaves the old one for the next build to delete', async () => {
    const root = join(tmp, 'city');
    const out = site(join(root, 'dist'), { 'index.html': 'old', 'fi/vanha/index.html': 'old page' });
    publish(site(join(tmp, 'staged-1'), { 'index.html': 'new' }), out, root);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(readFileSync(join(replacedSiteDir(root), 'fi/vanha/index.html'), 'utf8')).toBe('old page');

    // The next build starts deleting it at once, and its own publish keeps the site it replaces.
    const cleared = clearReplacedSite(root);
    expect(existsSync(replacedSiteDir(root))).toBe(false);
    publish(site(join(tmp, 'staged-2'), { 'index.html': 'newer' }), out, root);
    await cleared;
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('newer');
    expect(readFileSync(join(replacedSiteDir(root), 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(join(root, '.kuultu'))).toEqual(['replaced-site']);
  });

  it('deletes the old site at once when no content root is given', () => {
    const out = site(join(tmp, 'elsewhere'), { 'index.html': 'old' });
    publish(site(join(tmp, 'staged-3'), { 'index.html': 'new' }), out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(tmp).filter((f) => f.startsWith('elsewhere'))).toEqual(['elsewhere']);
  });

  it('has nothing to delete before a first build', async () => {
    await expect(clearReplacedSite(join(tmp, 'never-built'))).resolves.toBeUndefined();
  });
});
