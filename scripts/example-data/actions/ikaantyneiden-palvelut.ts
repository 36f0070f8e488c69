/** The example city's actions whose first theme is ikaantyneiden-palvelut (Ikääntyneiden palvelut); see ../actions.ts. */
import type { PlannedAction } from '../../lib/synthetic-data.ts';

export const IKAANTYNEIDEN_PALVELUT: readonly PlannedAction[] = [
  {
    id: 'A-2023-009',
    title: [
      'Asiointiliikenteen uusi reitti Kirkonkylästä keskustaan',
      'Ny rutt för servicetrafiken från Kirkonkylä till centrum',
      'A new shopping bus route from Kirkonkylä to the centre',
    ],
    themes: ['ikaantyneiden-palvelut', 'joukkoliikenne'],
    status: 'done',
    opened: '2023-12-06',
    due: '2024-03-05',
    completed: '2024-03-05',
    unit: 'Ikääntyneiden palvelut',
    influence: 'own',
    meeting: '2023-12-vanhusneuvosto',
  },
  {
    id: 'A-2024-032',
    title: [
      'Kotihoidon käyntiaikoja koskeva palaute hyvinvointialueelle',
      'Respons om hemvårdens besökstider till välfärdsområdet',
      'Feedback on home care visiting times passed to the wellbeing services county',
    ],
    description: [
      'Kotihoito kuuluu hyvinvointialueelle, ei kaupungille. Vanhusneuvosto ja asukkaat kertoivat, että käyntiajat vaihtelevat ja aamukäynnit venyvät. Kokosimme palautteet ja veimme ne hyvinvointialueen kotihoidon johdolle. Hyvinvointialue lupasi ilmoittaa asiakkaille käyntiajan kahden tunnin tarkkuudella vuoden 2025 alusta.',
      '',
      '',
    ],
    themes: ['ikaantyneiden-palvelut'],
    status: 'done',
    opened: '2024-08-28',
    due: '2025-01-31',
    completed: '2025-01-31',
    unit: 'Ikääntyneiden palvelut',
    influence: 'outside',
    meeting: '2024-08-vanhusneuvosto',
  },
  {
    id: 'A-2025-023',
    title: [
      'Digiopastus palvelukeskus Kuusikossa kahdesti viikossa',
      'Digihandledning i servicecentralen Kuusikko två gånger i veckan',
      'Digital skills help at the Kuusikko service centre twice a week',
    ],
    themes: ['ikaantyneiden-palvelut', 'asiointi'],
    status: 'done',
    opened: '2025-06-04',
    due: '2025-09-30',
    completed: '2025-09-01',
    unit: 'Ikääntyneiden palvelut ja kirjastopalvelut',
    influence: 'own',
  },
  {
    id: 'A-2026-012',
    title: [
      'Ateriapalvelun ruokalistat isommalla tekstillä ja ääneen luettuna',
      'Måltidsservicens matsedlar med större text och uppläsning',
      'Meal service menus in larger print and read aloud',
    ],
    themes: ['ikaantyneiden-palvelut'],
    status: 'in-progress',
    opened: '2026-06-03',
    due: '2027-01-31',
    progress: 50,
    unit: 'Ruokapalvelut',
    influence: 'own',
    meeting: '2026-06-vanhusneuvosto',
  },
];
