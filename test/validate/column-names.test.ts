/**
 * A file whose header is written in Finnish (as the city's feedback system exports it: Tunnus,
 * Päivämäärä, Kanava …) gets its column messages in the names it uses: a misspelled "Kanva" is
 * "did you mean kanava", not a column "channel" the author never wrote.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIn, sortProblems } from '../../src/core/problem.ts';
import { loadProject } from '../../src/validate/load-project.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/small-site/', import.meta.url));
const FEEDBACK = 'data/feedback/palaute-2026.csv';
const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function messagesWithHeader(header: (finnish: string) => string): Promise<string[]> {
  const root = mkdtempSync(path.join(tmpdir(), 'kuultu-columns-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  const file = path.join(root, FEEDBACK);
  const [first, ...rest] = readFileSync(file, 'utf8').split('\n');
  expect(first).toBe('\uFEFFid,date,theme,channel,type,service,count,text,publish');
  writeFileSync(
    file,
    [header('\uFEFFTunnus,Päivämäärä,Teema,Kanava,Tyyppi,Palvelu,Määrä,Teksti,Julkaistaan'), ...rest].join('\n'),
  );
  const result = await loadProject(root, { SOURCE_DATE_EPOCH: '1795392000' });
  return sortProblems(result.problems).map(formatIn('fi'));
}

describe('column messages in the names the file uses', () => {
  it('accepts the Finnish header', async () => {
    expect(await messagesWithHeader((h) => h)).toEqual([]);
  });

  it('names a missing column by its Finnish name too, and the misspelled one that was meant', async () => {
    const found = await messagesWithHeader((h) => h.replace('Kanava', 'Kanva'));
    expect(found).toEqual([
      'data/feedback/palaute-2026.csv:1 (rivi 1)  pakollinen sarake "channel" puuttuu otsikkoriviltä.\n' +
        '    kelpaa: palautetiedoston sarakkeet: id, date, theme, channel, type, service, count, text, lang, answered, publish\n' +
        '    korjaus: lisää sarake, jonka otsikko on channel tai kanava (onko "Kanva" tarkoitettu sarakkeeksi kanava?)',
      'data/feedback/palaute-2026.csv:1:4 (rivi 1, sarake D)  varoitus: sarake "Kanva" ei ole palautetiedoston sarake, joten se jätetään huomiotta.\n' +
        '    kelpaa: id, date, theme, channel, type, service, count, text, lang, answered, publish\n' +
        '    korjaus: tarkoititko "kanava"? Nimeä sarake uudelleen tai poista se',
    ]);
  });

  it('keeps the English names for a file written in English', async () => {
    const found = await messagesWithHeader(() => '\uFEFFid,date,theme,chanel,type,service,count,text,publish');
    expect(found[0]).toContain(
      'korjaus: lisää sarake, jonka otsikko on channel (onko "chanel" tarkoitettu sarakkeeksi channel?)',
    );
  });
});
