/** The logo and the tab icon from site.yaml, as addresses under the site's base with the right type. */
import { describe, expect, it } from 'vitest';
import { faviconOf, logoOf } from '../../src/site/branding.ts';

describe('faviconOf', () => {
  it("is kuultu's speech bubble unless site.yaml names an icon", () => {
    expect(faviconOf({ favicon: undefined })).toEqual({ href: '/favicon.svg', type: 'image/svg+xml' });
  });

  it('names the type of the icon site.yaml gives, and escapes its name', () => {
    expect(faviconOf({ favicon: 'kuvat/kuvake.PNG' })).toEqual({ href: '/kuvat/kuvake.PNG', type: 'image/png' });
    expect(faviconOf({ favicon: 'oma kuvake.ico' })).toEqual({ href: '/oma%20kuvake.ico', type: 'image/x-icon' });
  });
});

describe('logoOf', () => {
  it('gives the logo with its alt text in the page language, or nothing without a logo', () => {
    const site = { logo: { file: 'vaakuna.svg', alt: { fi: 'Kaupungin vaakuna', sv: 'Stadens vapen' } } };
    expect(logoOf(site, 'sv')).toEqual({ src: '/vaakuna.svg', alt: 'Stadens vapen' });
    expect(logoOf({ logo: undefined }, 'fi')).toBeUndefined();
  });
});
