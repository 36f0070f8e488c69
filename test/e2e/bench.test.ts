/**
 * `npm run bench` itself, run as a process on the tiny city: every module runs to its end and
 * prints its table (the live-preview module once stopped the whole bench for hours unnoticed,
 * because only some modules were ever run by hand). Nothing is judged on the figures: speed is
 * the bench's to measure on a quiet machine, not a test's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { type ChildRun, runScript, terminalEnv } from '../support/child.ts';

const json = join(inject('e2eTmp'), 'bench-tiny.json');
let run: ChildRun;
beforeAll(async () => {
  // As a terminal runs it: the live preview's dev server serves differently under vitest's NODE_ENV.
  run = await runScript('bench', ['--size', 'tiny', '--runs', '1', '--json', json], terminalEnv());
});

describe('npm run bench', () => {
  it('runs every module to its end and writes its figures to the file named', () => {
    expect(run.code, run.output).toBe(0);
    const figures = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>;
    expect(Object.keys(figures)).toEqual(
      expect.arrayContaining(['machine', 'validation', 'fullBuild', 'rebuild', 'devPreview', 'misses']),
    );
  });

  it('prints the full build against the floor, with its phases and the page weights', () => {
    expect(run.stdout).toMatch(/full build \/ floor: ×\d+\.\d+ wall \(pairs: \d+\.\d+\)/);
    for (const phase of ['validate', 'bundle', 'render', 'search', 'publish'])
      expect(run.stdout).toMatch(new RegExp(`kuultu: ${phase} +\\d`));
    expect(run.stdout).toMatch(/^action +\d+ +\d+\.\d/m);
  });

  it('prints both rebuilds, each the bytes of a full build of the same input', () => {
    for (const drop of ["a new month's feedback file", 'one action edited'])
      expect(run.stdout).toMatch(new RegExp(`rebuild: ${drop}.* \\d+ % .* yes\\s*$`, 'm'));
  });

  it('prints the live preview’s save-to-answer times', () => {
    for (const step of ['CSV cell broken → problem list', 'CSV fixed → page', 'MDX text changed → new text'])
      expect(run.stdout).toMatch(new RegExp(`${step} +\\d`));
  });
});
