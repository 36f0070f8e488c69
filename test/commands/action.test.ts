/**
 * `npm run action` on a copy of the small site: the decision lands in both files, and the diff
 * is one changed row and one added row whatever way the files were saved.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOf, read, run, runProcess, saveAsFinnishExcel, validate } from './support.ts';

const ACTIONS = 'data/actions.csv';
const UPDATES = 'data/action-updates.csv';

function bytes(root: string, file: string): Buffer {
  return readFileSync(path.join(root, file));
}

/** Lines of a file split on its own line ends, each kept as raw bytes (latin1 keeps bytes 1:1). */
function lines(buffer: Buffer, end: string): string[] {
  return buffer.toString('latin1').split(end);
}

function changedLines(before: Buffer, after: Buffer, end: string): { removed: string[]; added: string[] } {
  const a = lines(before, end);
  const b = lines(after, end);
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

const utf8 = (latin1: string) => Buffer.from(latin1, 'latin1').toString('utf8');

describe('npm run action', () => {
  for (const saved of ['as Finnish Excel saves it (; BOM CRLF)', 'comma-separated with LF']) {
    const excel = saved.startsWith('as Finnish');
    it(`marks an action done in a file saved ${saved}: one row changes, one row is added`, async () => {
      const root = copyOf();
      if (excel) {
        saveAsFinnishExcel(root, ACTIONS);
        saveAsFinnishExcel(root, UPDATES);
      }
      const end = excel ? '\r\n' : '\n';
      const actionsBefore = bytes(root, ACTIONS);
      const updatesBefore = bytes(root, UPDATES);

      // Once as a real process (Finnish Excel's file), once in this process: the same command.
      const result = await (excel ? runProcess : run)('action', [
        'A-2026-001',
        'done',
        '12.5.2026',
        'Kokeilu vakinaistettiin.',
        '--root',
        root,
      ]);
      expect(result.all).toContain('kirjattu: A-2026-001 on nyt done (12.5.2026).');
      expect(result.all).toContain(
        '  muutettu data/actions.csv:2 (rivi 2, A-2026-001): status = done, completed = 2026-05-12, progress = 100',
      );
      expect(result.all).toContain('  lisätty data/action-updates.csv:6 (rivi 6, A-2026-001)');
      expect(result.status).toBe(0);

      const actionsAfter = bytes(root, ACTIONS);
      const updatesAfter = bytes(root, UPDATES);
      const sep = excel ? ';' : ',';
      const actions = changedLines(actionsBefore, actionsAfter, end);
      expect(actions.removed).toHaveLength(1);
      expect(actions.added).toHaveLength(1);
      // In a CRLF file the quoted line break inside the description is LF, as Excel writes it.
      expect(utf8(actions.added[0]!).split('\n').at(-1)).toBe(
        [
          'Kokeilu kestää kevään."',
          '',
          '',
          'kirjastot',
          'done',
          '2026-03-15',
          '2026-06-30',
          '2026-05-12',
          '100',
          'Kirjastopalvelut',
          'own',
          '2026-03-nuorisovaltuusto',
          '',
          '',
          '',
          '',
          '',
          '',
          'kirjastokysely',
        ].join(sep),
      );
      expect(actionsAfter.length - actionsBefore.length).toBe('done,2026-05-12,100'.length - 'in-progress,,40'.length);
      // The timeline gains exactly one line at its end; everything before it is byte for byte the same.
      expect(updatesAfter.subarray(0, updatesBefore.length).equals(updatesBefore)).toBe(true);
      expect(updatesAfter.subarray(updatesBefore.length).toString('utf8')).toBe(
        ['A-2026-001', '2026-05-12', 'done', '100', 'Kokeilu vakinaistettiin.', '', ''].join(sep) + end,
      );
      if (excel) expect([...actionsAfter.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect((await validate(root)).all).toContain('no problems.');
    });
  }

  it('writes dates the way the file already does (d.m.yyyy), and takes a new progress with --progress', async () => {
    const root = copyOf();
    const text = read(root, UPDATES).replaceAll(
      /(\d{4})-(\d\d)-(\d\d)/g,
      (_m, y, m, d) => `${Number(d)}.${Number(m)}.${y}`,
    );
    (await import('./support.ts')).write(root, UPDATES, text);
    const result = await run('action', [
      'A-2026-001',
      'in-progress',
      '2.6.2026',
      'Kokeilua jatketaan syksyyn.',
      '--progress',
      '60',
      '--root',
      root,
    ]);
    expect(result.status).toBe(0);
    expect(read(root, UPDATES).endsWith('A-2026-001,2.6.2026,in-progress,60,Kokeilua jatketaan syksyyn.,,\n')).toBe(
      true,
    );
    expect(read(root, ACTIONS)).toContain(',kirjastot,in-progress,2026-03-15,2026-06-30,,60,');
  });

  it('records a declined action with its reason in the reason column of the default language', async () => {
    const root = copyOf();
    const result = await run('action', ['A-2026-001', 'hylätty', '1.6.2026', 'Määräraha ei riitä.', '--root', root]);
    expect(result.status).toBe(0);
    expect(read(root, ACTIONS)).toContain(
      ',kirjastot,declined,2026-03-15,2026-06-30,,40,Kirjastopalvelut,own,2026-03-nuorisovaltuusto,Määräraha ei riitä.,,',
    );
    expect((await validate(root)).all).toContain('no problems.');
  });

  it('refuses a change the validator would reject, says why, and leaves both files as they were', async () => {
    const root = copyOf();
    const before = [bytes(root, ACTIONS), bytes(root, UPDATES)];
    const result = await run('action', ['A-2026-001', 'done', '12.5.2025', 'Valmis.', '--root', root, '--lang', 'en']);
    expect(result.status).toBe(1);
    expect(result.all).toContain('the change was not recorded, because the validator would refuse it:');
    expect(result.all).toContain(
      'data/actions.csv:2:12 (row 2, column L, A-2026-001)  completed "12.5.2025" is before opened (15.3.2026).',
    );
    expect(bytes(root, ACTIONS).equals(before[0]!)).toBe(true);
    expect(bytes(root, UPDATES).equals(before[1]!)).toBe(true);
  });

  it('speaks the language asked for, and names the action it might have meant', async () => {
    const root = copyOf();
    const sv = await run('action', ['A-2026-01', 'done', '12.5.2026', 'Klart.', '--root', root, '--lang', 'sv']);
    expect(sv.all).toContain('kuultu: åtgärden A-2026-01 finns inte i data/actions.csv. Menade du A-2026-001?');
    const en = await run('action', ['A-2026-001', 'finished', '12.5.2026', '--root', root, '--lang', 'en']);
    expect(en.all).toContain(
      'kuultu: status "finished" is not an action status: write planned, in-progress, done, declined.',
    );
    const fi = await run('action', ['A-2026-001', 'declined', '12.5.2026', '--root', root]);
    expect(fi.all).toContain('hylätylle toimenpiteelle tarvitaan perustelu');
    const refused = await run('action', ['A-2026-001', 'done', '12.5.2025', 'Valmis.', '--root', root]);
    expect(refused.all).toContain('muutosta ei kirjattu, koska tarkistus hylkäisi sen:\n\n');
    expect(refused.all).toContain(
      'data/actions.csv:2:12 (rivi 2, sarake L, A-2026-001)  completed "12.5.2025" on ennen avauspäivää (opened 15.3.2026).',
    );
    for (const r of [sv, en, fi, refused]) expect(r.status).toBe(1);
  });
});
