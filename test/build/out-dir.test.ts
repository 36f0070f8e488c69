import { describe, expect, it } from 'vitest';
import { unsafeOutDir } from '../../src/build/swap.ts';

const folders = { root: '/site', kuultuDir: '/kuultu' };

describe('the folder a build publishes into', () => {
  it('accepts dist/ beside the content and any folder elsewhere', () => {
    expect(unsafeOutDir('/site/dist', folders)).toBeUndefined();
    expect(unsafeOutDir('/tmp/out', folders)).toBeUndefined();
    expect(unsafeOutDir('/site/distribution', folders)).toBeUndefined();
  });

  it('refuses the content folder itself, or a folder around it, which publishing would delete, in every language', () => {
    expect(unsafeOutDir('/site', folders)).toEqual({
      fi: '/site on sisältökansio, ja julkaisu korvaisi sen',
      sv: '/site är innehållsmappen, som publiceringen skulle ersätta',
      en: '/site is the content folder, which publishing would replace',
    });
    expect(unsafeOutDir('/', folders)).toEqual({
      fi: '/ on kansio, jonka sisällä on sisältökansio, ja julkaisu korvaisi sen',
      sv: '/ är en mapp runt innehållsmappen, som publiceringen skulle ersätta',
      en: '/ is a folder around the content folder, which publishing would replace',
    });
    expect(unsafeOutDir('/kuultu', folders)?.en).toBe("/kuultu is kuultu's own folder, which publishing would replace");
    expect(unsafeOutDir('/kuultu', folders)?.fi).toBe('/kuultu on kuultun oma kansio, ja julkaisu korvaisi sen');
  });

  it("refuses folders inside the author's content, data and public files, and kuultu's source", () => {
    expect(unsafeOutDir('/site/content', folders)).toEqual({
      fi: '/site/content on kansion /site/content sisällä, ja julkaisu korvaisi sen',
      sv: '/site/content ligger i /site/content, som publiceringen skulle ersätta',
      en: '/site/content is inside /site/content, which publishing would replace',
    });
    expect(unsafeOutDir('/site/data/x', folders)?.fi).toBe(
      '/site/data/x on kansion /site/data sisällä, ja julkaisu korvaisi sen',
    );
    expect(unsafeOutDir('/kuultu/src', folders)?.en).toBe(
      '/kuultu/src is inside /kuultu/src, which publishing would replace',
    );
  });
});
