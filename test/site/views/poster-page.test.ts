/**
 * The poster's view on the small fixture site: plans opened in a quarter are "coming", never
 * "we did"; the quarter they are carried out in lists them as done or started; the statuses hold
 * on the quarter's last day; the QR codes encode the theme page and the feedback form.
 */
import { describe, expect, it } from 'vitest';
import { qrSvg } from '../../../src/site/qr.ts';
import { posterPageView, postersIndexView } from '../../../src/site/views/poster-page.ts';
import { smallProject } from '../../support/small-project.ts';

const project = await smallProject();
const kirjastot = project.themes.find((t) => t.slug === 'kirjastot')!;

describe('posterPageView', () => {
  it('lists the quarter’s new plans as coming, not as done', async () => {
    const view = await posterPageView(project, kirjastot, '2026-Q1', 'fi');
    expect(view.changed.items).toEqual([]);
    expect(view.planned.items.map((a) => [a.action.id, a.status])).toEqual([
      ['A-2026-001', 'planned'],
      ['A-2026-002', 'planned'],
    ]);
    expect(view.statusDate).toBe('31.3.2026');
  });

  it('lists what was done or started in the quarter under "we did", with titles in the page language', async () => {
    const view = await posterPageView(project, kirjastot, '2026-Q2', 'sv');
    expect(view.changed.items.map((a) => [a.action.id, a.status, a.title.value])).toEqual([
      ['A-2026-002', 'done', 'Speldag i biblioteket'],
      ['A-2026-001', 'in-progress', 'Biblioteket öppet på söndagar'],
    ]);
    expect(view.planned.items).toEqual([]);
  });

  it('draws QR codes of the theme page and the feedback form, and dates a running quarter today', async () => {
    const view = await posterPageView(project, kirjastot, '2026-Q4', 'en');
    expect(view.themeUrl).toBe('https://kuulee.pikkula.example/en/themes/kirjastot/');
    expect(view.feedbackUrl).toBe('https://pikkula.example/palaute');
    expect(view.qr.theme).toBe(await qrSvg(view.themeUrl));
    expect(view.qr.feedback).toBe(await qrSvg(view.feedbackUrl));
    expect(view.qr.theme).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(view.statusDate).toBe('23 November 2026');
    expect(view.logo).toBeUndefined();
  });
});

describe('postersIndexView', () => {
  it('lists every theme in its order with its quarters, newest first, each named as the reader says it', () => {
    const themes = postersIndexView(project, 'fi');
    expect(themes.map((th) => [th.theme.slug, th.quarters.map((q) => q.quarter)])).toEqual([
      // Feedback in Q1 2026, the library actions opened then and changed in Q2; the bus declined in Q4 2025.
      ['kirjastot', ['2026-Q2', '2026-Q1', '2025-Q4']],
      ['puistot', ['2025-Q4', '2025-Q3']],
    ]);
    expect(themes[0]?.quarters[0]).toEqual({ quarter: '2026-Q2', name: '2. neljännes 2026' });
    expect(postersIndexView(project, 'en')[0]?.quarters.map((q) => q.name)).toEqual(['Q2 2026', 'Q1 2026', 'Q4 2025']);
  });

  it('names a quarter still under way with the days it covers so far', () => {
    const p1 = project.feedback.find((f) => f.id === 'P-1')!;
    const drop = { ...project, feedback: [...project.feedback, { ...p1, id: 'P-9', date: '2026-11-02' }] };
    const running = postersIndexView(drop, 'fi')[0]?.quarters[0];
    expect(running?.quarter).toBe('2026-Q4');
    expect(running?.name).toBe('4. neljännes 2026 (1.10.–23.11.)');
  });
});
