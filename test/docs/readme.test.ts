import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withReference } from '../../src/docs/author-reference.ts';
import { FEEDBACK_HEADER_ALIASES } from '../../src/schemas/feedback.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe("the README's author guide", () => {
  it('has the field reference the schemas generate (run npm run author-guide after changing a schema)', () => {
    expect(readme).toBe(withReference(readme, 'en'));
  });

  it('lists every Finnish header name of PRODUCT.md §4 for feedback', () => {
    for (const alias of [
      'tunnus',
      'päivä',
      'päivämäärä',
      'teema',
      'kanava',
      'tyyppi',
      'palvelu',
      'määrä',
      'teksti',
      'julkaistaan',
    ]) {
      expect(readme).toContain(`\`${alias}\` → \`${FEEDBACK_HEADER_ALIASES[alias]}\``);
    }
  });

  it('tells the team the repository holds unpublished words and must be private, while the site never holds them', () => {
    const section = readme.slice(readme.indexOf("## Residents' words and personal data"));
    expect(section).toMatch(/Keep the repository private/);
    expect(section).toMatch(/never\s+holds unpublished words/);
  });

  it('shows both set-up commands', () => {
    expect(readme).toContain('npm ci && npm run build && npm run preview');
    expect(readme).toContain('npm ci && npm test');
  });
});
