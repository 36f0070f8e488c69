/** The example city's actions whose first theme is asiointi (Asiointi); see ../actions.ts. */
import type { PlannedAction } from '../../lib/synthetic-data.ts';

export const ASIOINTI: readonly PlannedAction[] = [
  {
    id: 'A-2024-033',
    title: [
      'Palautteeseen vastataan viiden arkipäivän kuluessa',
      'Respons besvaras inom fem vardagar',
      'Feedback is answered within five working days',
    ],
    description: [
      'Asukkaat kertoivat, etteivät he tiedä, luettiinko heidän palautteensa. Kaupunki otti käyttöön palvelulupauksen: jokaiseen yhteystietonsa jättäneen palautteeseen vastataan viiden arkipäivän kuluessa, ja vastauksessa kerrotaan, mitä palautteelle tehdään.',
      'Invånarna berättade att de inte vet om deras respons blev läst. Staden införde ett servicelöfte: respons med kontaktuppgifter besvaras inom fem vardagar.',
      'Residents told us they did not know whether their feedback had been read. The city introduced a service promise: every piece of feedback that includes contact details is answered within five working days, and the answer says what will be done with it.',
    ],
    themes: ['asiointi'],
    status: 'done',
    opened: '2024-01-08',
    due: '2024-04-02',
    completed: '2024-04-02',
    unit: 'Asiakaspalvelu',
    influence: 'organisation',
  },
  {
    id: 'A-2024-034',
    title: [
      'Asiointipiste Kuusi auki torstaisin klo 18 asti',
      'Servicepunkten Kuusi öppen till kl. 18 på torsdagar',
      'The Kuusi service point open until 18.00 on Thursdays',
    ],
    themes: ['asiointi'],
    status: 'done',
    opened: '2024-09-09',
    due: '2024-11-01',
    completed: '2024-10-03',
    unit: 'Asiakaspalvelu',
    influence: 'own',
  },
  {
    id: 'A-2025-024',
    title: [
      'Verkkosivujen ruotsinkielisen sisällön täydentäminen',
      'Mer innehåll på svenska på webbplatsen',
      'More Swedish-language content on the website',
    ],
    themes: ['asiointi'],
    status: 'in-progress',
    opened: '2025-02-03',
    due: '2027-03-31',
    progress: 60,
    unit: 'Viestintä',
    influence: 'own',
  },
  {
    id: 'A-2026-013',
    title: ['Tilavarausjärjestelmän uusiminen', '', 'A new system for booking premises'],
    themes: ['asiointi', 'liikuntapaikat'],
    status: 'planned',
    opened: '2026-08-17',
    due: '2027-08-31',
    progress: 5,
    unit: 'Digitiimi ja liikuntapalvelut',
    influence: 'organisation',
  },
];
