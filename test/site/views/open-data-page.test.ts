/**
 * The open-data page's view on the small fixture site: every data set the registry publishes,
 * each with its words, its facts and its columns documented from the schemas, the licence and
 * how to credit the data.
 */
import { describe, expect, it } from 'vitest';
import { DATA_SET_NAMES } from '../../../src/site/open-data.ts';
import { openDataPageView } from '../../../src/site/views/open-data-page.ts';
import { smallProject } from '../../support/small-project.ts';

const project = await smallProject();
const plain = (s: string | undefined) => s?.replace(/\u00a0/g, ' ');

describe('openDataPageView', () => {
  it('lists every published data set with its title, description and facts in the page’s language', () => {
    const view = openDataPageView(project, 'fi');
    expect(view.sets.map((s) => s.name)).toEqual(DATA_SET_NAMES);
    const actions = view.sets.find((s) => s.name === 'actions')!;
    expect(actions.title).toBe('Toimenpiteet');
    // Four actions; the latest date in them that is not after the as-of date.
    expect(plain(actions.facts)).toMatch(/^4 riviä · CSV [\d,]+ kt · JSON [\d,]+ kt · tiedot päivitetty 30\.6\.2026$/);
    expect(openDataPageView(project, 'sv').sets.find((s) => s.name === 'actions')?.title).toBe('Åtgärder');
  });

  it('documents each column from the schema: its names, what it holds, its kind and whether it is required', () => {
    const feedback = openDataPageView(project, 'fi').sets.find((s) => s.name === 'feedback')!;
    const date = feedback.fields.find((f) => f.columns.includes('date'))!;
    expect(date).toEqual({
      columns: ['date'],
      doc: 'Päivä, jona palaute saapui.',
      kind: { text: 'päivämäärä', untranslated: false },
      required: true,
    });
  });

  it('names the licence with its link, and how to credit the data (or that none is needed)', () => {
    const view = openDataPageView(project, 'fi');
    expect(view.licence.key).toBe('cc-by-4.0');
    expect(view.licence.url).toBe('https://creativecommons.org/licenses/by/4.0/');
    // The licence's name is the link, inside the sentence translated whole.
    expect(view.licence.sentence).toEqual({ before: 'Tiedot on julkaistu lisenssillä ', after: '.' });
    expect(view.attribution).toBe(
      'Saat käyttää, muokata ja jakaa tietoja, kunhan mainitset lähteen: Pikkulan kunta, Pikkulan kunta kuulee.',
    );
    expect(view.catalogue).toEqual({
      before:
        'Tietokatalogit, kuten avoindata.fi, voivat kerätä aineistojen kuvaukset DCAT-AP-muotoisesta tiedostosta ',
      after: '.',
    });
    const cc0 = openDataPageView({ ...project, site: { ...project.site, license: 'cc0-1.0' } }, 'en');
    expect(cc0.licence.url).toBe('https://creativecommons.org/publicdomain/zero/1.0/');
    expect(cc0.attribution).toBe(
      'You may use, adapt and share the data freely; naming the source (Pikkulan kunta) is still good practice.',
    );
  });
});
