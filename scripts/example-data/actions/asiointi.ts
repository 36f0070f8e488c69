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
    said: [
      'Asukkaat kertoivat, etteivät he tiedä, luettiinko heidän palautteensa. Osa oli odottanut vastausta kuukauden.',
      'Invånarna berättade att de inte vet om deras respons blev läst. En del hade väntat en månad på svar.',
      'Residents told us they did not know whether their feedback had been read. Some had waited a month for an answer.',
    ],
    description: [
      'Kaupunki otti käyttöön palvelulupauksen: palautteeseen, jossa pyydetään vastausta, vastataan viiden arkipäivän kuluessa. Jos asian selvittäminen kestää pidempään, kerromme ensin, kuka asiaa hoitaa, ja varsinainen vastaus tulee viimeistään kahden viikon kuluessa.',
      'Staden införde ett servicelöfte: respons där man ber om svar besvaras inom fem vardagar. Om det tar längre tid att utreda saken berättar vi först vem som sköter den, och själva svaret kommer inom två veckor.',
      'The city introduced a service promise: feedback that asks for an answer is answered within five working days. If the matter takes longer to look into, we first say who is handling it, and the full answer comes within two weeks.',
    ],
    themes: ['asiointi'],
    status: 'done',
    opened: '2024-01-08',
    due: '2024-04-02',
    completed: '2024-04-02',
    unit: 'Asiakaspalvelu',
    influence: 'organisation',
    survey: 'asukastyytyvaisyys',
  },
  {
    id: 'A-2024-034',
    title: [
      'Asiointipiste Kuusi auki torstaisin klo 18 asti',
      'Servicepunkten Kuusi öppen till kl. 18 på torsdagar',
      'The Kuusi service point open until 18.00 on Thursdays',
    ],
    said: [
      'Asukkaat kertoivat, että asiointipiste on auki vain virka-aikaan, eikä sinne ehdi töiden jälkeen. He ehdottivat, että piste olisi auki yhtenä iltana viikossa.',
      'Invånarna berättade att servicepunkten bara har öppet under tjänstetid och att man inte hinner dit efter jobbet. De föreslog att den skulle ha öppet en kväll i veckan.',
      'Residents told us the service point was open only during office hours and they could not get there after work. They suggested opening one evening a week.',
    ],
    description: [
      'Asiointipiste Kuusi on lokakuusta 2024 alkaen auki torstaisin klo 18 asti. Muina arkipäivinä se palvelee entiseen tapaan klo 9–16.',
      'Sedan oktober 2024 har servicepunkten Kuusi öppet till kl. 18 på torsdagar. Övriga vardagar betjänar den som förut kl. 9–16.',
      'Since October 2024 the Kuusi service point has been open until 18.00 on Thursdays. On other weekdays it is open from 9 to 16 as before.',
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
    said: [
      'Ruotsinkieliset asukkaat kertoivat, ettei kaupungin verkkosivuilta löydy tietoa ruotsiksi ja että osa sivuista on vain suomeksi.',
      'Svenskspråkiga invånare berättade att det inte finns information på svenska på stadens webbplats och att en del sidor bara finns på finska.',
      'Swedish-speaking residents told us they could not find information in Swedish on the city’s website and some pages were only in Finnish.',
    ],
    description: [
      'Noin 60 prosenttia kaupungin verkkosivuista on nyt ruotsiksi, ja kaikki palvelusivut ovat ruotsiksi maaliskuuhun 2027 mennessä. Viestintä kääntää sisältöä palvelu kerrallaan ja aloitti luetuimmista sivuista.',
      'Cirka 60 procent av stadens webbplats finns nu på svenska, och alla tjänstesidor finns på svenska senast i mars 2027. Kommunikationen översätter innehållet en tjänst i taget och började med de mest lästa sidorna.',
      'About 60 per cent of the city’s website is now in Swedish, and all service pages will be by March 2027. The communications team is translating one service at a time, starting with the most read pages.',
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
    title: ['Tilavarausjärjestelmän uusiminen', 'Nytt system för lokalbokning', 'A new system for booking premises'],
    said: [
      'Asukkaat ja seurat kertoivat, että tilavarausjärjestelmä kaatuu kesken varauksen ja että vuorojen hakeminen on hankalaa. Palautteissa toivottiin, että kaikki kaupungin varaukset olisivat samassa paikassa.',
      'Invånare och föreningar berättade att bokningssystemet för lokaler kraschar mitt i en bokning och att det är krångligt att söka turer. I responsen önskades att alla stadens bokningar skulle finnas på samma ställe.',
      'Residents and clubs told us the booking system crashes in the middle of a booking and applying for sports slots is awkward. Feedback asked for all the city’s bookings to be in one place.',
    ],
    description: [
      'Kaupunki hankkii uuden tilavarausjärjestelmän, jolla voi varata liikuntavuorot, kokoustilat ja nuorisotalojen tilat samasta paikasta. Järjestelmä kilpailutetaan alkuvuodesta 2027, ja se otetaan käyttöön elokuussa 2027 ennen syksyn vuorojen jakoa.',
      'Staden skaffar ett nytt bokningssystem där man kan boka idrottsturer, möteslokaler och lokaler i ungdomsgårdarna på samma ställe. Systemet konkurrensutsätts i början av 2027 och tas i bruk i augusti 2027, före fördelningen av höstens turer.',
      'The city is getting a new booking system where sports slots, meeting rooms and youth centre spaces can all be booked in one place. It will be put out to tender in early 2027 and taken into use in August 2027, before the autumn slots are allocated.',
    ],
    themes: ['asiointi', 'liikuntapaikat'],
    status: 'planned',
    opened: '2026-08-17',
    due: '2027-08-31',
    progress: 5,
    unit: 'Digitiimi ja liikuntapalvelut',
    influence: 'organisation',
  },
];
