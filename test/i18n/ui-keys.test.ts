/**
 * UI string keys are typed from the string files themselves: `UiKey` is every `area.key` of
 * src/i18n/strings/*.json, so a misspelled key is a type error (tsc, and scripts/check-astro.ts
 * in .astro files) before it is a build that stops. The `@ts-expect-error` lines below are the
 * type-level test: if the misspelled key type-checked, tsc would fail on the unused directive.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREAS, useTranslations, type UiKey } from '../../src/i18n/index.ts';

describe('typed UI string keys', () => {
  it('refuses a misspelled key at type-check time, and says which key at run time', () => {
    const t = useTranslations('fi');
    expect(t('actions.fact.status')).toBe('Tila');
    // @ts-expect-error: "statuss" is not a key of actions.json
    expect(() => t('actions.fact.statuss')).toThrow('kuultu has no UI string "actions.fact.statuss"');
    // @ts-expect-error: there is no area "action"
    const wrongArea: UiKey = 'action.fact.status';
    expect(wrongArea).toBe('action.fact.status');
  });

  it('knows every string file: a file in strings/ that AREAS leaves out would have untyped, unloaded keys', () => {
    const files = readdirSync(new URL('../../src/i18n/strings/', import.meta.url))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(Object.keys(AREAS).sort()).toEqual(files);
  });
});
