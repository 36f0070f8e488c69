import { describe, expect, it } from 'vitest';
import { unsafeOutDir } from '../../src/build/swap.ts';

const folders = { root: '/site', kuultuDir: '/kuultu' };

describe('the folder a build publishes into', () => {
  it('accepts dist/ beside the content and any folder elsewhere', () => {
    expect(unsafeOutDir('/site/dist', folders)).toBeUndefined();
    expect(unsafeOutDir('/tmp/out', folders)).toBeUndefined();
    expect(unsafeOutDir('/site/distribution', folders)).toBeUndefined();
  });

  it('refuses the content folder itself, or a folder around it, which publishing would delete', () => {
    expect(unsafeOutDir('/site', folders)).toBe('/site is the content folder, which publishing would replace');
    expect(unsafeOutDir('/', folders)).toBe('/ is a folder around the content folder, which publishing would replace');
    expect(unsafeOutDir('/kuultu', folders)).toBe("/kuultu is kuultu's own folder, which publishing would replace");
  });

  it("refuses folders inside the author's content, data and public files, and kuultu's source", () => {
    expect(unsafeOutDir('/site/content', folders)).toBe(
      '/site/content is inside /site/content, which publishing would replace',
    );
    expect(unsafeOutDir('/site/data/x', folders)).toBe(
      '/site/data/x is inside /site/data, which publishing would replace',
    );
    expect(unsafeOutDir('/kuultu/src', folders)).toBe(
      '/kuultu/src is inside /kuultu/src, which publishing would replace',
    );
  });
});
