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
    said: [
      'Nuoret kertoivat, että kesäkadun ohjelma on lähinnä lapsille, ja toivoivat kesäkadulle omaa lavaa.',
      'De unga berättade att programmet på sommargatan mest är för barn och önskade en egen scen på sommargatan.',
      'Young people told us the summer street festival’s programme was mostly for children and asked for a stage of their own.',
    ],
    description: [
      'Kesäkadulla 14.6.2025 oli ensimmäistä kertaa nuorten oma lava, jonka ohjelman nuoret suunnittelivat itse. Lavalla esiintyi 12 nuorten bändiä, räppäriä ja tanssiryhmää, ja lava on mukana myös tulevina kesinä.',
      'På sommargatan 14.6.2025 fanns för första gången en egen scen för unga, och de unga planerade själva programmet. På scenen uppträdde 12 band, rappare och dansgrupper, och scenen är med också kommande somrar.',
      'On 14 June 2025 the summer street festival had a youth stage for the first time, with a programme planned by young people. Twelve young bands, rappers and dance groups performed, and the stage will be back in future summers.',
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
    title: [
      'Maksuton perjantai kotiseutumuseossa',
      'Gratis fredag i hembygdsmuseet',
      'Free Fridays at the local history museum',
    ],
    said: [
      'Asukkaat ehdottivat, että kotiseutumuseoon pääsisi maksutta kerran kuussa. Museon näyttelyä vanhasta Kuusijärvestä on kiitetty palautteissa.',
      'Invånarna föreslog att man skulle komma in gratis i hembygdsmuseet en gång i månaden. Museets utställning om det gamla Kuusijärvi har fått beröm i responsen.',
      'Residents suggested free entry to the local history museum once a month. The museum’s exhibition on old Kuusijärvi has been praised in feedback.',
    ],
    description: [
      'Kotiseutumuseoon on maaliskuusta 2025 alkaen vapaa pääsy kuukauden ensimmäisenä perjantaina. Ensimmäinen maksuton perjantai oli 7.3.2025.',
      'Sedan mars 2025 är det fritt inträde till hembygdsmuseet den första fredagen i varje månad. Den första gratis fredagen var 7.3.2025.',
      'Since March 2025 entry to the local history museum has been free on the first Friday of every month. The first free Friday was 7 March 2025.',
    ],
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
    said: [
      'Vanhusneuvoston jäsenet kertoivat, ettei itsenäisyyspäivän juhlassa takariveissä kuule puheita. Samasta asiasta tuli palautetta myös juhlan jälkeen.',
      'Äldrerådets medlemmar berättade att man inte hör talen på de bakre raderna vid självständighetsfesten. Samma sak fick respons också efter festen.',
      'Members of the elderly council said the speeches at the Independence Day celebration cannot be heard from the back rows. The same came up in feedback after the celebration.',
    ],
    description: [
      'Itsenäisyyspäivän juhlaan hankittiin induktiosilmukka ja kirjoitustulkkaus. Juhlassa 6.12.2025 puheet näkyivät tekstinä valkokankaalla, ja kuulolaitteen käyttäjät kuulivat ne silmukan kautta.',
      'Till självständighetsfesten skaffades en hörslinga och skrivtolkning. På festen 6.12.2025 visades talen som text på duken, och de som använder hörapparat hörde dem genom slingan.',
      'A hearing loop and live captioning were arranged for the Independence Day celebration. At the celebration on 6 December 2025 the speeches were shown as text on the screen, and hearing-aid users heard them through the loop.',
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
