/**
 * No test reads the clock. A test that measures time, or waits against a deadline of its own,
 * fails on a busy CI machine while the code is fine; speed is `npm run bench`'s to measure, and a
 * wait is bounded by the test's own timeout (vitest.config.ts, test/e2e/support/site.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const TEST = fileURLToPath(new URL('../', import.meta.url));
const THIS = fileURLToPath(import.meta.url);

/** Reading the clock, and Playwright's own deadline on a wait. */
const CLOCKS = [
  /\bDate\.now\(/,
  /\bperformance\.now\(/,
  /\bprocess\.hrtime\b/,
  /\bconsole\.time(End|Log)?\(/,
  /\bsetDefault(Navigation)?Timeout\((?!0\))/,
  /\.(waitFor|waitForFunction|waitForURL|waitForSelector|goto|click|fill)\([^;]*\btimeout:/,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'fixtures' ? [] : sources(path);
    return d.name.endsWith('.ts') && path !== THIS ? [path] : [];
  });
}

/** `file:line  text` of every line under test/ that reads the clock or sets a wait's deadline. */
function clockReadings(files: readonly { file: string; text: string }[]): string[] {
  return files.flatMap(({ file, text }) =>
    text
      .split('\n')
      .flatMap((line, i) => (CLOCKS.some((c) => c.test(line)) ? [`${file}:${i + 1}  ${line.trim()}`] : [])),
  );
}

describe('tests and the clock', () => {
  it('finds a clock where one is read (the check itself)', () => {
    const planted = [
      'const started = Date.now();',
      'const t = performance.now();',
      'await results.first().waitFor({ timeout: 15_000 });',
      'context.setDefaultTimeout(30_000);',
    ].join('\n');
    expect(clockReadings([{ file: 'test/e2e/x.test.ts', text: planted }])).toHaveLength(4);
    expect(clockReadings([{ file: 'test/e2e/x.test.ts', text: 'context.setDefaultTimeout(0);' }])).toEqual([]);
  });

  it('is read nowhere under test/', () => {
    const files = sources(TEST).map((path) => ({
      file: relative(join(TEST, '..'), path),
      text: readFileSync(path, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(50);
    expect(clockReadings(files)).toEqual([]);
  });
});
