/**
 * The accessibility statement's view on the small fixture site: status, one known issue written
 * in Finnish only, the self-assessment of 1.9.2026 and the default supervisory authority
 * (Traficom); and the fixture with WCAG criteria named on an issue, as an author adds them.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/schemas/project.ts';
import { accessibilityPageView } from '../../../src/site/views/accessibility-page.ts';
import { smallProject } from '../../support/small-project.ts';

const project = await smallProject();

describe('accessibilityPageView', () => {
  it('states the compliance, the known issue, the assessment and where to report, in Finnish', () => {
    const view = accessibilityPageView(project, 'fi');
    expect([view.organisation, view.url, view.status, view.method]).toEqual([
      'Pikkulan kunta',
      'https://kuulee.pikkula.example',
      'partial',
      'self',
    ]);
    expect(view.issues).toEqual([
      {
        text: { value: 'Vanhimmat pöytäkirjat ovat skannattuja PDF-tiedostoja.', lang: 'fi', fallback: false },
        criteria: [],
      },
    ]);
    expect(view.fallback).toBeUndefined();
    // Never reviewed since: the statement is as new as its assessment.
    expect([view.assessed, view.updated]).toEqual(['2026-09-01', '2026-09-01']);
    expect(view.contact).toBe('palaute@pikkula.example');
  });

  it('shows an issue written only in Finnish on the Swedish statement, marked, and says so once', () => {
    const view = accessibilityPageView(project, 'sv');
    expect(view.issues[0]?.text).toEqual({
      value: 'Vanhimmat pöytäkirjat ovat skannattuja PDF-tiedostoja.',
      lang: 'fi',
      fallback: true,
    });
    expect(view.fallback).toBe('fi');
  });

  it('names the supervisory authority in the reader’s language with its contacts, as links', () => {
    const fi = accessibilityPageView(project, 'fi').authority;
    const sv = accessibilityPageView(project, 'sv').authority;
    expect(fi.name).toEqual({ value: 'Liikenne- ja viestintävirasto Traficom', lang: 'fi', fallback: false });
    expect(fi.unit?.value).toBe('Digitaalisen esteettömyyden ja saavutettavuuden valvontayksikkö');
    expect(sv.name).toEqual({ value: 'Transport- och kommunikationsverket Traficom', lang: 'sv', fallback: false });
    // The address as it reads, the number as it dials.
    expect(fi.web).toEqual({
      href: 'https://www.saavutettavuusvaatimukset.fi',
      text: 'www.saavutettavuusvaatimukset.fi',
    });
    expect(fi.email).toBe('saavutettavuus@traficom.fi');
    expect(fi.phone).toEqual({ href: 'tel:+358295345000', text: '029 534 5000' });
  });

  it('names the criteria an issue fails in the page’s language, and in English where W3C has no translation', () => {
    const drop: Project = {
      ...project,
      site: {
        ...project.site,
        accessibility: {
          ...project.site.accessibility,
          updated: '2026-11-01',
          issues: [
            {
              text: { fi: 'Kaavioiden värit erottuvat huonosti.', sv: 'Diagrammens färger syns dåligt.' },
              wcag: ['1.4.3', '1.4.11'],
            },
          ],
        },
      },
    };
    expect(accessibilityPageView(drop, 'fi').issues[0]?.criteria).toEqual([
      { text: '1.4.3 Kontrasti (minimi)', lang: 'fi' },
      { text: '1.4.11 Ei-tekstuaalisen sisällön kontrasti', lang: 'fi' },
    ]);
    // WCAG 2.1's additions have no authorised Swedish name: English, marked as English.
    expect(accessibilityPageView(drop, 'sv').issues[0]?.criteria).toEqual([
      { text: '1.4.3 Kontrast (minimum)', lang: 'sv' },
      { text: '1.4.11 Non-text Contrast', lang: 'en' },
    ]);
    expect(accessibilityPageView(drop, 'en').issues[0]?.criteria).toEqual([
      { text: '1.4.3 Contrast (Minimum)', lang: 'en' },
      { text: '1.4.11 Non-text Contrast', lang: 'en' },
    ]);
    const english = accessibilityPageView(drop, 'en');
    // No English text: the Finnish one (the default language), marked.
    expect(english.issues[0]?.text).toEqual({
      value: 'Kaavioiden värit erottuvat huonosti.',
      lang: 'fi',
      fallback: true,
    });
    expect(english.updated).toBe('2026-11-01');
  });
});
