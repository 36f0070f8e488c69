/** The example city's actions whose first theme is varhaiskasvatus (Varhaiskasvatus); see ../actions.ts. */
import type { PlannedAction } from '../../lib/synthetic-data.ts';

export const VARHAISKASVATUS: readonly PlannedAction[] = [
  {
    id: 'A-2024-030',
    title: [
      'Varhaiskasvatuspäätökset sähköiseen asiointiin',
      'Beslut om småbarnspedagogik i e-tjänsten',
      'Early childhood education decisions in the online service',
    ],
    themes: ['varhaiskasvatus', 'asiointi'],
    status: 'done',
    opened: '2024-01-15',
    due: '2024-08-01',
    completed: '2024-06-14',
    unit: 'Varhaiskasvatuksen palveluohjaus',
    influence: 'own',
  },
  {
    id: 'A-2025-019',
    title: ['Päiväkotien pihojen varjostus', '', 'Shade for day-care play yards'],
    themes: ['varhaiskasvatus'],
    status: 'in-progress',
    opened: '2025-08-18',
    due: '2027-06-30',
    progress: 40,
    unit: 'Varhaiskasvatus ja tilapalvelut',
    influence: 'organisation',
  },
  {
    id: 'A-2025-020',
    title: ['Ympärivuorokautinen hoito Harjun päiväkotiin', 'Vård dygnet runt i daghemmet i Harju', ''],
    themes: ['varhaiskasvatus'],
    status: 'declined',
    opened: '2025-03-03',
    unit: 'Varhaiskasvatus',
    influence: 'organisation',
    reason: [
      'Kaupungin ainoa vuorohoitoyksikkö Myllymäen päiväkodissa on tällä hetkellä noin 70-prosenttisesti käytössä, joten toiselle yksikölle ei ole tarvetta. Harjusta järjestetään tarvittaessa kuljetusapua. Tarve arvioidaan uudelleen vuosittain.',
      '',
      '',
    ],
  },
];
