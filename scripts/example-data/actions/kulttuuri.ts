/** The example city's actions whose first theme is kulttuuri (Kulttuuri); see ../actions.ts. */
import type { PlannedAction } from '../../lib/synthetic-data.ts';

export const KULTTUURI: readonly PlannedAction[] = [
  {
    id: 'A-2024-031',
    title: [
      'Nuorten lava Kuusijärven kesäkadulle',
      'Ungdomsscen på sommargatan',
      'A youth stage at the Kuusijärvi summer street festival',
    ],
    themes: ['kulttuuri', 'nuorisotilat'],
    status: 'done',
    opened: '2024-11-13',
    due: '2025-06-14',
    completed: '2025-06-14',
    unit: 'Kulttuuripalvelut',
    influence: 'own',
    meeting: '2024-11-nuorisovaltuusto',
  },
  {
    id: 'A-2025-021',
    title: ['Maksuton perjantai kotiseutumuseossa', 'Gratis fredag i hembygdsmuseet', ''],
    themes: ['kulttuuri'],
    status: 'done',
    opened: '2025-01-27',
    due: '2025-03-31',
    completed: '2025-03-07',
    unit: 'Kulttuuripalvelut',
    influence: 'own',
  },
  {
    id: 'A-2025-022',
    title: [
      'Induktiosilmukka ja kirjoitustulkkaus itsenäisyyspäivän juhlaan',
      'Hörslinga och skrivtolkning vid självständighetsfesten',
      'Hearing loop and live captioning at the Independence Day celebration',
    ],
    themes: ['kulttuuri', 'ikaantyneiden-palvelut'],
    status: 'done',
    opened: '2025-06-04',
    due: '2025-12-06',
    completed: '2025-12-06',
    unit: 'Kulttuuripalvelut',
    influence: 'own',
    meeting: '2025-06-vanhusneuvosto',
  },
];
