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
    said: [
      'Huoltajat kysyivät usein, milloin syksyn hoitopaikkapäätökset tulevat, ja kertoivat, että paperinen päätös tuli postissa hitaasti.',
      'Vårdnadshavare frågade ofta när besluten om platser inför hösten kommer och berättade att beslutet på papper kom långsamt med posten.',
      'Parents often asked when the decisions on autumn day-care places would arrive and said the paper decision was slow to come by post.',
    ],
    description: [
      'Varhaiskasvatuspäätökset lähetetään kesäkuusta 2024 alkaen sähköiseen asiointiin, ja huoltaja saa päätöksestä ilmoituksen sähköpostiin. Paperisen päätöksen saa edelleen, jos sitä pyytää.',
      'Sedan juni 2024 skickas besluten om småbarnspedagogik till e-tjänsten, och vårdnadshavaren får ett meddelande om beslutet per e-post. Den som vill kan fortfarande få beslutet på papper.',
      'Since June 2024 early childhood education decisions have been sent to the online service, and parents get an email when a decision arrives. Anyone who asks can still get the decision on paper.',
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
    title: ['Päiväkotien pihojen varjostus', 'Skugga på daghemmens gårdar', 'Shade for day-care play yards'],
    said: [
      'Huoltajat kertoivat, ettei päiväkotien pihoilla ole varjoa ja helteellä lapset leikkivät paahteessa. He ehdottivat aurinkopurjeita tai puita varjoksi.',
      'Vårdnadshavare berättade att det inte finns någon skugga på daghemmens gårdar och att barnen leker i gassande sol när det är hett. De föreslog solsegel eller träd som skugga.',
      'Parents told us there is no shade in day-care play yards and children play in the blazing sun in hot weather. They suggested sun sails or trees for shade.',
    ],
    description: [
      'Seitsemään päiväkodin pihaan, joissa varjoa oli vähiten, asennettiin aurinkopurjeet kesäksi 2026, ja niihin istutetaan puita. Kaikkien 16 päiväkodin pihat käytiin läpi kesällä 2025. Loput pihat saavat varjoa kesään 2027 mennessä.',
      'De sju daghemsgårdar som hade minst skugga fick solsegel till sommaren 2026, och där planteras också träd. Gårdarna vid alla 16 daghem gicks igenom sommaren 2025. De övriga gårdarna får skugga till sommaren 2027.',
      'The seven day-care play yards with the least shade got sun sails for summer 2026, and trees are being planted there. The yards of all 16 day-care centres were surveyed in summer 2025. The others will have shade by summer 2027.',
    ],
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
    title: [
      'Ympärivuorokautinen hoito Harjun päiväkotiin',
      'Vård dygnet runt i daghemmet i Harju',
      'Round-the-clock care at the Harju day-care centre',
    ],
    said: [
      'Vuorotyötä tekevät vanhemmat toivoivat ympärivuorokautista hoitoa myös Harjun päiväkotiin, jotta lasta ei tarvitsisi kuljettaa Myllymäkeen.',
      'Föräldrar som arbetar i skift önskade vård dygnet runt också i daghemmet i Harju, så att barnet inte behöver köras till Myllymäki.',
      'Parents who work shifts asked for round-the-clock care at the Harju day-care centre too, so that they would not have to take their child to Myllymäki.',
    ],
    description: [
      'Harjun päiväkotiin ei avata vuorohoitoa. Harjun perheille järjestetään tarvittaessa kuljetusapua Myllymäen päiväkotiin, ja tarve arvioidaan uudelleen joka vuosi.',
      'Daghemmet i Harju får ingen skiftvård. Familjer i Harju får vid behov hjälp med skjuts till daghemmet i Myllymäki, och behovet bedöms på nytt varje år.',
      'Harju day-care centre will not offer shift care. Families in Harju can get help with transport to the Myllymäki day-care centre when needed, and the need is reviewed every year.',
    ],
    themes: ['varhaiskasvatus'],
    status: 'declined',
    opened: '2025-03-03',
    unit: 'Varhaiskasvatus',
    influence: 'organisation',
    reason: [
      'Kaupungin ainoa vuorohoitoyksikkö Myllymäen päiväkodissa on tällä hetkellä noin 70-prosenttisesti käytössä, joten toiselle yksikölle ei ole tarvetta.',
      'Stadens enda enhet för skiftvård, i daghemmet i Myllymäki, används för närvarande till cirka 70 procent, så det behövs ingen andra enhet.',
      'The city’s only shift-care unit, at the Myllymäki day-care centre, is currently about 70 per cent full, so a second unit is not needed.',
    ],
  },
];
