/**
 * Every UI string is for a page: a key nothing in src/ uses is dead weight that translators
 * still keep up in three languages. A key counts as used when src/ names it as a quoted
 * literal (`t('themes.quotes')`), or when it starts with one of the prefixes below that code
 * completes at run time (`t(\`actions.status.${status}\`)`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, PER_ENTRY_NAMES } from '../../src/schemas/kinds.ts';

const SRC = new URL('../../src/', import.meta.url).pathname;
const STRINGS = join(SRC, 'i18n/strings');

/** Key prefixes completed from data (a status, a type, a channel …). Each must appear in src/ as `` `prefix${ ``. */
const DYNAMIC_PREFIXES = [
  'accessibility.method.',
  'accessibility.status.',
  'actions.allInStatus.',
  'actions.influenceExplain.',
  'actions.influenceName.',
  'actions.status.',
  'actions.statusList.',
  'actions.statusListIntro.',
  'actions.weDid.',
  'bodies.kind.',
  'common.fallback.',
  'meetings.state.',
  'opendata.set.',
  'opendata.licence.',
  'surveys.trend.',
  'surveys.withheld.',
  'themes.channel.',
  'themes.trend.',
  'themes.type.',
  'votes.phase.',
];

/**
 * Keys every kind with a per-entry data set has in its own area, completed from the registry
 * (src/site/open-data.ts `dataSetWords`: `${kind}.openData`). Each must appear in src/ as written here.
 */
const KIND_KEYS = ['openData', 'openData.about'];
const kindKeys = PER_ENTRY_NAMES.flatMap((name) => KIND_KEYS.map((key) => `${DATA_FILES[name].perEntry.kind}.${key}`));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path === STRINGS ? [] : sourceFiles(path);
    return /\.(ts|astro|mdx?|mjs)$/.test(e.name) ? [path] : [];
  });
}

const source = sourceFiles(SRC)
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

const keys = readdirSync(STRINGS)
  .filter((f) => f.endsWith('.json'))
  .flatMap((file) => {
    const area = file.replace(/\.json$/, '');
    const strings = JSON.parse(readFileSync(join(STRINGS, file), 'utf8')) as Record<string, Record<string, unknown>>;
    return [...new Set(Object.values(strings).flatMap((values) => Object.keys(values)))].map((key) => `${area}.${key}`);
  });

function quoted(text: string): boolean {
  return ["'", '"', '`'].some((q) => source.includes(`${q}${text}${q}`));
}

describe('UI strings', () => {
  it('has no key that nothing in src/ uses', () => {
    const unused = keys.filter(
      (key) => !quoted(key) && !kindKeys.includes(key) && !DYNAMIC_PREFIXES.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('lists only dynamic prefixes that src/ really completes at run time', () => {
    const stale = DYNAMIC_PREFIXES.filter((prefix) => !source.includes(`\`${prefix}\${`));
    expect(stale).toEqual([]);
    for (const key of KIND_KEYS) expect(source).toContain(`\`\${kind}.${key}\``);
  });

  it('finds keys where pages use them (the check itself works)', () => {
    expect(keys).toContain('themes.quotes');
    expect(quoted('themes.quotes')).toBe(true);
    expect(quoted('themes.noSuchKey')).toBe(false);
  });
});
