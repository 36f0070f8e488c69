/**
 * The search page's view: the sentences the script fills in, in each language's own singular
 * and plural, and filters that match what the pages file themselves under.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../../../src/schemas/action.ts';
import { SECTIONS } from '../../../src/site/kinds.ts';
import { actionPageView } from '../../../src/site/views/action-page.ts';
import { searchPageView } from '../../../src/site/views/search-page.ts';
import { smallProject } from '../../support/small-project.ts';

const project = await smallProject();

describe('searchPageView', () => {
  it('gives the script its sentences with {n}, {query} and {shown} where the figures go', () => {
    expect(searchPageView('fi').strings).toEqual({
      one: '{n} tulos haulle ”{query}”.',
      other: '{n} tulosta haulle ”{query}”.',
      countOne: '{n} tulos.',
      countOther: '{n} tulosta.',
      shown: 'Näytetään {shown}/{n}.',
      none: 'Ei tuloksia haulle ”{query}”. Kokeile toista sanaa tai poista rajaus.',
      unavailable: 'Haku ei ole juuri nyt käytettävissä. Voit selata teemoja ja toimenpiteitä luetteloista.',
    });
    expect(searchPageView('sv').strings.other).toBe('{n} träffar för ”{query}”.');
  });

  it('filters by kind in the registry’s order, and by status under the name each action page gives', () => {
    const view = searchPageView('sv');
    expect(view.kinds.map((k) => k.kind)).toEqual(['theme', 'action', 'meeting', 'survey', 'vote']);
    expect(view.kinds[0]?.label).toBe(SECTIONS.themes.search.filter);
    expect(view.statuses).toHaveLength(ACTION_STATUSES.length);
    for (const action of project.actions)
      expect(view.statuses).toContain(actionPageView(project, action, 'sv').statusName);
    expect(searchPageView('fi').statuses).toEqual(['Suunnitteilla', 'Käynnissä', 'Tehty', 'Ei toteuteta']);
  });
});
