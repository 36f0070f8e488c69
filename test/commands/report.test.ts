/**
 * `npm run report` on two fixture sites: one built so every list has an item, one where every
 * list must stay empty (feedback rises there too, but an action is under way).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOf, read, REPO, run, runProcess, validate, write } from './support.ts';

const QUIET_SITE = path.join(REPO, 'test/fixtures/quiet-site');

/** The small site plus what each list needs: rising park feedback, undecided text, two meetings. */
function busySite(): string {
  const root = copyOf();
  const feedback = 'data/feedback/palaute-2026.csv';
  write(
    root,
    feedback,
    `${read(root, feedback)}P-5,2026-06-10,puistot,web,idea,Viheralueet,,,\nP-6,2026-09-10,puistot,web,criticism,Viheralueet,3,Penkit ovat rikki.,\n`,
  );
  write(
    root,
    'content/meetings/fi/2026-10-nuorisovaltuusto.mdx',
    '---\nbody: nuorisovaltuusto\ndate: 8.10.2026\nstart: "17:00"\nplace: Kunnantalo\nstatus: held\n---\n',
  );
  write(
    root,
    'content/meetings/fi/2026-11-nuorisovaltuusto.mdx',
    '---\nbody: nuorisovaltuusto\ndate: 2.11.2026\nstart: "17:00"\nplace: Kunnantalo\nstatus: planned\n---\n',
  );
  return root;
}

describe('npm run report', () => {
  it('lists each kind of open item with the file and line to edit, in Finnish by default', async () => {
    const root = busySite();
    expect((await validate(root)).all).toContain('0 errors');
    const summary = path.join(root, 'summary.md');
    writeFileSync(summary, '');
    // The one real process of this file: node on scripts/report.ts, GITHUB_STEP_SUMMARY in its environment.
    const result = await runProcess('report', ['--root', root], { GITHUB_STEP_SUMMARY: summary });
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toContain('Kuultu, ei vielä vastattu – tilanne 23.11.2026');
    expect(out).toContain(
      '  - Puistot ja leikkipaikat (puistot): 1 → 3 palautetta. Lisää toimenpide: npm run new -- action puistot\n      content/themes/fi/puistot.mdx:1:1',
    );
    expect(out).toContain('  - A-2026-001 (in-progress): määräaika 30.6.2026, 146 päivää sitten.');
    expect(out).toContain('      data/actions.csv:2:11');
    expect(out).toContain('Pidetyt kokoukset ilman pöytäkirjaa (1)\n  - 2026-10-nuorisovaltuusto (8.10.2026)');
    expect(out).toContain('      content/meetings/fi/2026-10-nuorisovaltuusto.mdx:6:');
    expect(out).toContain(
      'Suunnitellut kokoukset, joiden päivä on mennyt (1)\n  - 2026-11-nuorisovaltuusto (2.11.2026)',
    );
    expect(out).toContain('Puuttuvat käännökset: ruotsi (10)');
    expect(out).toContain(
      '  - themes/puistot: tiedosto puuttuu; käännä tiedostosta content/themes/fi/puistot.mdx\n      content/themes/sv/puistot.mdx',
    );
    expect(out).toContain(
      '  - A-2025-003: otsikko puuttuu tällä kielellä\n      data/actions.csv:6:3 (rivi 4, sarake C, A-2025-003)',
    );
    expect(out).toContain('Puuttuvat käännökset: englanti (8)');
    expect(out).toContain(
      'Palautetekstit, joiden julkaisusta ei ole päätetty (1)\n  - puistot: 3 palautetta, joiden teksti on annettu ja publish tyhjä. Kirjoita yes tai no\n      data/feedback/palaute-2026.csv:7:9 (rivi 7, sarake I, P-6)',
    );

    const html = path.join(root, '.kuultu/report.html');
    expect(out).toContain(`kuultu: raportti kirjoitettiin tiedostoon ${html} (tiimin käyttöön, ei julkaista)`);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<html lang="fi">');
    expect(page).toContain('<h2>Myöhässä olevat toimenpiteet (1)</h2>');
    expect(page).toContain('<code>data/actions.csv:2:11 (rivi 2, sarake K, A-2026-001)</code>');
    // Self-contained: nothing to fetch, nothing to run.
    expect(page).not.toMatch(/<script|<link|src=|href=/);
    expect(existsSync(path.join(root, 'dist'))).toBe(false);

    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('## Kuultu, ei vielä vastattu – tilanne 23.11.2026');
    expect(md).toContain('### Myöhässä olevat toimenpiteet (1)');
    expect(md).toContain('— `data/actions.csv:2:11 (rivi 2, sarake K, A-2026-001)`');
  });

  it('speaks Swedish or English when asked, and writes where --out says', async () => {
    const root = busySite();
    const out = path.join(root, 'elsewhere/heard.html');
    const sv = await run('report', ['--root', root, '--lang', 'sv', '--out', out]);
    expect(sv.stdout).toContain('Hört, ännu inte besvarat – läget 23.11.2026');
    expect(sv.stdout).toContain('Försenade åtgärder (1)');
    expect(readFileSync(out, 'utf8')).toContain('<html lang="sv">');
    const en = await run('report', ['--root', root, '--lang', 'en']);
    expect(en.stdout).toContain('Held meetings without minutes (1)');
  });

  it('stays silent on a site where everything heard has an answer', async () => {
    const root = copyOf(QUIET_SITE);
    expect((await validate(root)).all).toContain('no problems.');
    const summary = path.join(root, 'summary.md');
    const result = await run('report', ['--root', root], { GITHUB_STEP_SUMMARY: summary });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Kaikkeen kuultuun on vastattu: ei avoimia kohtia.');
    expect(result.stdout).not.toMatch(/^ {2}- /m);
    expect(readFileSync(summary, 'utf8')).toContain('Kaikkeen kuultuun on vastattu');
  });

  it('refuses to report on files with errors, and shows the errors', async () => {
    const root = copyOf();
    write(root, 'data/actions.csv', read(root, 'data/actions.csv').replace(',in-progress,', ',valmistuu,'));
    const result = await run('report', ['--root', root]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('raporttia ei voi koota, koska tiedostoissa on virheitä; korjaa ne ensin:');
    expect(result.stdout).toContain('data/actions.csv:2:');
  });
});
