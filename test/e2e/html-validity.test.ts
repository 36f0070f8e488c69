/**
 * Every page kind is valid HTML by the Nu HTML Checker (vnu-jar, the W3C validator's engine):
 * assistive technology reads the document tree the parser builds, and a page the checker stops
 * on (a script after </html>, a stray end tag) may be read differently by each browser. One page
 * of each kind in every language, plus a poster and the 404 page, in one run: vnu's Java start
 * is the slow part.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../src/schemas/project.ts';
import { pageKinds, pick } from './support/page-kinds.ts';
import { citySite, cityProject, type BuiltSite } from './support/site.ts';

const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

let site: BuiltSite;
let project: Project;

beforeAll(async () => {
  site = citySite();
  project = await cityProject();
});

describe('the Nu HTML Checker', () => {
  it('finds no error on any page kind, in any language', () => {
    const picks = pick(project);
    // A poster page exists per theme and quarter: take the theme's first quarter.
    const posters = join(site.dir, project.defaultLang, 'posters', picks.theme);
    const quarter = readdirSync(posters).sort()[0];
    expect(quarter, `no posters for ${picks.theme}`).toBeDefined();
    const files = [
      ...project.languages.flatMap((lang) => pageKinds(picks, lang).map((p) => join(site.dir, p.path, 'index.html'))),
      join(posters, quarter!, 'index.html'),
      join(site.dir, '404.html'),
    ];

    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, 'java is needed for the Nu HTML Checker (.ci/run installs default-jre-headless)').toBeUndefined();
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
    // With --errors-only every message is a failure: an error, or a file vnu could not read.
    const errors = messages.map((m) => `${m.url.replace(`file:${site.dir}`, '')}:${m.lastLine ?? 0} ${m.message}`);
    expect(files.length).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  }, 180_000);
});
