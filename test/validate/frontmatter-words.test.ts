/**
 * The Finnish messages about the frontmatter's --- lines write the line as it must be typed:
 * "rivi ---", never "----rivi", which an author copying it would type as four dashes (and a
 * line of four dashes does not close the frontmatter).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/problem.ts';
import { loadProject } from '../../src/validate/load-project.ts';
import { splitFrontmatter } from '../../src/validate/frontmatter.ts';

const FILE = 'content/pages/fi/tietoa.mdx';
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function finnish(source: string): string {
  const { problems } = splitFrontmatter(source, FILE);
  expect(problems).toHaveLength(1);
  return formatProblem(problems[0]!, 'fi');
}

describe('the --- line in Finnish messages', () => {
  it.each([
    ['no frontmatter', 'Pelkkää tekstiä.\n', 'kahden rivin väliin, joilla kummallakin on vain ---'],
    ['not on the first line', '\n---\ntitle: Tietoa\n---\nTeksti.\n', 'ensimmäisen rivin --- yläpuolelta'],
    ['not closed', '---\ntitle: Tietoa\nTeksti.\n', 'alkutiedoilta puuttuu päättävä rivi ---.'],
    [
      'closed by a longer line',
      '---\ntitle: Tietoa\n---x\nTeksti.\n',
      'alkaa kuin alkutiedot päättävä rivi ---, mutta jatkuu.',
    ],
  ])('%s', (_, source, expected) => {
    const message = finnish(source);
    expect(message).toContain(expected);
    expect(message).not.toContain('----');
  });

  it('in the warning about a held meeting without minutes', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kuultu-fm-'));
    roots.push(root);
    cpSync(fileURLToPath(new URL('../fixtures/small-site/', import.meta.url)), root, { recursive: true });
    const meeting = path.join(root, 'content/meetings/fi/2026-03-nuorisovaltuusto.mdx');
    const text = readFileSync(meeting, 'utf8');
    writeFileSync(meeting, text.slice(0, text.lastIndexOf('---\n') + 4));
    const { problems } = await loadProject(root, { SOURCE_DATE_EPOCH: '1795392000' });
    const warning = problems.find((p) => p.code === 'meeting.no-minutes');
    expect(warning).toBeDefined();
    const message = formatProblem(warning!, 'fi');
    expect(message).toContain('yhteenveto tai pöytäkirja tekstinä alkutiedot päättävän rivin --- alla');
    expect(message).not.toContain('----');
  });
});
