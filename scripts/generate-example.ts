// Generates the CSV data of the Kuusijärvi example site (data/feedback, data/actions.csv,
// data/action-updates.csv, data/surveys, data/votes). Deterministic: a seeded PRNG and no clock.
//
// Usage (from the repository root, no npm needed):
//   node_modules/.bin/node scripts/generate-example.ts
// Any Node ≥ 22.18 with type stripping works: node scripts/generate-example.ts
//
// The MDX content (themes, bodies, meetings, surveys, votes, pages) is hand-written in content/;
// ids used here (theme slugs, meeting ids, survey question ids) must match it.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { finnishDate } from '../src/core/dates.ts';
import {
  csvText,
  excelCsv,
  mulberry32,
  type ActionStatusName,
  type Cell,
  type PlannedAction,
  type Text3,
} from './lib/synthetic-data.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The example site's "now": nothing is completed or updated after this day. */
const NOW = '2026-11-23';
const FEEDBACK_FROM = '2023-09-01';
const FEEDBACK_TO = '2026-11-22';

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32) and date helpers (UTC only, so the output never depends on TZ).

let rand = mulberry32(20231);
function reseed(seed: number): void {
  rand = mulberry32(seed);
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}
function weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [k, w] of entries) {
    r -= w;
    if (r < 0) return k;
  }
  return entries[entries.length - 1]![0];
}
function poisson(lambda: number): number {
  const l = Math.exp(-lambda);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > l);
  return k - 1;
}
function intBetween(lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

const DAY = 86_400_000;
function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
function addDays(isoDate: string, days: number): string {
  return iso(new Date(toDate(isoDate).getTime() + days * DAY));
}
function daysBetween(a: string, b: string): number {
  return Math.round((toDate(b).getTime() - toDate(a).getTime()) / DAY);
}

// ---------------------------------------------------------------------------------------------
// CSV writers: RFC 4180 UTF-8 with LF, and Finnish Excel "CSV (semicolon-separated)" bytes.

function csvUtf8(header: readonly string[], rows: readonly Cell[][]): string {
  return csvText(header, rows, ',', '\n');
}

function write(relPath: string, content: string | Uint8Array): void {
  const path = join(ROOT, relPath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

// ---------------------------------------------------------------------------------------------
// Actions ("we did"). Hand-written: every action answers something residents said.

type Status = ActionStatusName;

const ACTIONS: readonly PlannedAction[] = [
  // --- Kouluruoka -----------------------------------------------------------------------------
  {
    id: 'A-2023-001',
    title: [
      'Kasvisruokavaihtoehto joka päivä kaikissa kouluissa',
      'Vegetariskt alternativ varje dag i alla skolor',
      'A vegetarian option every day in all schools',
    ],
    description: [
      'Oppilaat ja huoltajat toivoivat, että kasvisruoka olisi tarjolla joka päivä eikä vain kasvisruokapäivinä.\n\nTammikuusta 2024 alkaen jokaisessa koulussa on joka päivä tarjolla kasvisvaihtoehto. Sitä ei tarvitse tilata etukäteen.',
      'Elever och vårdnadshavare önskade att vegetarisk mat skulle finnas varje dag och inte bara på vegetariska dagar.\n\nFrån januari 2024 finns ett vegetariskt alternativ varje dag i varje skola. Det behöver inte beställas på förhand.',
      'Pupils and parents asked for vegetarian food every day, not only on vegetarian days.\n\nSince January 2024 every school has offered a vegetarian option every day. It does not need to be ordered in advance.',
    ],
    themes: ['kouluruoka'],
    status: 'done',
    opened: '2023-09-18',
    due: '2024-01-08',
    completed: '2024-01-08',
    unit: 'Ruokapalvelut',
    influence: 'own',
  },
  {
    id: 'A-2023-002',
    title: [
      'Lohikeitto palaa ruokalistalle joka toinen viikko',
      'Laxsoppan kommer tillbaka på matsedeln varannan vecka',
      'Salmon soup returns to the menu every other week',
    ],
    description: [
      'Lohikeitto poistui ruokalistalta syksyllä 2023 raaka-aineen hinnan vuoksi. Oppilaskunnat nostivat asian esiin lähes jokaisessa koulussa.\n\nRuokapalvelut neuvotteli uuden lohisopimuksen ja lohikeitto on kevätkaudesta 2024 alkaen listalla joka toinen viikko.',
      'Laxsoppan togs bort från matsedeln hösten 2023 på grund av råvarupriset. Elevkårerna tog upp saken i nästan alla skolor.\n\nKostservicen förhandlade fram ett nytt avtal och laxsoppan finns på matsedeln varannan vecka från våren 2024.',
      'Salmon soup was taken off the menu in autumn 2023 because of the price of salmon. Pupil councils raised it at almost every school.\n\nCatering services negotiated a new supply contract, and since spring 2024 salmon soup has been on the menu every other week.',
    ],
    themes: ['kouluruoka'],
    status: 'done',
    opened: '2023-11-23',
    due: '2024-01-08',
    completed: '2024-01-08',
    unit: 'Ruokapalvelut',
    influence: 'own',
    meeting: '2023-11-oppilaskunnat',
  },
  {
    id: 'A-2024-001',
    title: [
      'Ruokailuvuorojen porrastus Harjun yhtenäiskoulussa',
      'Förskjutna lunchturer i Harjun yhtenäiskoulu',
      'Staggered lunch breaks at Harju comprehensive school',
    ],
    description: [
      'Oppilaat kertoivat, että ruokailuun jää aikaa vain noin kymmenen minuuttia ja jonot ovat pitkiä.\n\nKoulu ja ruokapalvelut porrastivat ruokailuvuorot syksystä 2024 alkaen niin, että jokaisella luokalla on vähintään 20 minuuttia aikaa syödä.',
      '',
      'Pupils said they had only about ten minutes to eat and the queues were long.\n\nFrom autumn 2024 the school and catering services staggered lunch breaks so that every class has at least 20 minutes to eat.',
    ],
    themes: ['kouluruoka'],
    status: 'done',
    opened: '2024-04-11',
    due: '2024-08-12',
    completed: '2024-08-12',
    unit: 'Ruokapalvelut ja Harjun yhtenäiskoulu',
    influence: 'organisation',
    meeting: '2024-04-oppilaskunnat',
  },
  {
    id: 'A-2024-002',
    title: [
      'Kasvisruokien reseptit uusitaan oppilaiden maistatusten perusteella',
      'Recepten för vegetarisk mat förnyas efter elevernas provsmakning',
      'Vegetarian recipes renewed after pupils’ tasting sessions',
    ],
    description: [
      'Kouluruokakyselyssä kasvisruoka sai heikoimmat arviot. Ruokapalvelut järjestää kouluilla maistatuksia, joissa oppilaat arvioivat uusia kasvisruokia ennen kuin ne otetaan listalle.\n\nEnsimmäiset kuusi uutta reseptiä otettiin käyttöön syksyllä 2024 ja kuusi lisää keväällä 2025.',
      '',
      '',
    ],
    themes: ['kouluruoka'],
    status: 'done',
    opened: '2024-05-20',
    due: '2025-03-31',
    completed: '2025-03-28',
    unit: 'Ruokapalvelut',
    influence: 'own',
  },
  {
    id: 'A-2024-003',
    title: [
      'Suosikkiruokaviikon menu toteutetaan oppilaiden äänestyksen mukaan',
      'Menyn för favoritmatveckan följer elevernas omröstning',
      'The favourite-food week menu follows the pupils’ vote',
    ],
    description: [
      'Oppilaskunnat ehdottivat, että oppilaat saisivat itse valita yhden viikon ruokalistan. Kaikkien peruskoulujen oppilaat äänestivät tammikuussa 2025, ja viisi eniten ääniä saanutta ruokaa tarjottiin suosikkiruokaviikolla 10.–14.3.2025.\n\nSuosikkiruokaviikko toistetaan joka kevät.',
      'Elevkårerna föreslog att eleverna själva skulle få välja matsedeln för en vecka. Eleverna i alla grundskolor röstade i januari 2025, och de fem rätter som fick flest röster serverades under favoritmatveckan 10–14.3.2025.',
      'The pupil councils proposed that pupils should choose one week’s menu themselves. Pupils in all comprehensive schools voted in January 2025, and the five dishes with the most votes were served in the favourite-food week of 10–14 March 2025.\n\nThe favourite-food week is repeated every spring.',
    ],
    themes: ['kouluruoka'],
    status: 'done',
    opened: '2024-11-21',
    due: '2025-03-14',
    completed: '2025-03-14',
    unit: 'Ruokapalvelut',
    influence: 'own',
    meeting: '2024-11-oppilaskunnat',
  },
  {
    id: 'A-2024-004',
    title: ['Jälkiruoka joka perjantai', 'Efterrätt varje fredag', 'Dessert every Friday'],
    themes: ['kouluruoka'],
    status: 'declined',
    opened: '2024-04-11',
    unit: 'Ruokapalvelut',
    influence: 'own',
    meeting: '2024-04-oppilaskunnat',
    reason: [
      'Kouluruoan raaka-ainebudjetti on noin 1,20 euroa ateriaa kohden, ja viikoittainen jälkiruoka veisi siitä noin kahdeksasosan. Lisäksi kouluruokasuositus ohjaa tarjoamaan makeita jälkiruokia vain satunnaisesti. Jälkiruoka tarjotaan edelleen juhlapäivinä ja suosikkiruokaviikolla.',
      'Budgeten för råvaror är cirka 1,20 euro per måltid, och en efterrätt varje vecka skulle ta ungefär en åttondel av den. Rekommendationerna för skolmåltider säger dessutom att söta efterrätter ska serveras bara ibland. Efterrätt serveras fortfarande på festdagar och under favoritmatveckan.',
      'The food budget is about 1.20 euros per meal, and a weekly dessert would take about an eighth of it. The school meal recommendations also say sweet desserts should be served only occasionally. Dessert is still served on festive days and during the favourite-food week.',
    ],
  },
  {
    id: 'A-2024-005',
    title: [
      'Ruokalista ja allergeenit mobiilisovellukseen',
      'Matsedel och allergener i mobilappen',
      'Menu and allergens in the mobile app',
    ],
    themes: ['kouluruoka', 'asiointi'],
    status: 'done',
    opened: '2024-02-12',
    due: '2024-08-31',
    completed: '2024-08-26',
    unit: 'Ruokapalvelut ja digitiimi',
    influence: 'organisation',
  },
  {
    id: 'A-2025-001',
    title: [
      'Ruokahävikin seuranta ja hävikkiviikot kouluissa',
      'Uppföljning av matsvinn och svinnveckor i skolorna',
      'Tracking food waste and food-waste weeks in schools',
    ],
    themes: ['kouluruoka', 'ymparisto'],
    status: 'done',
    opened: '2025-04-10',
    due: '2025-11-30',
    completed: '2025-11-28',
    unit: 'Ruokapalvelut',
    influence: 'own',
    meeting: '2025-04-oppilaskunnat',
  },
  {
    id: 'A-2025-002',
    title: [
      'Välipala iltapäiväkerhoon pitkinä koulupäivinä',
      'Mellanmål i eftermiddagsklubben under långa skoldagar',
      'Snack at the after-school club on long school days',
    ],
    description: [
      'Huoltajat kertoivat, että pitkinä päivinä lapset ovat nälkäisiä ennen kotiinlähtöä. Ruokapalvelut ja perusopetus selvittävät välipalan kustannukset ja aloittavat kokeilun kahdessa koulussa.',
      '',
      '',
    ],
    themes: ['kouluruoka'],
    status: 'in-progress',
    opened: '2025-09-01',
    due: '2027-01-31',
    progress: 40,
    unit: 'Ruokapalvelut ja perusopetus',
    influence: 'organisation',
  },
  {
    id: 'A-2025-003',
    title: [
      'Kouluruokakyselyn tulokset julkaistaan kouluittain',
      'Skolmatsenkätens resultat publiceras skolvis',
      'School meal survey results published school by school',
    ],
    themes: ['kouluruoka'],
    status: 'done',
    opened: '2025-11-20',
    due: '2026-01-31',
    completed: '2026-01-16',
    unit: 'Ruokapalvelut',
    influence: 'own',
    meeting: '2025-11-oppilaskunnat',
  },
  {
    id: 'A-2026-001',
    title: [
      'Oppilaiden valitsema teemapäivä vietetään kaikissa alakouluissa',
      'Temadagen som eleverna valde firas i alla lågstadieskolor',
      'The theme day chosen by pupils is held in all primary schools',
    ],
    description: [
      'Lasten parlamentti päätti, että oppilaat äänestävät kevään teemapäivän aiheen. Voittanut avaruuspäivä vietettiin 13.5.2026: ruokalistalla oli "raketti-pasta" ja "kuukraatteri-puuro", ja koulut järjestivät päivän aiheesta omaa ohjelmaa.',
      'Barnparlamentet beslöt att eleverna röstar om vårens temadag. Rymddagen vann och firades 13.5.2026 med rymdinspirerad mat och program i skolorna.',
      'The children’s parliament decided that pupils would vote on the theme of the spring theme day. Space day won and was held on 13 May 2026, with a space-inspired menu and the schools’ own programme.',
    ],
    themes: ['kouluruoka', 'kulttuuri'],
    status: 'done',
    opened: '2026-03-18',
    due: '2026-05-29',
    completed: '2026-05-13',
    unit: 'Ruokapalvelut ja perusopetus',
    influence: 'organisation',
    meeting: '2026-03-lasten-parlamentti',
  },
  {
    id: 'A-2026-002',
    title: [
      'Ääntä vaimentavat levyt Kirkonkylän koulun ruokalaan',
      'Ljuddämpande skivor i matsalen i Kirkonkylän koulu',
      'Sound-absorbing panels for the Kirkonkylä school dining hall',
    ],
    themes: ['kouluruoka'],
    status: 'planned',
    opened: '2026-04-16',
    due: '2027-08-09',
    progress: 0,
    unit: 'Tilapalvelut',
    influence: 'organisation',
    meeting: '2026-04-oppilaskunnat',
  },

  // --- Lumityöt ------------------------------------------------------------------------------
  {
    id: 'A-2023-003',
    title: [
      'Aurausvallien poisto suojateiden kohdalta',
      'Plogvallar tas bort vid övergångsställen',
      'Removing snow banks at pedestrian crossings',
    ],
    description: [
      'Asiakasraati ja vanhusneuvosto kertoivat, että suojateiden kohdalle jäävät aurausvallit estävät rollaattorin ja lastenvaunujen kanssa liikkumisen.\n\nKadunpidon urakoitsijat poistavat vallit suojateiden ja bussipysäkkien kohdalta 24 tunnin kuluessa aurauksesta. Vaatimus lisättiin urakkasopimuksiin talvesta 2023–2024 alkaen.',
      'Kundpanelen och äldrerådet berättade att plogvallar vid övergångsställen gör det svårt att ta sig fram med rollator och barnvagn.\n\nEntreprenörerna tar bort vallarna vid övergångsställen och busshållplatser inom 24 timmar efter plogningen.',
      'The customer panel and the elderly council told us that snow banks left at pedestrian crossings block people with walkers and prams.\n\nThe contractors now remove the banks at crossings and bus stops within 24 hours of ploughing. The requirement was added to the contracts from winter 2023–2024.',
    ],
    themes: ['lumityot'],
    status: 'done',
    opened: '2023-09-28',
    due: '2023-12-01',
    completed: '2023-12-01',
    unit: 'Kadunpito',
    influence: 'own',
    meeting: '2023-09-asiakasraati',
  },
  {
    id: 'A-2023-004',
    title: [
      'Koulureittien hiekoitus ennen klo 7.30',
      'Sandning av skolvägar före kl. 7.30',
      'Gritting routes to school before 7.30',
    ],
    themes: ['lumityot'],
    status: 'done',
    opened: '2023-12-11',
    due: '2024-01-08',
    completed: '2024-01-08',
    unit: 'Kadunpito',
    influence: 'own',
  },
  {
    id: 'A-2024-006',
    title: ['Aurauksen seurantakartta verkkoon', 'Karta över plogningen på nätet', 'Live snow ploughing map online'],
    description: [
      'Moni kysyi, milloin oma katu aurataan. Verkkosivuilla on talvesta 2024–2025 alkaen kartta, josta näkee, milloin katu on viimeksi aurattu tai hiekoitettu.',
      'Många frågade när den egna gatan plogas. Från vintern 2024–2025 finns en karta på webbplatsen som visar när gatan senast plogades eller sandades.',
      'Many people asked when their street would be ploughed. Since winter 2024–2025 the website has a map showing when each street was last ploughed or gritted.',
    ],
    themes: ['lumityot', 'asiointi'],
    status: 'done',
    opened: '2024-02-08',
    due: '2024-12-01',
    completed: '2024-11-29',
    unit: 'Kadunpito ja digitiimi',
    influence: 'organisation',
    meeting: '2024-02-asiakasraati',
  },
  {
    id: 'A-2024-007',
    title: [
      'Kaupunki poistaa aurausvallit tonttiliittymistä',
      'Staden tar bort plogvallar vid tomtinfarter',
      'The city clears snow banks from driveway entrances',
    ],
    themes: ['lumityot'],
    status: 'declined',
    opened: '2024-01-15',
    unit: 'Kadunpito',
    influence: 'outside',
    reason: [
      'Kunnossapitolain mukaan tonttiliittymän kunnossapito, myös aurausvallin poisto, kuuluu kiinteistön omistajalle. Kaupunki ei voi käyttää verovaroja yksityisten liittymien hoitoon. Olemme pyytäneet urakoitsijoita jättämään liittymiin mahdollisimman pienen vallin, ja ikääntyneille on tarjolla nuorten lumityöapua (toimenpide A-2024-019).',
      'Enligt lagen om underhåll av gator ansvarar fastighetsägaren för tomtinfarten, också för att ta bort plogvallen. Staden kan inte använda skattemedel för privata infarter. Vi har bett entreprenörerna lämna så små vallar som möjligt, och äldre kan få snöröjningshjälp av unga (åtgärd A-2024-019).',
      'Under the street maintenance act, the property owner is responsible for the driveway entrance, including removing the snow bank. The city cannot use tax money on private driveways. We have asked the contractors to leave as small a bank as possible, and older residents can get snow-clearing help from young people (action A-2024-019).',
    ],
  },
  {
    id: 'A-2024-008',
    title: [
      'Pääpyöräreittien harjasuolaus',
      'Sopsaltning av huvudcykelleder',
      'Brush-and-salt winter maintenance on main cycle routes',
    ],
    description: [
      'Pyöräilijät toivoivat talvella sulaa ja tasaista pintaa. Harjasuolausta kokeiltiin talvella 2024–2025 Asemakadun ja Koulukadun pyöräteillä. Kokeilu laajenee talvella 2025–2026 kaikille pääpyöräreiteille, ja tulokset arvioidaan asiakasraadin kanssa.',
      '',
      'Cyclists asked for a bare, even surface in winter. Brush-and-salt maintenance was piloted in winter 2024–2025 on the Asemakatu and Koulukatu cycle paths. In winter 2025–2026 it is extended to all main cycle routes, and the results will be evaluated with the customer panel.',
    ],
    themes: ['lumityot', 'kadut-ja-pyoratiet'],
    status: 'in-progress',
    opened: '2024-05-23',
    due: '2027-04-30',
    progress: 60,
    unit: 'Kadunpito',
    influence: 'own',
    meeting: '2024-05-asiakasraati',
  },
  {
    id: 'A-2024-009',
    title: [
      'Valtion teiden aurauspalaute ELY-keskukselle',
      'Respons om plogning av statens vägar till NTM-centralen',
      'Feedback on ploughing state roads passed to the ELY Centre',
    ],
    description: [
      'Kuusijärventien, Rantatien ja Harjuntien talvihoidosta vastaa ELY-keskus, ei kaupunki. Kokoamme näitä teitä koskevat palautteet kuukausittain ja välitämme ne ELY-keskukselle. Talvikaudesta 2024–2025 alkaen julkaisemme ELY-keskuksen vastaukset tällä sivulla.',
      'Statens vägar sköts av NTM-centralen, inte av staden. Vi samlar responsen varje månad och skickar den vidare.',
      'Winter maintenance of Kuusijärventie, Rantatie and Harjuntie is the responsibility of the ELY Centre, not the city. We collect feedback on these roads every month and pass it on to the ELY Centre. Since winter 2024–2025 we publish their replies here.',
    ],
    themes: ['lumityot'],
    status: 'done',
    opened: '2024-02-08',
    due: '2024-11-01',
    completed: '2024-10-28',
    unit: 'Kadunpito',
    influence: 'outside',
  },
  {
    id: 'A-2024-010',
    title: ['Lumenvastaanottopaikka Harjuun', 'Snötipp i Harju', 'A snow disposal site in Harju'],
    themes: ['lumityot'],
    status: 'in-progress',
    opened: '2024-10-03',
    due: '2027-11-30',
    progress: 35,
    unit: 'Kadunpito ja kaavoitus',
    influence: 'organisation',
    meeting: '2024-10-asiakasraati',
  },
  {
    id: 'A-2024-011',
    title: [
      'Hiekoitushiekan poisto keskustasta ennen vappua',
      'Sanden sopas bort i centrum före valborg',
      'Grit swept from the centre before May Day',
    ],
    themes: ['lumityot', 'kadut-ja-pyoratiet'],
    status: 'done',
    opened: '2024-03-11',
    due: '2024-04-30',
    completed: '2024-04-26',
    unit: 'Kadunpito',
    influence: 'own',
  },
  {
    id: 'A-2024-019',
    title: [
      'Nuorten lumityöapu ikääntyneiden pihoille',
      'Ungas snöröjningshjälp på äldres gårdar',
      'Young people help older residents clear snow',
    ],
    description: [
      'Vanhusneuvosto toi esiin, että moni yksin asuva ikääntynyt ei jaksa avata pihaansa aurausvallin jälkeen. Nuorisopalvelut palkkaa talvikaudeksi 15–17-vuotiaita nuoria, jotka auttavat lumitöissä viikonloppuisin. Apua tilataan asiointipisteestä.',
      'Äldrerådet lyfte fram att många äldre som bor ensamma inte orkar skotta efter plogningen. Ungdomstjänsterna anställer unga i åldern 15–17 som hjälper till på veckosluten.',
      'The elderly council pointed out that many older people living alone cannot clear their yard after the plough has passed. Youth services hire 15–17-year-olds for the winter season to help with snow at weekends. Help is booked through the service point.',
    ],
    themes: ['lumityot', 'ikaantyneiden-palvelut', 'nuorisotilat'],
    status: 'done',
    opened: '2024-12-04',
    due: '2025-01-15',
    completed: '2025-01-13',
    unit: 'Nuorisopalvelut',
    influence: 'own',
    meeting: '2024-12-vanhusneuvosto',
  },
  {
    id: 'A-2025-004',
    title: [
      'Liukkaustiedote kaupungin verkkosivuille ja sovellukseen',
      'Halkvarning på stadens webbplats och i appen',
      'Slipperiness alerts on the city website and app',
    ],
    themes: ['lumityot', 'asiointi'],
    status: 'done',
    opened: '2025-02-06',
    due: '2025-11-15',
    completed: '2025-11-10',
    unit: 'Kadunpito ja viestintä',
    influence: 'organisation',
    meeting: '2025-02-asiakasraati',
  },
  {
    id: 'A-2026-003',
    title: [
      'Talvihoidon laatuvaatimukset uuteen kunnossapitourakkaan',
      'Kvalitetskrav för vinterunderhållet i den nya entreprenaden',
      '',
    ],
    description: [
      'Nykyinen kunnossapitourakka päättyy syksyllä 2027. Asiakasraadin arvioiden ja palautteiden perusteella uuteen urakkaan kirjataan tiukemmat toimenpideajat asuinkaduille ja kevyen liikenteen väylille.',
      '',
      '',
    ],
    themes: ['lumityot', 'kadut-ja-pyoratiet'],
    status: 'planned',
    opened: '2026-10-08',
    due: '2027-09-30',
    progress: 10,
    unit: 'Kadunpito',
    influence: 'organisation',
    meeting: '2026-10-asiakasraati',
  },

  // --- Kadut ja pyörätiet --------------------------------------------------------------------
  {
    id: 'A-2023-005',
    title: [
      'Korotettu suojatie Koulukadulle Kirkonkylän koulun kohdalle',
      'Upphöjt övergångsställe på Koulukatu vid Kirkonkylän koulu',
      'Raised pedestrian crossing on Koulukatu at Kirkonkylä school',
    ],
    themes: ['kadut-ja-pyoratiet'],
    status: 'done',
    opened: '2023-10-19',
    due: '2024-09-30',
    completed: '2024-08-09',
    unit: 'Liikennesuunnittelu',
    influence: 'own',
    meeting: '2023-10-lasten-parlamentti',
  },
  {
    id: 'A-2024-012',
    title: [
      'Pyörätieyhteys Harjusta keskustaan',
      'Cykelväg från Harju till centrum',
      'Cycle path link from Harju to the centre',
    ],
    description: [
      'Harjun ja keskustan välillä puuttuu noin 600 metrin pätkä pyörätietä, ja pyöräilijät joutuvat ajamaan Harjuntien ajoradalla. Puuttuva osuus on otettu katujen investointiohjelmaan. Suunnitelma valmistui 2025 ja rakentaminen alkoi syyskuussa 2026.',
      'Mellan Harju och centrum saknas cirka 600 meter cykelväg. Sträckan finns i investeringsprogrammet och byggs 2026–2027.',
      'About 600 metres of cycle path are missing between Harju and the centre, so cyclists have to ride on the Harjuntie carriageway. The missing section is in the street investment programme. The plan was finished in 2025 and construction started in September 2026.',
    ],
    themes: ['kadut-ja-pyoratiet'],
    status: 'in-progress',
    opened: '2024-04-17',
    due: '2027-06-30',
    progress: 45,
    unit: 'Kaupunkitekniikka',
    influence: 'organisation',
    meeting: '2024-04-nuorisovaltuusto',
  },
  {
    id: 'A-2024-013',
    title: ['Katuvalot LED-valoiksi Myllymäessä', 'LED-gatubelysning i Myllymäki', 'LED street lights in Myllymäki'],
    themes: ['kadut-ja-pyoratiet'],
    status: 'done',
    opened: '2024-03-04',
    due: '2024-11-30',
    completed: '2024-10-31',
    unit: 'Kaupunkitekniikka',
    influence: 'own',
  },
  {
    id: 'A-2024-014',
    title: [
      'Kuoppailmoitukset karttapalveluun ja kevään paikkauskierros',
      '',
      'Pothole reports on the map service and a spring patching round',
    ],
    themes: ['kadut-ja-pyoratiet', 'asiointi'],
    status: 'done',
    opened: '2024-04-02',
    due: '2025-04-30',
    completed: '2025-04-14',
    unit: 'Kadunpito',
    influence: 'own',
  },
  {
    id: 'A-2025-005',
    title: [
      'Nopeusrajoitus 30 km/h asuinalueille',
      'Hastighetsbegränsning 30 km/h i bostadsområden',
      '30 km/h speed limit in residential areas',
    ],
    description: [
      'Lasten parlamentti ja useat asukkaat pyysivät hitaampia nopeuksia koulujen ja asuinalueiden kaduille. Tekninen lautakunta hyväksyi keväällä 2026 uuden nopeusrajoitussuunnitelman; merkit vaihdetaan alueittain vuosina 2026–2027.',
      '',
      '',
    ],
    themes: ['kadut-ja-pyoratiet'],
    status: 'in-progress',
    opened: '2025-03-20',
    due: '2027-10-31',
    progress: 55,
    unit: 'Liikennesuunnittelu',
    influence: 'organisation',
    meeting: '2025-03-lasten-parlamentti',
  },
  {
    id: 'A-2025-006',
    title: [
      'Kevyen liikenteen silta Kuusijärven yli',
      'Gång- och cykelbro över Kuusijärvi',
      'A pedestrian and cycle bridge across Lake Kuusijärvi',
    ],
    themes: ['kadut-ja-pyoratiet'],
    status: 'declined',
    opened: '2025-05-22',
    unit: 'Kaupunkitekniikka',
    influence: 'organisation',
    reason: [
      'Sillan hinnaksi arvioitiin noin 6 miljoonaa euroa, mikä on enemmän kuin kaupungin koko vuoden katuinvestoinnit. Sillalle ei löydy rahoitusta tämän valtuustokauden investointiohjelmasta. Rakennamme sen sijaan puuttuvan pyörätieyhteyden Harjusta keskustaan (A-2024-012), joka lyhentää samaa matkaa.',
      'Bron beräknades kosta cirka 6 miljoner euro, mer än stadens gatuinvesteringar under ett helt år. Det finns ingen finansiering i investeringsprogrammet. I stället bygger vi cykelvägen från Harju till centrum (A-2024-012).',
      'The bridge was estimated to cost about 6 million euros, more than the city’s street investments for a whole year. There is no funding for it in this council term’s investment programme. Instead we are building the missing cycle link from Harju to the centre (A-2024-012), which shortens the same journey.',
    ],
  },
  {
    id: 'A-2025-007',
    title: ['Asemanseudun pyöräpysäköinnin laajennus', 'Utökad cykelparkering vid stationen', ''],
    themes: ['kadut-ja-pyoratiet', 'joukkoliikenne'],
    status: 'done',
    opened: '2025-04-16',
    due: '2025-09-30',
    completed: '2025-09-19',
    unit: 'Kaupunkitekniikka',
    influence: 'own',
    meeting: '2025-04-nuorisovaltuusto',
  },

  // --- Joukkoliikenne ------------------------------------------------------------------------
  {
    id: 'A-2023-006',
    title: [
      'Iltavuorot linjalle 3: esitys seudulliselle joukkoliikenneviranomaiselle',
      'Kvällsturer på linje 3: förslag till den regionala trafikmyndigheten',
      'Evening services on route 3: proposal to the regional transport authority',
    ],
    description: [
      'Nuoret ja Harjun asukkaat toivoivat, että linja 3 kulkisi myös arki-iltaisin. Kaupunki ei päätä linjoista itse, joten veimme toiveen seudulliselle joukkoliikenneviranomaiselle. Iltavuorot klo 22 asti lisättiin elokuun 2025 aikatauluihin.',
      'Unga och invånare i Harju önskade kvällsturer på linje 3. Staden bestämmer inte själv över linjerna, så vi förde önskemålet vidare. Kvällsturer till kl. 22 lades till i tidtabellerna från augusti 2025.',
      'Young people and Harju residents wanted route 3 to run on weekday evenings too. The city does not decide on routes itself, so we took the wish to the regional public transport authority. Evening services until 22.00 were added to the August 2025 timetables.',
    ],
    themes: ['joukkoliikenne'],
    status: 'done',
    opened: '2023-11-15',
    due: '2025-08-11',
    completed: '2025-08-11',
    unit: 'Liikennesuunnittelu',
    influence: 'outside',
    meeting: '2023-11-nuorisovaltuusto',
  },
  {
    id: 'A-2024-015',
    title: [
      'Katos Rantakylän koulun pysäkille',
      'Väderskydd vid hållplatsen vid Rantakylän koulu',
      'A shelter at the Rantakylä school bus stop',
    ],
    themes: ['joukkoliikenne'],
    status: 'done',
    opened: '2024-03-21',
    due: '2024-10-31',
    completed: '2024-09-27',
    unit: 'Kaupunkitekniikka',
    influence: 'own',
    meeting: '2024-03-lasten-parlamentti',
  },
  {
    id: 'A-2024-016',
    title: ['Sunnuntaivuorot linjalle 5', 'Söndagsturer på linje 5', 'Sunday services on route 5'],
    themes: ['joukkoliikenne'],
    status: 'declined',
    opened: '2024-06-10',
    unit: 'Liikennesuunnittelu',
    influence: 'outside',
    reason: [
      'Välitimme toiveen seudulliselle joukkoliikenneviranomaiselle, joka päättää linjoista. Viranomainen ei lisännyt vuoroja, koska linjan 5 lauantaivuoroissa on keskimäärin alle viisi matkustajaa ja sunnuntailiikenne maksaisi noin 90 000 euroa vuodessa. Asia arvioidaan uudelleen, kun Kankaan uusi asuinalue valmistuu.',
      'Vi förde önskemålet till den regionala trafikmyndigheten, som bestämmer över linjerna. Myndigheten lade inte till turer eftersom lördagsturerna på linje 5 har i genomsnitt färre än fem passagerare och söndagstrafik skulle kosta cirka 90 000 euro om året.',
      'We passed the wish on to the regional public transport authority, which decides on routes. It did not add services, because route 5’s Saturday services carry on average fewer than five passengers and Sunday services would cost about 90,000 euros a year. It will be looked at again when the new Kangas residential area is finished.',
    ],
  },
  {
    id: 'A-2024-017',
    title: [
      'Koulukuljetusten pysäkkien turvallisuuskatselmus',
      'Säkerhetsgenomgång av skolskjutsarnas hållplatser',
      'Safety review of school transport stops',
    ],
    themes: ['joukkoliikenne', 'kadut-ja-pyoratiet'],
    status: 'done',
    opened: '2024-08-19',
    due: '2025-05-31',
    completed: '2025-05-16',
    unit: 'Koulukuljetukset',
    influence: 'own',
  },
  {
    id: 'A-2025-008',
    title: [
      'Nuorten kesälippu 13–17-vuotiaille',
      'Sommarbiljett för unga i åldern 13–17',
      'A summer ticket for 13–17-year-olds',
    ],
    themes: ['joukkoliikenne', 'nuorisotilat'],
    status: 'in-progress',
    opened: '2025-11-12',
    due: '2027-05-31',
    progress: 30,
    unit: 'Nuorisopalvelut ja liikennesuunnittelu',
    influence: 'outside',
    meeting: '2025-11-nuorisovaltuusto',
  },
  {
    id: 'A-2026-004',
    title: [
      'Reaaliaikaiset aikataulunäytöt keskustan pysäkeille',
      'Realtidsskärmar vid hållplatserna i centrum',
      'Real-time departure screens at stops in the centre',
    ],
    themes: ['joukkoliikenne'],
    status: 'planned',
    opened: '2026-06-03',
    due: '2027-12-31',
    progress: 0,
    unit: 'Liikennesuunnittelu',
    influence: 'outside',
    meeting: '2026-06-vanhusneuvosto',
  },

  // --- Puistot -------------------------------------------------------------------------------
  {
    id: 'A-2023-007',
    title: [
      'Keinujen korjaus Pappilanpuiston leikkipuistossa',
      'Gungorna lagas i lekparken i Pappilanpuisto',
      'Repairing the swings in the Pappilanpuisto playground',
    ],
    themes: ['puistot'],
    status: 'done',
    opened: '2023-10-19',
    due: '2023-11-30',
    completed: '2023-11-14',
    unit: 'Viheralueet',
    influence: 'own',
    meeting: '2023-10-lasten-parlamentti',
  },
  {
    id: 'A-2024-018',
    title: [
      'Roska-astiat tyhjennetään kesällä kahdesti viikossa suosituimmissa puistoissa',
      'Soptunnorna töms två gånger i veckan på sommaren i de populäraste parkerna',
      'Litter bins emptied twice a week in summer in the busiest parks',
    ],
    themes: ['puistot', 'ymparisto'],
    status: 'done',
    opened: '2024-05-23',
    due: '2024-06-15',
    completed: '2024-06-03',
    unit: 'Viheralueet',
    influence: 'own',
    meeting: '2024-05-asiakasraati',
  },
  {
    id: 'A-2024-020',
    title: [
      'Esteetön leikkipaikka Keskuspuistoon',
      'Tillgänglig lekplats i Centralparken',
      'An accessible playground in the Central Park',
    ],
    description: [
      'Lasten parlamentti ehdotti leikkipaikkaa, jossa myös pyörätuolilla liikkuvat lapset voivat leikkiä. Leikkipaikka suunniteltiin yhdessä lasten parlamentin ja vammaisneuvoston kanssa. Rakentaminen alkoi elokuussa 2026 ja leikkipaikka avataan keväällä 2027.',
      'Barnparlamentet föreslog en lekplats där också barn i rullstol kan leka. Den planerades tillsammans med barnparlamentet och rådet för personer med funktionsnedsättning och öppnar våren 2027.',
      'The children’s parliament proposed a playground where children using wheelchairs can play too. It was designed together with the children’s parliament and the disability council. Construction started in August 2026 and the playground opens in spring 2027.',
    ],
    themes: ['puistot'],
    status: 'in-progress',
    opened: '2024-10-17',
    due: '2027-05-31',
    progress: 70,
    unit: 'Viheralueet',
    influence: 'organisation',
    meeting: '2024-10-lasten-parlamentti',
  },
  {
    id: 'A-2024-021',
    title: ['Koirapuisto Harjuun', 'Hundpark i Harju', 'A dog park in Harju'],
    themes: ['puistot'],
    status: 'done',
    opened: '2024-02-19',
    due: '2024-09-30',
    completed: '2024-09-06',
    unit: 'Viheralueet',
    influence: 'own',
  },
  {
    id: 'A-2024-022',
    title: [
      '20 uutta penkkiä kävelyreittien varrelle',
      '20 nya bänkar längs promenadstråken',
      '20 new benches along walking routes',
    ],
    description: [
      'Vanhusneuvosto kartoitti jäsentensä kanssa reitit, joilla levähdyspaikkoja on liian harvassa. Penkit sijoitettiin enintään 200 metrin välein palvelukeskus Kuusikon, terveysaseman ja keskustan välisille reiteille.',
      '',
      'The elderly council mapped with its members the routes where there are too few places to rest. The benches were placed no more than 200 metres apart on the routes between the Kuusikko service centre, the health centre and the city centre.',
    ],
    themes: ['puistot', 'ikaantyneiden-palvelut'],
    status: 'done',
    opened: '2024-08-28',
    due: '2025-06-15',
    completed: '2025-05-30',
    unit: 'Viheralueet',
    influence: 'own',
    meeting: '2024-08-vanhusneuvosto',
  },
  {
    id: 'A-2025-009',
    title: [
      'Leikkipaikkaohjelman päivitys lasten ehdotusten pohjalta',
      'Lekplatsprogrammet uppdateras utifrån barnens förslag',
      'Playground programme updated with children’s proposals',
    ],
    themes: ['puistot'],
    status: 'done',
    opened: '2025-03-20',
    due: '2025-12-31',
    completed: '2025-12-12',
    unit: 'Viheralueet',
    influence: 'own',
    meeting: '2025-03-lasten-parlamentti',
  },
  {
    id: 'A-2025-010',
    title: ['Vesileikkipaikka Rantapuistoon', 'Vattenlekplats i Strandparken', 'A splash pad in the Shore Park'],
    themes: ['puistot'],
    status: 'declined',
    opened: '2025-10-16',
    unit: 'Viheralueet',
    influence: 'organisation',
    meeting: '2025-10-lasten-parlamentti',
    reason: [
      'Vesileikkipaikan rakentaminen maksaisi noin 400 000 euroa ja sen vedenlaatua pitäisi valvoa päivittäin koko kesän. Näihin ei ole rahoitusta. Rantapuiston uimarannalle tehdään sen sijaan lasten kahluualue, ja esteetön leikkipaikka rakennetaan Keskuspuistoon.',
      'En vattenlekplats skulle kosta cirka 400 000 euro och vattenkvaliteten skulle behöva övervakas dagligen hela sommaren. Det finns ingen finansiering för det.',
      'A splash pad would cost about 400,000 euros and its water quality would have to be monitored daily all summer. There is no funding for this. Instead, a shallow paddling area is being made at the Shore Park beach, and the accessible playground is being built in the Central Park.',
    ],
  },
  {
    id: 'A-2026-005',
    title: ['Varjoa tuovia puita Torin leikkipaikalle', 'Träd som ger skugga vid lekplatsen på torget', ''],
    themes: ['puistot', 'ymparisto'],
    status: 'planned',
    opened: '2026-10-15',
    due: '2027-06-15',
    progress: 0,
    unit: 'Viheralueet',
    influence: 'own',
    meeting: '2026-10-lasten-parlamentti',
  },
  {
    id: 'A-2026-006',
    title: ['Juomapiste Rantapuistoon', 'Vattenpost i Strandparken', 'A drinking fountain in the Shore Park'],
    themes: ['puistot'],
    status: 'done',
    opened: '2026-02-05',
    due: '2026-06-15',
    completed: '2026-06-05',
    unit: 'Viheralueet',
    influence: 'own',
  },

  // --- Kirjastot -----------------------------------------------------------------------------
  {
    id: 'A-2024-023',
    title: [
      'Sunnuntaiaukiolo Keskustan kirjastoon',
      'Söndagsöppet i huvudbiblioteket',
      'Sunday opening at the main library',
    ],
    description: [
      'Sunnuntaiaukioloa toivottiin palautteissa ja kirjaston asiakaskyselyssä enemmän kuin mitään muuta. Keskustan kirjasto on syyskuusta 2024 alkaen auki sunnuntaisin klo 12–16. Aukiolo toteutettiin siirtämällä henkilöstön työaikaa hiljaisilta arkiaamuilta.',
      'Söndagsöppet önskades mer än något annat. Huvudbiblioteket har sedan september 2024 öppet på söndagar kl. 12–16.',
      'Sunday opening was asked for more than anything else in feedback and in the library’s customer survey. Since September 2024 the main library has been open on Sundays from 12 to 16. Staff hours were moved from quiet weekday mornings to make this possible.',
    ],
    themes: ['kirjastot'],
    status: 'done',
    opened: '2024-02-26',
    due: '2024-09-01',
    completed: '2024-09-01',
    unit: 'Kirjastopalvelut',
    influence: 'own',
  },
  {
    id: 'A-2024-024',
    title: [
      'Omatoimikirjasto Rantakylään',
      'Meröppet bibliotek i Rantakylä',
      'Self-service opening hours at Rantakylä library',
    ],
    themes: ['kirjastot'],
    status: 'done',
    opened: '2024-01-22',
    due: '2024-06-30',
    completed: '2024-05-27',
    unit: 'Kirjastopalvelut',
    influence: 'own',
  },
  {
    id: 'A-2024-025',
    title: [
      'Kirjastoauto Kuusken uusi pysäkki Kankaalle',
      'Ny hållplats för biblioteksbussen Kuuski i Kangas',
      'A new Kangas stop for the mobile library Kuuski',
    ],
    themes: ['kirjastot'],
    status: 'done',
    opened: '2024-08-28',
    due: '2024-10-31',
    completed: '2024-10-07',
    unit: 'Kirjastopalvelut',
    influence: 'own',
    meeting: '2024-08-vanhusneuvosto',
  },
  {
    id: 'A-2025-011',
    title: [
      'Lisää ruotsinkielistä lastenkirjallisuutta',
      'Mer barnlitteratur på svenska',
      'More children’s books in Swedish',
    ],
    themes: ['kirjastot'],
    status: 'done',
    opened: '2025-01-20',
    due: '2025-12-31',
    completed: '2025-12-19',
    unit: 'Kirjastopalvelut',
    influence: 'own',
  },
  {
    id: 'A-2025-012',
    title: [
      'Hiljainen lukusali ja etätyöpisteet pääkirjastoon',
      'Tyst läsesal och distansarbetsplatser i huvudbiblioteket',
      'A quiet reading room and remote-work desks in the main library',
    ],
    themes: ['kirjastot'],
    status: 'in-progress',
    opened: '2025-06-09',
    due: '2027-02-28',
    progress: 65,
    unit: 'Kirjastopalvelut ja tilapalvelut',
    influence: 'organisation',
  },
  {
    id: 'A-2025-013',
    title: [
      'Harjun lähikirjasto auki lauantaisin henkilökunnan kanssa',
      'Närbiblioteket i Harju öppet med personal på lördagar',
      'Harju branch library staffed on Saturdays',
    ],
    themes: ['kirjastot'],
    status: 'declined',
    opened: '2025-02-17',
    unit: 'Kirjastopalvelut',
    influence: 'organisation',
    reason: [
      'Henkilökunnan lauantaityö vaatisi kaksi uutta tointa, eikä niille ole budjetissa rahaa. Harjun kirjastoon avataan sen sijaan omatoimiaukiolo, jolloin kirjastoon pääsee kirjastokortilla myös lauantaisin (A-2026-007).',
      'Lördagsöppet med personal skulle kräva två nya tjänster och det finns inga pengar för dem i budgeten. I stället öppnas meröppet i Harju (A-2026-007).',
      '',
    ],
  },
  {
    id: 'A-2026-007',
    title: [
      'Omatoimiaukiolo Harjun lähikirjastoon',
      'Meröppet i närbiblioteket i Harju',
      'Self-service opening at Harju branch library',
    ],
    themes: ['kirjastot'],
    status: 'planned',
    opened: '2026-01-12',
    due: '2027-03-31',
    progress: 15,
    unit: 'Kirjastopalvelut',
    influence: 'own',
  },
  {
    id: 'A-2026-008',
    title: [
      'Pelikerho ja konsolipelit nuorille pääkirjastossa',
      'Spelklubb och konsolspel för unga i huvudbiblioteket',
      'A gaming club and consoles for young people at the main library',
    ],
    themes: ['kirjastot', 'nuorisotilat'],
    status: 'done',
    opened: '2026-04-15',
    due: '2026-09-30',
    completed: '2026-09-07',
    unit: 'Kirjastopalvelut ja nuorisopalvelut',
    influence: 'own',
    meeting: '2026-04-nuorisovaltuusto',
  },

  // --- Liikuntapaikat ------------------------------------------------------------------------
  {
    id: 'A-2024-026',
    title: [
      'Uimahalli auki arkiaamuisin klo 6 alkaen',
      'Simhallen öppen från kl. 6 på vardagsmorgnar',
      'Swimming hall open from 6 a.m. on weekdays',
    ],
    themes: ['liikuntapaikat'],
    status: 'done',
    opened: '2024-01-29',
    due: '2024-08-12',
    completed: '2024-08-12',
    unit: 'Liikuntapalvelut',
    influence: 'own',
  },
  {
    id: 'A-2024-027',
    title: [
      'Seniorien maksuttomat aamupäivävuorot uimahallissa',
      'Gratis förmiddagsturer för seniorer i simhallen',
      'Free morning sessions for seniors at the swimming hall',
    ],
    themes: ['liikuntapaikat', 'ikaantyneiden-palvelut'],
    status: 'done',
    opened: '2024-12-04',
    due: '2025-01-31',
    completed: '2025-01-07',
    unit: 'Liikuntapalvelut',
    influence: 'own',
    meeting: '2024-12-vanhusneuvosto',
  },
  {
    id: 'A-2025-014',
    title: ['Valaistu latu Kankaalle', 'Belyst skidspår i Kangas', 'A lit ski track in Kangas'],
    themes: ['liikuntapaikat'],
    status: 'in-progress',
    opened: '2025-04-15',
    due: '2026-12-31',
    progress: 80,
    unit: 'Liikuntapalvelut',
    influence: 'own',
  },
  {
    id: 'A-2025-015',
    title: ['Ulkokuntosali Rantapuistoon', 'Utegym i Strandparken', 'An outdoor gym in the Shore Park'],
    themes: ['liikuntapaikat', 'puistot'],
    status: 'done',
    opened: '2025-04-16',
    due: '2025-09-30',
    completed: '2025-08-29',
    unit: 'Liikuntapalvelut',
    influence: 'own',
    meeting: '2025-04-nuorisovaltuusto',
  },
  {
    id: 'A-2025-016',
    title: ['Kaupungin omat padel-kentät', 'Stadens egna padelbanor', 'City-run padel courts'],
    themes: ['liikuntapaikat'],
    status: 'declined',
    opened: '2025-06-16',
    unit: 'Liikuntapalvelut',
    influence: 'own',
    reason: [
      'Kuusijärvellä on kaksi yksityistä padel-hallia, joissa on yhteensä yhdeksän kenttää ja vapaita vuoroja päivisin. Kaupunki keskittää liikuntapaikkainvestoinnit lajeihin, joita yksityiset eivät tarjoa, kuten latuihin ja lähiliikuntapaikkoihin.',
      'Det finns två privata padelhallar med sammanlagt nio banor i Kuusijärvi. Staden satsar på idrottsplatser som privata aktörer inte erbjuder, som skidspår och närmotionsplatser.',
      'There are two private padel halls in Kuusijärvi with nine courts between them and free slots in the daytime. The city focuses its sports investments on facilities private operators do not provide, such as ski tracks and neighbourhood exercise areas.',
    ],
  },
  {
    id: 'A-2026-009',
    title: ['Keskuskentän tekonurmen uusiminen', 'Konstgräset på Centralplanen förnyas', ''],
    themes: ['liikuntapaikat'],
    status: 'planned',
    opened: '2026-09-14',
    due: '2027-08-31',
    progress: 0,
    unit: 'Liikuntapalvelut',
    influence: 'organisation',
  },

  // --- Nuorisotilat --------------------------------------------------------------------------
  {
    id: 'A-2023-008',
    title: [
      'Nuorisotalo Kipinä auki perjantai- ja lauantai-iltaisin',
      'Ungdomsgården Kipinä öppen fredags- och lördagskvällar',
      'Kipinä youth centre open on Friday and Saturday evenings',
    ],
    description: [
      'Nuorisovaltuusto esitti, että keskustan nuorilla olisi turvallinen paikka viikonloppuiltaisin. Kipinä on tammikuusta 2024 alkaen auki perjantaisin ja lauantaisin klo 18–23.',
      'Ungdomsfullmäktige föreslog att unga i centrum skulle ha en trygg plats på veckoslutskvällarna. Kipinä har sedan januari 2024 öppet på fredagar och lördagar kl. 18–23.',
      'The youth council proposed a safe place for young people in the centre on weekend evenings. Since January 2024 Kipinä has been open on Fridays and Saturdays from 18 to 23.',
    ],
    themes: ['nuorisotilat'],
    status: 'done',
    opened: '2023-11-15',
    due: '2024-01-12',
    completed: '2024-01-12',
    unit: 'Nuorisopalvelut',
    influence: 'own',
    meeting: '2023-11-nuorisovaltuusto',
  },
  {
    id: 'A-2024-028',
    title: ['Bänditila Harjun Verstakselle', 'Replokal i Harjun Verstas', 'A band rehearsal room at Harjun Verstas'],
    themes: ['nuorisotilat', 'kulttuuri'],
    status: 'done',
    opened: '2024-04-17',
    due: '2024-12-31',
    completed: '2024-11-22',
    unit: 'Nuorisopalvelut',
    influence: 'own',
    meeting: '2024-04-nuorisovaltuusto',
  },
  {
    id: 'A-2024-029',
    title: ['Skeittiparkin valaistus Harjussa', 'Belysning i skateparken i Harju', 'Lighting for the Harju skate park'],
    themes: ['nuorisotilat', 'liikuntapaikat'],
    status: 'done',
    opened: '2024-11-13',
    due: '2025-10-31',
    completed: '2025-10-03',
    unit: 'Liikuntapalvelut',
    influence: 'own',
    meeting: '2024-11-nuorisovaltuusto',
  },
  {
    id: 'A-2025-017',
    title: [
      'Rantakylän nuorisotilan remontti nuorten suunnitelmien mukaan',
      'Ungdomslokalen i Rantakylä renoveras enligt ungas planer',
      'Rantakylä youth space renovated to young people’s designs',
    ],
    themes: ['nuorisotilat'],
    status: 'in-progress',
    opened: '2025-04-16',
    due: '2026-12-31',
    progress: 85,
    unit: 'Nuorisopalvelut ja tilapalvelut',
    influence: 'organisation',
    meeting: '2025-04-nuorisovaltuusto',
  },
  {
    id: 'A-2025-018',
    title: ['Oma nuorisotila Kankaalle', 'En egen ungdomslokal i Kangas', 'A youth space of its own in Kangas'],
    themes: ['nuorisotilat'],
    status: 'declined',
    opened: '2025-11-12',
    unit: 'Nuorisopalvelut',
    influence: 'organisation',
    meeting: '2025-11-nuorisovaltuusto',
    reason: [
      'Kankaalta ei löytynyt kaupungin omistamaa tilaa, ja vuokratila maksaisi noin 40 000 euroa vuodessa ennen henkilöstökuluja. Liikkuvan nuorisotyön auto käy sen sijaan Kankaalla kahtena iltana viikossa, ja alueen nuorille järjestetään kuljetus Kipinän tapahtumiin.',
      'Det fanns ingen lokal som staden äger i Kangas, och en hyrd lokal skulle kosta cirka 40 000 euro om året före personalkostnader. I stället besöker det mobila ungdomsarbetets bil Kangas två kvällar i veckan.',
      'No city-owned premises were found in Kangas, and rented premises would cost about 40,000 euros a year before staff costs. Instead, the mobile youth work van visits Kangas two evenings a week, and transport to Kipinä’s events is arranged for young people from the area.',
    ],
  },
  {
    id: 'A-2026-010',
    title: [
      'Liikkuva nuorisotyö keskustassa viikonloppuisin',
      'Mobilt ungdomsarbete i centrum under veckosluten',
      'Mobile youth work in the centre at weekends',
    ],
    themes: ['nuorisotilat'],
    status: 'done',
    opened: '2026-04-15',
    due: '2026-06-30',
    completed: '2026-06-05',
    unit: 'Nuorisopalvelut',
    influence: 'own',
  },
  {
    id: 'A-2026-011',
    title: ['Nuorten oma tapahtumabudjetti 5 000 euroa', 'En egen evenemangsbudget på 5 000 euro för unga', ''],
    themes: ['nuorisotilat', 'kulttuuri'],
    status: 'in-progress',
    opened: '2026-11-11',
    due: '2027-05-31',
    progress: 10,
    unit: 'Nuorisopalvelut',
    influence: 'own',
    meeting: '2026-11-nuorisovaltuusto',
  },

  // --- Varhaiskasvatus -----------------------------------------------------------------------
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

  // --- Kulttuuri -----------------------------------------------------------------------------
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

  // --- Ikääntyneiden palvelut ----------------------------------------------------------------
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

  // --- Asiointi ------------------------------------------------------------------------------
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

  // --- Ympäristö -----------------------------------------------------------------------------
  {
    id: 'A-2024-035',
    title: [
      'Uimarantojen sinilevätilanne verkkoon viikoittain',
      'Blågrönalgsläget vid badstränderna på nätet varje vecka',
      'Weekly blue-green algae status of beaches online',
    ],
    themes: ['ymparisto'],
    status: 'done',
    opened: '2024-06-17',
    due: '2024-07-01',
    completed: '2024-06-28',
    unit: 'Ympäristöpalvelut',
    influence: 'own',
  },
  {
    id: 'A-2025-025',
    title: [
      'Lisää roska-astioita rantareitille',
      'Fler soptunnor längs strandleden',
      'More litter bins along the shore trail',
    ],
    themes: ['ymparisto', 'puistot'],
    status: 'done',
    opened: '2025-05-22',
    due: '2025-06-30',
    completed: '2025-06-12',
    unit: 'Viheralueet',
    influence: 'own',
    meeting: '2025-05-asiakasraati',
  },
  {
    id: 'A-2025-026',
    title: [
      'Kuusijärven vedenlaadun kunnostussuunnitelma',
      'Restaureringsplan för vattenkvaliteten i Kuusijärvi',
      'Restoration plan for Lake Kuusijärvi’s water quality',
    ],
    description: [
      'Sinilevä ja järven rehevöityminen ovat kesäpalautteen yleisimpiä aiheita. Kunnostussuunnitelma tehdään yhdessä ELY-keskuksen ja vesialueen osakaskuntien kanssa; ruoppaukset ja hapetus vaativat aluehallintoviraston luvan, jota kaupunki ei voi itse myöntää.',
      '',
      'Blue-green algae and the lake’s eutrophication are among the most common summer feedback topics. The restoration plan is being made together with the ELY Centre and the shareholders of the water area; dredging and oxygenation need a permit from the Regional State Administrative Agency, which the city cannot grant itself.',
    ],
    themes: ['ymparisto'],
    status: 'in-progress',
    opened: '2025-08-25',
    due: '2027-12-31',
    progress: 25,
    unit: 'Ympäristöpalvelut',
    influence: 'outside',
  },
  {
    id: 'A-2026-014',
    title: [
      'Vieraslajitalkoot lupiinin ja jättipalsamin poistamiseksi',
      'Talkon för att ta bort lupiner och jättebalsamin',
      'Volunteer days to remove lupins and Himalayan balsam',
    ],
    themes: ['ymparisto'],
    status: 'done',
    opened: '2026-05-21',
    due: '2026-08-31',
    completed: '2026-08-21',
    unit: 'Ympäristöpalvelut',
    influence: 'own',
    meeting: '2026-05-asiakasraati',
  },
  {
    id: 'A-2026-015',
    title: [
      'Uimarannan kahluualue lapsille Rantapuistoon',
      'Plaskområde för barn vid stranden i Strandparken',
      'A children’s paddling area at the Shore Park beach',
    ],
    themes: ['ymparisto', 'puistot'],
    status: 'in-progress',
    opened: '2026-02-05',
    due: '2027-06-15',
    progress: 30,
    unit: 'Ympäristöpalvelut',
    influence: 'own',
  },
];

// ---------------------------------------------------------------------------------------------
// Feedback: themes, their seasons and the residents' words.

type FeedbackType = 'praise' | 'criticism' | 'idea' | 'question';
type Channel = 'web' | 'email' | 'phone' | 'meeting' | 'survey' | 'social' | 'visit' | 'other';

const SLOTS: Record<string, readonly string[]> = {
  koulussa: [
    'Kirkonkylän koulussa',
    'Rantakylän koulussa',
    'Harjun yhtenäiskoulussa',
    'Myllymäen koulussa',
    'Pappilan koulussa',
    'Keskustan koulussa',
    'Kankaan koulussa',
    'Kuusijärven yläkoulussa',
  ],
  katu: [
    'Torikatu',
    'Koulukatu',
    'Asemakatu',
    'Myllytie',
    'Pappilantie',
    'Harjunrinne',
    'Kuusikuja',
    'Rantakyläntie',
    'Kangasvuorentie',
    'Saunaniementie',
  ],
  kadulla: [
    'Torikadulla',
    'Koulukadulla',
    'Asemakadulla',
    'Myllytiellä',
    'Pappilantiellä',
    'Harjunrinteellä',
    'Kuusikujalla',
    'Rantakyläntiellä',
    'Kangasvuorentiellä',
    'Saunaniementiellä',
  ],
  puisto: [
    'Pappilanpuisto',
    'Keskuspuisto',
    'Rantapuisto',
    'Torin leikkipaikka',
    'Myllymäen leikkipuisto',
    'Harjun koirapuisto',
    'Kirkkopuisto',
  ],
  puistossa: [
    'Pappilanpuistossa',
    'Keskuspuistossa',
    'Rantapuistossa',
    'Torin leikkipaikalla',
    'Myllymäen leikkipuistossa',
    'Kirkkopuistossa',
    'Kangaspuistossa',
  ],
  alueella: [
    'Harjussa',
    'Rantakylässä',
    'Myllymäessä',
    'Kankaalla',
    'Pappilassa',
    'Kirkonkylässä',
    'keskustassa',
    'Saunaniemessä',
  ],
  kirjastossa: [
    'Keskustan kirjastossa',
    'Rantakylän kirjastossa',
    'Harjun kirjastossa',
    'pääkirjastossa',
    'kirjastoauto Kuuskessa',
  ],
  linja: ['1', '2', '3', '4', '5'],
  ruoka: [
    'kalapuikot',
    'lohikeitto',
    'makaronilaatikko',
    'pinaattiletut',
    'broileripasta',
    'kasvispyörykät',
    'jauhelihakeitto',
    'tortillat',
    'linssikeitto',
    'kalakeitto',
  ],
  nuorisotalossa: ['Kipinässä', 'Harjun Verstaksella', 'Rantakylän nuorisotilassa'],
  paivakodissa: [
    'Myllymäen päiväkodissa',
    'Pappilan päiväkodissa',
    'Harjun päiväkodissa',
    'Kirkonkylän päiväkodissa',
    'Rantakylän päiväkodissa',
    'Kankaan päiväkodissa',
  ],
  ranta: ['Kuusiniemen uimaranta', 'Rantapuiston uimaranta', 'Saunaniemen uimaranta', 'Harjunlammen uimapaikka'],
};

/**
 * The residents' words, by theme and type. `{slot}` is filled from SLOTS. A leading
 * `yyyy-mm-dd|` means the sentence only makes sense from that day on (it reacts to an action);
 * `|yyyy-mm-dd` at the end means until that day.
 */
const TEXTS: Record<string, Record<FeedbackType, readonly string[]>> = {
  kouluruoka: {
    praise: [
      'Kiitos keittiön henkilökunnalle {koulussa}, ruoka on ollut tällä viikolla tosi hyvää.',
      'Lapsi kehui, että {ruoka} oli parasta koko syksynä.',
      'Hyvä että kasvisruoka on nyt joka päivä tarjolla, meidän nuori on syönyt koulussa paremmin.',
      '2024-01-08|Kiitos että lohikeitto palasi listalle! Koko luokka iloitsi.',
      'Ruokalan henkilökunta on aina ystävällinen ja muistaa allergiat.',
      '2025-03-14|Suosikkiruokaviikko oli mahtava idea, toivottavasti sama ensi vuonna.',
      '2024-08-12|Nyt ehtii oikeasti syödä, kun ruokailuvuoroja porrastettiin.',
    ],
    criticism: [
      'Ruoka loppuu {koulussa} usein ennen kuin viimeiset luokat pääsevät syömään.',
      '{ruoka} oli taas mautonta ja jäähtynyttä.',
      'Ruokailuun on aikaa vain kymmenen minuuttia, se ei riitä.|2024-08-12',
      'Kasvisruoka on monesti pelkkää keitettyä kasvista ilman mausteita.|2025-03-28',
      'Ruokalassa on niin kova meteli, ettei siellä jaksa olla.',
      'Laktoositon vaihtoehto puuttui tänään kokonaan.',
      'Lohikeitto on poistettu listalta, miksi?|2024-01-08',
      'Salaattipöydässä ei ollut mitään muuta kuin raastetta.',
    ],
    idea: [
      'Voisiko leipää olla tarjolla myös välipalalla iltapäiväkerhossa?',
      'Oppilaat voisivat äänestää yhden viikon ruokalistan.|2024-11-21',
      'Toivoisin enemmän kansainvälisiä ruokia, esimerkiksi currya tai tacoja.',
      'Jälkiruoka perjantaisin olisi kiva.',
      'Ruokalista voisi näkyä sovelluksessa, niin lapsen kanssa voisi katsoa sen etukäteen.|2024-08-26',
      'Voisiko ruokalaan saada ääntä vaimentavia levyjä?',
      'Hävikkiruokaa voisi myydä iltapäivisin edullisesti.',
    ],
    question: [
      'Miten erityisruokavaliosta ilmoitetaan uuden lukuvuoden alussa?',
      'Miksi {ruoka} on listalla niin harvoin?',
      'Mistä näkee ensi viikon ruokalistan?',
      'Voiko kasvisruoan valita ilman erillistä ilmoitusta?',
      'Kuka päättää kouluruoan ruokalistasta?',
    ],
  },
  lumityot: {
    praise: [
      'Kiitos aurauskuskille, {katu} oli aamulla siisti jo ennen seitsemää.',
      'Hiekoitus toimi tänä aamuna hyvin, pääsi turvallisesti kouluun.',
      '2023-12-01|Suojatiet oli avattu heti aurauksen jälkeen, iso kiitos.',
      'Pyörätie oli aurattu nopeasti, hienoa työtä.',
      '2024-11-29|Aurauskartta on hyvä, näkee suoraan milloin oma katu aurataan.',
      '2025-01-13|Nuoret kävivät luomassa lumet mummon pihasta, kiitos tästä palvelusta.',
    ],
    criticism: [
      '{katu} on aurattu vasta iltapäivällä, vaikka lunta tuli jo yöllä.',
      'Aura jätti taas ison vallin pihatielle.',
      'Jalkakäytävä {kadulla} on peilijäässä eikä hiekkaa näy missään.',
      'Suojatien kohdalla on metrin korkuinen lumivalli, rollaattorilla ei pääse yli.',
      'Bussipysäkki on lumen peitossa, bussiin noustaan hangesta.',
      'Pyörätie aurattiin, mutta aura heitti lumet takaisin pyörätielle.',
      'Koulureitti {alueella} oli aamulla auraamatta.',
      'Hiekoitushiekat ovat yhä kaduilla, pöly on hirveä.',
      'Aurausvalli tukkii näkyvyyden risteyksessä {kadulla}, vaarallista.',
    ],
    idea: [
      'Voisiko asuinkatujen aurausjärjestystä vaihdella, ettei sama katu ole aina viimeisenä?',
      'Lumet voisi ajaa pois keskustan kaduilta ennen kuin pysäköintipaikat täyttyvät.',
      'Ikäihmisille voisi järjestää apua pihojen lumitöihin.',
      'Hiekoituslaatikko {kadulla} mäen alle olisi tarpeen.',
      'Pyöräteiden harjasuolaus toimii muissa kaupungeissa, kokeilkaa täälläkin.|2024-05-23',
      'Aurauksen tilanne voisi näkyä kartalla verkossa.|2024-11-29',
    ],
    question: [
      'Missä järjestyksessä kadut aurataan?',
      'Kuka vastaa Kuusijärventien auraamisesta, kaupunki vai ELY?',
      'Kuuluuko tonttiliittymän valli kaupungin vai asukkaan poistettavaksi?',
      'Milloin {katu} aurataan? Lunta on jo 15 senttiä.',
      'Miksi pyörätie aurataan ennen jalkakäytävää?',
    ],
  },
  'kadut-ja-pyoratiet': {
    praise: [
      'Uusi korotettu suojatie koulun kohdalla on hyvä, autot hidastavat.',
      'Kiitos kun kuoppa {kadulla} paikattiin niin nopeasti.',
      'LED-valot ovat tehneet illasta paljon turvallisemman.',
      'Pyörätiet on merkitty selkeästi.',
    ],
    criticism: [
      'Kadulla {kadulla} on syvä kuoppa, joka on rikkonut jo kaksi rengasta.',
      'Katuvalo ei ole toiminut kahteen viikkoon {kadulla}.',
      'Autot ajavat {kadulla} ylinopeutta koulun kohdalla joka aamu.',
      'Pyörätie loppuu yhtäkkiä Harjuntien varressa.',
      'Katutyömaan kiertotie on merkitty huonosti.',
      'Liikennemerkki on kaatunut risteyksessä {kadulla}.',
      'Reunakivet ovat niin korkeita, ettei lastenvaunuilla pääse.',
    ],
    idea: [
      'Harjusta keskustaan tarvittaisiin yhtenäinen pyörätie.',
      'Kevyen liikenteen silta järven yli lyhentäisi matkaa paljon.',
      '30 km/h rajoitus kaikille asuinkaduille lisäisi turvallisuutta.',
      'Aseman pyörätelineet ovat aina täynnä, lisää paikkoja tarvitaan.',
      'Hidastetöyssy {kadulla} päiväkodin kohdalle.',
    ],
    question: [
      'Milloin {katu} päällystetään uudelleen?',
      'Kenelle ilmoitan rikkinäisestä katuvalosta?',
      'Miksi pyörätietä ei ole jatkettu Harjuun asti?',
      'Onko Koulukadulle tulossa suojatie?',
    ],
  },
  joukkoliikenne: {
    praise: [
      'Linjan {linja} kuljettajat ovat aina ystävällisiä.',
      '2025-08-11|Iltavuorot linjalle 3 ovat tosi hyvä juttu, pääsen harrastuksista kotiin.',
      'Uusi katos koulun pysäkillä on ollut sateella kova sana.',
    ],
    criticism: [
      'Linja {linja} oli taas myöhässä yli 15 minuuttia.',
      'Viimeinen bussi lähtee liian aikaisin, illalla ei pääse kotiin.',
      'Pysäkillä ei ole katosta eikä penkkiä.',
      'Koulukyyti jätti lapsen pysäkille, vaikka kyytiin olisi mahtunut.',
      'Aikataulu ei täsmää vaihtoon junalle.',
    ],
    idea: [
      'Linjalle 5 tarvittaisiin sunnuntaivuorot.',
      'Nuorille edullinen kesälippu!',
      'Keskustan pysäkeille näytöt, joista näkee bussin todellisen lähtöajan.',
      'Bussi voisi kulkea myös Kankaan uudelle alueelle.',
    ],
    question: [
      'Kuka päättää bussien aikatauluista?',
      'Milloin talvikauden aikataulut julkaistaan?',
      'Saako koulukuljetuksen, jos koulumatka on alle viisi kilometriä?',
    ],
  },
  puistot: {
    praise: [
      'Kiitos {puistossa} on ihanan siistiä ja nurmikko leikattu.',
      '2023-11-14|Keinut on korjattu, lapset ovat onnessaan.',
      '2024-09-06|Uusi koirapuisto Harjussa on loistava.',
      'Kukkaistutukset torilla ovat tänä kesänä upeat.',
      '2025-05-30|Uudet penkit kävelyreitillä ovat tervetulleita, pystyy levähtämään.',
    ],
    criticism: [
      'Keinut {puistossa} ovat olleet rikki jo kuukauden.',
      'Roska-astiat ovat täynnä ja roskia lentelee pitkin puistoa.',
      'Liukumäessä on terävä reuna, lapsi satutti kätensä.',
      'Nurmikkoa ei ole leikattu {puistossa} moneen viikkoon.',
      'Leikkipaikalla on rikottua lasia hiekkalaatikossa.',
      'Puistossa ei ole yhtään varjopaikkaa helteellä.',
      'Koirat juoksevat irti leikkipaikalla.',
    ],
    idea: [
      'Leikkipaikka, jossa myös pyörätuolilla liikkuva lapsi voi leikkiä.',
      'Rantapuistoon juomapiste!|2026-06-05',
      'Vesileikkipaikka olisi kesällä ihana.',
      'Lisää penkkejä kävelyreittien varrelle, vanhempi ihminen tarvitsee levähdyspaikkoja.',
      'Harjuun koirapuisto.|2024-09-06',
      'Puistoon voisi istuttaa hedelmäpuita.',
    ],
    question: [
      'Milloin {puisto} kunnostetaan?',
      'Kuka tarkastaa leikkivälineiden turvallisuuden?',
      'Saako puistoon järjestää pihakirppiksen?',
      'Miten ilmoitan rikkinäisestä leikkivälineestä?',
    ],
  },
  kirjastot: {
    praise: [
      'Kirjaston henkilökunta auttoi ystävällisesti e-kirjojen lainaamisessa.',
      '2024-09-01|Sunnuntaiaukiolo on mahtava, nyt ehtii perheen kanssa kirjastoon.',
      'Lasten satutunnit {kirjastossa} ovat ihania.',
      '2024-05-27|Omatoimikirjasto on kätevä, pääsee lainaamaan myös iltaisin.',
      'Hankintatoiveeni tilattiin nopeasti, kiitos.',
    ],
    criticism: [
      'Kirjasto on kiinni juuri silloin, kun töistä pääsee.',
      'Lukusalissa on niin rauhatonta, ettei siellä voi keskittyä.',
      'Varausjono uutuuskirjaan on yli sata henkeä.',
      'Kirjastoauto ei pysähdy enää meidän alueella.',
      'Ruotsinkielisiä lastenkirjoja on liian vähän.',
    ],
    idea: [
      'Kirjasto voisi olla auki sunnuntaisin.|2024-09-01',
      'Pelikerho nuorille kirjastoon.',
      'Etätyöpisteitä, joissa voi pitää videopuhelun.',
      'Kirjastoauto voisi käydä myös Kankaalla.|2024-10-07',
      'Harjun kirjasto voisi olla auki lauantaisin.',
    ],
    question: [
      'Miten saan kirjastokortin lapselle?',
      'Voiko kirjastosta lainata soittimia?',
      'Milloin kirjasto on auki joulun aikaan?',
      'Miten omatoimikirjastoon pääsee?',
    ],
  },
  liikuntapaikat: {
    praise: [
      'Ladut olivat viikonloppuna loistavassa kunnossa.',
      '2024-08-12|Aamu-uinti ennen töitä on parasta, kiitos että halli aukeaa jo kuudelta.',
      '2025-01-07|Seniorivuorot uimahallissa ovat meille tärkeitä.',
      'Kuusihallin kuntosali on siisti ja hyvin varusteltu.',
    ],
    criticism: [
      'Latu oli ajamatta koko viikonlopun.',
      'Uimahallin pukuhuoneet ovat likaiset.',
      'Kentän valot sammuvat liian aikaisin.',
      'Tekonurmi on Keskuskentällä kulunut puhki.',
      'Vuorojen jako suosii isoja seuroja.',
    ],
    idea: [
      'Valaistu latu Kankaalle.',
      'Ulkokuntosali Rantapuistoon.|2025-08-29',
      'Padel-kenttiä kaupungin puolesta.',
      'Uimahalli voisi aueta arkisin jo aamukuudelta.|2024-08-12',
    ],
    question: [
      'Onko latu {alueella} ajettu?',
      'Miten vuoroja haetaan Kuusihalliin?',
      'Onko uimahallissa senioreille alennusta?',
    ],
  },
  nuorisotilat: {
    praise: [
      'Ohjaajat {nuorisotalossa} on tosi hyviä tyyppejä.',
      '2024-01-12|Hyvä että Kipinä on auki myös viikonloppuna.',
      '2024-11-22|Bänditila on ihan paras, kiitos!',
    ],
    criticism: [
      'Nuorisotalo on kiinni perjantaisin, ei ole mitään paikkaa minne mennä.|2024-01-12',
      'Pelikoneet {nuorisotalossa} on rikki.',
      'Rantakylän nuorisotila on ankea ja vanha.',
      'Kankaalla ei ole yhtään paikkaa nuorille.',
    ],
    idea: [
      'Nuorisotaloon bänditila.|2024-11-22',
      'Skeittiparkkiin valot, että voi skeitata syksyllä.|2025-10-03',
      'Nuoret voisi itse suunnitella tilan sisustuksen.',
      'Kesäliput busseihin nuorille.',
      'Lisää tapahtumia nuorille keskustaan.',
    ],
    question: [
      'Milloin {nuorisotalossa} on tyttöjen ilta?',
      'Voiko nuorisotalon varata omaan tapahtumaan?',
      'Miten pääsee nuorisovaltuustoon?',
    ],
  },
  varhaiskasvatus: {
    praise: [
      'Kiitos {paivakodissa} lämpimästä vastaanotosta, lapsi on viihtynyt hyvin.',
      'Päiväkodin retkipäivät ovat olleet lapsen mielestä parhaita.',
      '2024-06-14|Päätös tuli sähköisesti nopeasti, helppoa.',
    ],
    criticism: [
      'Hoitopaikka osoitettiin kaukaa, vaikka kotia lähellä on päiväkoti.',
      'Päiväkodin pihalla ei ole varjoa ja helteellä lapset ovat auringossa.',
      'Henkilökunta vaihtuu jatkuvasti, lapsi ei ehdi kiintyä.',
      'Asiakasmaksun laskussa oli virhe.',
    ],
    idea: [
      'Pihalle aurinkopurje tai puita varjoksi.',
      'Vuorohoitoa myös Harjuun.',
      'Päiväkodin kuulumiset voisi jakaa sovelluksessa kuvien kanssa.',
    ],
    question: [
      'Milloin syksyn hoitopaikkapäätökset tulevat?',
      'Miten vaihdan toiseen päiväkotiin?',
      'Miten asiakasmaksu lasketaan?',
    ],
  },
  kulttuuri: {
    praise: [
      'Kesäkatu oli tänä vuonna paras ikinä.',
      'Museon näyttely vanhasta Kuusijärvestä oli koskettava.',
      '2025-12-06|Induktiosilmukka juhlassa toimi, kuulin ensimmäistä kertaa koko puheen.',
      'Kulttuuritalo Kajon lastenkonsertti oli upea.',
    ],
    criticism: [
      'Tapahtumista tiedotetaan liian myöhään.',
      'Itsenäisyyspäivän juhlassa ei kuullut takarivissä mitään.',
      'Kesäkadun ohjelma oli lähinnä lapsille.',
    ],
    idea: ['Nuorille oma lava kesäkadulle.', 'Museoon maksuton päivä kerran kuussa.', 'Ulkoleffailta Rantapuistoon.'],
    question: ['Miten kulttuuriavustusta haetaan?', 'Voiko kulttuuritalo Kajon salia vuokrata?'],
  },
  'ikaantyneiden-palvelut': {
    praise: [
      'Palvelukeskus Kuusikon tuolijumppa on viikon kohokohta.',
      '2024-03-05|Asiointibussi Kirkonkylästä on helpottanut arkea paljon.',
      '2025-09-01|Digiopastuksessa neuvottiin kärsivällisesti, nyt osaan käyttää pankkia.',
    ],
    criticism: [
      'Kotihoidon käynnit tulevat eri aikaan joka päivä.',
      'Asiointiliikenne ei kulje Kirkonkylästä.|2024-03-05',
      'Ateriapalvelun ruokalistaa ei pysty lukemaan, teksti on liian pientä.',
      'Terveysasemalle ei pääse ilman autoa.',
    ],
    idea: [
      'Kävelyreitille lisää penkkejä.',
      'Palvelukeskukseen digiopastusta useammin.',
      'Senioreille aamupäivävuoro uimahalliin.',
    ],
    question: [
      'Miten asiointiliikenteeseen ilmoittaudutaan?',
      'Mistä saa tietoa ateriapalvelusta?',
      'Kenen puoleen käännyn kotihoitoa koskevassa asiassa?',
    ],
  },
  asiointi: {
    praise: [
      'Asiointipisteessä neuvottiin nopeasti ja ystävällisesti.',
      '2024-04-02|Sain vastauksen palautteeseen kolmessa päivässä, kiitos.',
      'Chatissa vastattiin heti.',
    ],
    criticism: [
      'Palautteeseeni ei ole vastattu kuukauteen.',
      'Verkkosivuilta ei löydä mitään.',
      'Puhelimessa jonotin puoli tuntia.',
      'Tilavarausjärjestelmä kaatui kesken varauksen.',
      'Ruotsinkielistä tietoa ei löydy verkkosivuilta.',
    ],
    idea: [
      'Asiointipiste voisi olla auki yhtenä iltana viikossa.',
      'Lomakkeet myös selkokielellä.',
      'Kaikki kaupungin ajanvaraukset samaan paikkaan.',
    ],
    question: [
      'Mistä löydän kaupungin päätökset?',
      'Voiko asiointipisteessä tulostaa?',
      'Miten haen pysäköintitunnusta?',
    ],
  },
  ymparisto: {
    praise: [
      'Rantareitti on kaunis ja siisti, kiitos.',
      '2024-06-28|Hyvä että sinilevätilanne näkyy nettisivuilla.',
      'Vieraslajitalkoot olivat mukava tapa tutustua naapureihin.',
    ],
    criticism: [
      '{ranta} on täynnä roskia viikonlopun jäljiltä.',
      'Järvessä on taas sinilevää eikä siitä varoiteta.',
      'Uimarannan laituri on rikki.',
      'Luontopolun pitkospuut ovat lahonneet.',
      'Lupiinit leviävät tienvarsilla.',
    ],
    idea: [
      'Rantareitille lisää roska-astioita.',
      'Järven kunnostus pitäisi aloittaa pian.',
      'Yhteisiä siivoustalkoita keväällä.',
    ],
    question: [
      'Onko {ranta} uimakelpoinen?',
      'Kuka vastaa järven vedenlaadusta?',
      'Mihin voi viedä vaarallisen jätteen?',
    ],
  },
};

/** Swedish-speaking residents write too (about one text in twelve). */
const TEXTS_SV: Record<string, Partial<Record<FeedbackType, readonly string[]>>> = {
  kouluruoka: {
    praise: ['Tack till köket, maten har varit jättegod den här veckan.'],
    criticism: ['Maten tar slut innan de sista klasserna hinner äta.'],
    question: ['Hur anmäler man specialkost inför nytt läsår?'],
  },
  lumityot: {
    criticism: [
      'Gatan plogades först på eftermiddagen fast det snöade redan på natten.',
      'Trottoaren är spegelblank och ingen sand syns.',
      'Plogvallen vid övergångsstället är för hög för en rollator.',
    ],
    praise: ['Tack för snabb plogning i morse!'],
    question: ['I vilken ordning plogas gatorna?'],
  },
  kirjastot: {
    criticism: ['Det finns för få barnböcker på svenska.'],
    idea: ['Biblioteket kunde ha öppet på söndagar.|2024-09-01'],
    praise: ['Personalen på biblioteket är alltid vänlig och hjälpsam.'],
  },
  puistot: {
    criticism: [
      'Soptunnorna i parken är fulla och skräpet flyger omkring.',
      'Gungorna på lekplatsen har varit trasiga i en månad.',
    ],
    idea: ['Fler bänkar längs promenadstråken, tack.'],
  },
  asiointi: {
    criticism: ['Svenskspråkig information saknas på webbplatsen.', 'Jag fick inget svar på min respons.'],
    question: ['Kan man få service på svenska vid servicepunkten?'],
  },
  joukkoliikenne: { idea: ['Söndagsturer på linje 5 skulle behövas.'], criticism: ['Bussen var igen försenad.'] },
  'ikaantyneiden-palvelut': { praise: ['Servicetrafiken har gjort vardagen mycket lättare.'] },
  liikuntapaikat: { praise: ['Skidspåren var i toppskick i helgen.'] },
};

interface ThemeModel {
  /** Expected pieces of feedback in an average month. */
  perMonth: number;
  /** Multiplier by month, January first. */
  season: readonly number[];
  types: Record<FeedbackType, number>;
  services: readonly string[];
  /** Themes that follow the school year get almost nothing in the summer holiday. */
  schoolYear?: boolean;
}

const FLAT = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
const THEMES: Record<string, ThemeModel> = {
  kouluruoka: {
    perMonth: 15,
    season: [1.2, 1.2, 1.2, 1.1, 1.0, 0.2, 0, 0.5, 1.3, 1.2, 1.2, 0.8],
    types: { praise: 22, criticism: 44, idea: 20, question: 14 },
    services: ['Ruokapalvelut', 'Koulujen ruokailu'],
    schoolYear: true,
  },
  lumityot: {
    perMonth: 19,
    season: [3.4, 2.7, 1.5, 0.7, 0.5, 0.15, 0.1, 0.1, 0.15, 0.4, 1.4, 3.0],
    types: { praise: 12, criticism: 66, idea: 10, question: 12 },
    services: ['Kadunpito', 'Talvikunnossapito', 'Katujen puhtaanapito'],
  },
  'kadut-ja-pyoratiet': {
    perMonth: 8,
    season: [0.6, 0.6, 0.9, 1.8, 1.7, 1.3, 1.0, 1.1, 1.1, 0.9, 0.6, 0.4],
    types: { praise: 12, criticism: 52, idea: 22, question: 14 },
    services: ['Kadunpito', 'Liikennesuunnittelu', 'Katuvalaistus'],
  },
  joukkoliikenne: {
    perMonth: 6,
    season: [1, 1, 0.9, 0.9, 0.8, 0.7, 0.6, 1.8, 1.4, 1, 1, 1.1],
    types: { praise: 10, criticism: 50, idea: 24, question: 16 },
    services: ['Joukkoliikenne', 'Koulukuljetukset'],
  },
  puistot: {
    perMonth: 8,
    season: [0.3, 0.3, 0.4, 0.9, 1.7, 2.3, 2.4, 2.0, 1.1, 0.5, 0.3, 0.3],
    types: { praise: 20, criticism: 44, idea: 24, question: 12 },
    services: ['Viheralueet', 'Leikkipaikat'],
  },
  kirjastot: {
    perMonth: 6,
    season: [1.2, 1.1, 1.1, 1, 0.9, 0.8, 0.7, 0.8, 1.1, 1.1, 1.1, 1.0],
    types: { praise: 32, criticism: 26, idea: 26, question: 16 },
    services: ['Kirjastopalvelut', 'Kirjastoauto'],
  },
  liikuntapaikat: {
    perMonth: 6,
    season: [1.7, 1.6, 1.3, 0.8, 0.8, 0.8, 0.7, 0.8, 0.9, 0.9, 0.9, 1.3],
    types: { praise: 22, criticism: 40, idea: 24, question: 14 },
    services: ['Liikuntapalvelut', 'Uimahalli', 'Latupalvelut'],
  },
  nuorisotilat: {
    perMonth: 3.5,
    season: [1, 1, 1.1, 1.1, 1, 0.6, 0.5, 0.8, 1.2, 1.2, 1.2, 1],
    types: { praise: 24, criticism: 30, idea: 32, question: 14 },
    services: ['Nuorisopalvelut'],
  },
  varhaiskasvatus: {
    perMonth: 5,
    season: [1, 1, 1.2, 1.1, 0.9, 0.7, 0.6, 1.7, 1.3, 1, 0.9, 0.8],
    types: { praise: 20, criticism: 42, idea: 14, question: 24 },
    services: ['Varhaiskasvatus', 'Varhaiskasvatuksen palveluohjaus'],
  },
  kulttuuri: {
    perMonth: 3,
    season: [0.6, 0.6, 0.8, 0.8, 1, 1.8, 2.0, 1.2, 0.8, 0.7, 0.8, 1.4],
    types: { praise: 36, criticism: 24, idea: 26, question: 14 },
    services: ['Kulttuuripalvelut', 'Museo'],
  },
  'ikaantyneiden-palvelut': {
    perMonth: 3.5,
    season: FLAT,
    types: { praise: 20, criticism: 40, idea: 20, question: 20 },
    services: ['Ikääntyneiden palvelut', 'Asiointiliikenne'],
  },
  asiointi: {
    perMonth: 4,
    season: FLAT,
    types: { praise: 18, criticism: 40, idea: 16, question: 26 },
    services: ['Asiointipiste Kuusi', 'Digipalvelut', 'Asiakaspalvelu'],
  },
  ymparisto: {
    perMonth: 3.5,
    season: [0.4, 0.4, 0.6, 0.9, 1.5, 2.0, 2.4, 1.8, 0.9, 0.6, 0.4, 0.4],
    types: { praise: 18, criticism: 44, idea: 22, question: 16 },
    services: ['Ympäristöpalvelut', 'Uimarannat'],
  },
};

const CHANNELS: Record<Channel, number> = {
  web: 46,
  email: 15,
  phone: 12,
  social: 9,
  visit: 10,
  other: 3,
  meeting: 3,
  survey: 2,
};

/** Held meetings whose results were also logged as aggregate feedback (ids as in content/meetings). */
const MEETINGS_HELD: readonly (readonly [string, readonly string[]])[] = [
  ['2023-09-asiakasraati', ['lumityot', 'kadut-ja-pyoratiet', 'puistot']],
  ['2023-10-lasten-parlamentti', ['puistot', 'kadut-ja-pyoratiet', 'kouluruoka']],
  ['2023-11-nuorisovaltuusto', ['nuorisotilat', 'joukkoliikenne']],
  ['2023-11-oppilaskunnat', ['kouluruoka']],
  ['2023-12-vanhusneuvosto', ['ikaantyneiden-palvelut', 'lumityot']],
  ['2024-02-asiakasraati', ['lumityot', 'asiointi']],
  ['2024-03-lasten-parlamentti', ['joukkoliikenne', 'puistot', 'kouluruoka']],
  ['2024-04-nuorisovaltuusto', ['nuorisotilat', 'kadut-ja-pyoratiet']],
  ['2024-04-oppilaskunnat', ['kouluruoka']],
  ['2024-05-asiakasraati', ['puistot', 'kadut-ja-pyoratiet', 'lumityot']],
  ['2024-08-vanhusneuvosto', ['ikaantyneiden-palvelut', 'puistot', 'kirjastot']],
  ['2024-10-asiakasraati', ['lumityot', 'kadut-ja-pyoratiet']],
  ['2024-10-lasten-parlamentti', ['puistot', 'liikuntapaikat']],
  ['2024-11-nuorisovaltuusto', ['nuorisotilat', 'kulttuuri']],
  ['2024-11-oppilaskunnat', ['kouluruoka']],
  ['2024-12-vanhusneuvosto', ['ikaantyneiden-palvelut', 'lumityot', 'liikuntapaikat']],
  ['2025-02-asiakasraati', ['lumityot', 'asiointi']],
  ['2025-03-lasten-parlamentti', ['kadut-ja-pyoratiet', 'puistot']],
  ['2025-04-nuorisovaltuusto', ['nuorisotilat', 'liikuntapaikat']],
  ['2025-04-oppilaskunnat', ['kouluruoka', 'ymparisto']],
  ['2025-05-asiakasraati', ['puistot', 'ymparisto']],
  ['2025-06-vanhusneuvosto', ['ikaantyneiden-palvelut', 'kulttuuri']],
  ['2025-10-asiakasraati', ['lumityot', 'kadut-ja-pyoratiet']],
  ['2025-10-lasten-parlamentti', ['puistot', 'kouluruoka']],
  ['2025-11-nuorisovaltuusto', ['nuorisotilat', 'joukkoliikenne']],
  ['2025-11-oppilaskunnat', ['kouluruoka']],
  ['2025-12-vanhusneuvosto', ['ikaantyneiden-palvelut', 'lumityot']],
  ['2026-02-asiakasraati', ['lumityot', 'puistot']],
  ['2026-03-lasten-parlamentti', ['kouluruoka', 'puistot']],
  ['2026-04-nuorisovaltuusto', ['nuorisotilat', 'kirjastot']],
  ['2026-04-oppilaskunnat', ['kouluruoka']],
  ['2026-05-asiakasraati', ['puistot', 'ymparisto']],
  ['2026-06-vanhusneuvosto', ['ikaantyneiden-palvelut', 'joukkoliikenne']],
  ['2026-10-asiakasraati', ['lumityot', 'kadut-ja-pyoratiet']],
  ['2026-10-lasten-parlamentti', ['puistot', 'kouluruoka']],
  ['2026-11-nuorisovaltuusto', ['nuorisotilat', 'kulttuuri']],
];

interface FeedbackRow {
  date: string;
  theme: string;
  channel: Channel;
  type: FeedbackType;
  service: string;
  count?: number;
  text?: string;
  publish?: 'yes' | 'no';
}

function inSchoolHoliday(isoDate: string): boolean {
  const md = isoDate.slice(5);
  return (md >= '06-01' && md <= '08-10') || md >= '12-22' || md <= '01-06';
}

function fill(template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => pick(SLOTS[slot] ?? [slot]));
}

/** A template is usable on a day unless its `from|` or `|until` marks say otherwise. */
function usable(template: string, date: string): string | undefined {
  let t = template;
  const from = /^(\d{4}-\d{2}-\d{2})\|/.exec(t);
  if (from) {
    if (date < from[1]!) return undefined;
    t = t.slice(from[0].length);
  }
  const until = /\|(\d{4}-\d{2}-\d{2})$/.exec(t);
  if (until) {
    if (date >= until[1]!) return undefined;
    t = t.slice(0, -until[0].length);
  }
  return t;
}

function residentText(theme: string, type: FeedbackType, date: string): string | undefined {
  const sv = TEXTS_SV[theme]?.[type];
  const pool = sv && rand() < 0.12 ? sv : TEXTS[theme]![type];
  const candidates = pool.map((t) => usable(t, date)).filter((t): t is string => t !== undefined);
  if (candidates.length === 0) return undefined;
  let text = fill(pick(candidates));
  // Summer feedback on street maintenance is about dust and sweeping, not snow.
  if (theme === 'lumityot' && date.slice(5, 7) >= '05' && date.slice(5, 7) <= '09') {
    text = pick([
      'Katupöly on kamala, milloin kadut harjataan?',
      'Hiekoitushiekat ovat yhä pyöräteillä, kaatuminen lähellä.',
      'Kiitos kun keskustan kadut pestiin ennen kesäkatua.',
      'Kadun reunoilla on vielä talven hiekkaa.',
    ]);
  }
  return text;
}

function generateFeedback(): FeedbackRow[] {
  reseed(2023_09_01);
  const rows: FeedbackRow[] = [];
  const themeSlugs = Object.keys(THEMES);
  for (let date = FEEDBACK_FROM; date <= FEEDBACK_TO; date = addDays(date, 1)) {
    const month = Number(date.slice(5, 7));
    const weekday = toDate(date).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    // The channel became better known every year.
    const growth = 1 + 0.09 * (daysBetween(FEEDBACK_FROM, date) / 365);
    for (const theme of themeSlugs) {
      const model = THEMES[theme]!;
      let lambda = ((model.perMonth * 12) / 365) * model.season[month - 1]! * growth * (weekend ? 0.55 : 1.18);
      if (model.schoolYear && (inSchoolHoliday(date) || weekend)) lambda *= 0.08;
      // A heavy snowfall now and then doubles the day's ploughing feedback.
      if (theme === 'lumityot' && (month <= 2 || month === 12) && rand() < 0.06) lambda *= 4;
      const n = poisson(lambda);
      for (let i = 0; i < n; i++) {
        const types = { ...model.types };
        // Changes made show: less criticism after the main actions were done.
        if (theme === 'lumityot' && date >= '2024-12-01') {
          types.criticism *= 0.78;
          types.praise *= 1.6;
        }
        if (theme === 'kouluruoka' && date >= '2024-08-12') {
          types.criticism *= 0.8;
          types.praise *= 1.4;
        }
        if (theme === 'kirjastot' && date >= '2024-09-01') {
          types.criticism *= 0.75;
          types.praise *= 1.3;
        }
        const type = weighted(types);
        const channelWeights = { ...CHANNELS };
        if (theme === 'lumityot' || theme === 'ikaantyneiden-palvelut') channelWeights.phone *= 2.2;
        if (theme === 'nuorisotilat') {
          channelWeights.social *= 3;
          channelWeights.visit *= 2;
        }
        if (theme === 'kirjastot' || theme === 'asiointi') channelWeights.visit *= 2.5;
        const channel = weighted(channelWeights);
        const row: FeedbackRow = {
          date,
          theme,
          channel,
          type,
          service: rand() < 0.9 ? pick(model.services) : '',
        };
        if (rand() < 0.27) {
          const text = residentText(theme, type, date);
          if (text) {
            row.text = text;
            row.publish = rand() < 0.42 ? 'yes' : 'no';
          }
        } else if (rand() < 0.05) {
          row.publish = 'no';
        }
        rows.push(row);
      }
    }
  }

  // Results of meetings, logged as aggregates: how many participants raised the same point.
  for (const [meetingId, themes] of MEETINGS_HELD) {
    const date = meetingDate(meetingId);
    for (const theme of themes) {
      for (const type of ['criticism', 'idea', 'praise'] as const) {
        if (type === 'praise' && rand() < 0.5) continue;
        rows.push({
          date,
          theme,
          channel: 'meeting',
          type,
          service: THEMES[theme]!.services[0]!,
          count: intBetween(2, type === 'idea' ? 24 : 14),
        });
      }
    }
  }
  // Open answers of the surveys, classified by type.
  for (const round of SURVEYS.kouluruokakysely.rounds) {
    for (const type of ['praise', 'criticism', 'idea'] as const) {
      rows.push({
        date: round,
        theme: 'kouluruoka',
        channel: 'survey',
        type,
        service: 'Ruokapalvelut',
        count: intBetween(8, 30),
      });
    }
  }
  for (const round of SURVEYS.asukastyytyvaisyys.rounds) {
    for (const theme of ['lumityot', 'kadut-ja-pyoratiet', 'puistot']) {
      for (const type of ['criticism', 'idea'] as const) {
        rows.push({
          date: round,
          theme,
          channel: 'survey',
          type,
          service: THEMES[theme]!.services[0]!,
          count: intBetween(3, 26),
        });
      }
    }
  }

  // A few rows written by hand: what the encoding and the personal-data rules must cope with.
  rows.push(
    {
      date: '2024-02-13',
      theme: 'asiointi',
      channel: 'email',
      type: 'criticism',
      service: 'Asiakaspalvelu',
      text: 'Olen kysynyt samaa asiaa kolme kertaa. Vastatkaa minulle osoitteeseen terhi.nieminen@example.com',
      publish: 'no',
    },
    {
      date: '2025-01-14',
      theme: 'lumityot',
      channel: 'phone',
      type: 'criticism',
      service: 'Kadunpito',
      text: 'Kuusikujan päässä ei ole aurattu kahteen päivään. Soittakaa minulle, numero 040 718 2235, niin näytän paikan.',
      publish: 'no',
    },
    {
      date: '2026-08-04',
      theme: 'puistot',
      channel: 'web',
      type: 'criticism',
      service: 'Leikkipaikat',
      text: 'Myllymäen leikkipuiston liukumäen reunasta on irronnut pala.\nLapsi sai siitä haavan jalkaan, korjatkaa ennen kuin joku muu loukkaantuu.',
      publish: 'yes',
    },
    {
      date: '2026-09-22',
      theme: 'kouluruoka',
      channel: 'web',
      type: 'idea',
      service: 'Ruokapalvelut',
      text: 'Ruokalistalle enemmän ”oikeaa ruokaa”, esim. karjalanpaistia; lapset eivät syö kasvispyöryköitä.',
      publish: 'yes',
    },
    {
      date: '2026-11-18',
      theme: 'lumityot',
      channel: 'phone',
      type: 'criticism',
      service: 'Kadunpito',
      count: 3,
      text: 'Aurauksesta jäi taas 40 cm:n valli pihatielle; maksoin 45 € lumenluonnista – eikö ”kaupungin hoitamat kadut” koske myös liittymiä?',
      publish: 'yes',
    },
    {
      date: '2026-10-29',
      theme: 'kirjastot',
      channel: 'visit',
      type: 'praise',
      service: 'Kirjastopalvelut',
      text: 'Pelikerho on ollut pojalle ‘se juttu’ tänä syksynä — kiitos ohjaajille!',
      publish: 'yes',
    },
  );

  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return rows;
}

function meetingDate(id: string): string {
  const date = MEETING_DATES[id];
  if (!date) throw new Error(`unknown meeting ${id}`);
  return date;
}

/** The meetings' dates (content/meetings/fi/<id>.mdx `date`). */
const MEETING_DATES: Record<string, string> = {
  '2023-09-asiakasraati': '2023-09-27',
  '2023-10-lasten-parlamentti': '2023-10-18',
  '2023-11-nuorisovaltuusto': '2023-11-14',
  '2023-11-oppilaskunnat': '2023-11-22',
  '2023-12-vanhusneuvosto': '2023-12-05',
  '2024-02-asiakasraati': '2024-02-07',
  '2024-03-lasten-parlamentti': '2024-03-20',
  '2024-04-nuorisovaltuusto': '2024-04-16',
  '2024-04-oppilaskunnat': '2024-04-10',
  '2024-05-asiakasraati': '2024-05-22',
  '2024-08-vanhusneuvosto': '2024-08-27',
  '2024-10-asiakasraati': '2024-10-02',
  '2024-10-lasten-parlamentti': '2024-10-16',
  '2024-11-nuorisovaltuusto': '2024-11-12',
  '2024-11-oppilaskunnat': '2024-11-20',
  '2024-12-vanhusneuvosto': '2024-12-03',
  '2025-02-asiakasraati': '2025-02-05',
  '2025-03-lasten-parlamentti': '2025-03-19',
  '2025-04-nuorisovaltuusto': '2025-04-15',
  '2025-04-oppilaskunnat': '2025-04-09',
  '2025-05-asiakasraati': '2025-05-21',
  '2025-06-vanhusneuvosto': '2025-06-03',
  '2025-10-asiakasraati': '2025-10-01',
  '2025-10-lasten-parlamentti': '2025-10-15',
  '2025-11-nuorisovaltuusto': '2025-11-11',
  '2025-11-oppilaskunnat': '2025-11-19',
  '2025-12-vanhusneuvosto': '2025-12-02',
  '2026-02-asiakasraati': '2026-02-04',
  '2026-03-lasten-parlamentti': '2026-03-18',
  '2026-04-nuorisovaltuusto': '2026-04-14',
  '2026-04-oppilaskunnat': '2026-04-15',
  '2026-05-asiakasraati': '2026-05-20',
  '2026-06-vanhusneuvosto': '2026-06-02',
  '2026-10-asiakasraati': '2026-10-07',
  '2026-10-lasten-parlamentti': '2026-10-14',
  '2026-11-nuorisovaltuusto': '2026-11-10',
};

// ---------------------------------------------------------------------------------------------
// Surveys: one row per round and question; means move a little after the related changes.

interface SurveyModel {
  rounds: readonly string[];
  /** Answers per round (before no-answers). */
  answers: readonly [number, number];
  /** Question id → mean answer per round, on the 1..5 scale. */
  means: Record<string, readonly number[]>;
}

const SURVEYS: Record<'kouluruokakysely' | 'asukastyytyvaisyys', SurveyModel> = {
  kouluruokakysely: {
    rounds: ['2023-11-17', '2024-05-17', '2024-11-15', '2025-05-16', '2025-11-14', '2026-05-15', '2026-11-13'],
    answers: [430, 690],
    means: {
      maku: [2.9, 3.1, 3.15, 3.3, 3.3, 3.45, 3.5],
      riittavyys: [3.3, 3.35, 3.4, 3.4, 3.45, 3.5, 3.45],
      kasvisruoka: [2.3, 2.35, 2.5, 2.85, 2.95, 3.0, 3.05],
      ruokailuaika: [2.6, 2.65, 3.0, 3.05, 3.1, 3.1, 3.2],
      viihtyisyys: [2.8, 2.8, 2.85, 2.8, 2.9, 2.95, 2.9],
    },
  },
  asukastyytyvaisyys: {
    rounds: ['2024-03-31', '2024-10-31', '2025-03-31', '2025-10-31', '2026-03-31', '2026-10-31'],
    answers: [150, 280],
    means: {
      auraus: [2.5, 2.6, 2.95, 3.0, 3.15, 3.2],
      liukkaus: [2.3, 2.4, 2.7, 2.75, 2.95, 3.0],
      puhtaus: [3.1, 3.3, 3.2, 3.35, 3.3, 3.45],
      puistot: [3.4, 3.6, 3.5, 3.7, 3.6, 3.75],
      palaute: [2.4, 2.6, 2.9, 3.05, 3.2, 3.3],
    },
  },
};

/** Split n answers over 1..5 around a mean, with the largest-remainder rule so they add up to n. */
function distribution(n: number, mean: number): number[] {
  const weights = [1, 2, 3, 4, 5].map((k) => Math.exp(-((k - mean) ** 2) / (2 * 1.05 ** 2)) * (0.9 + 0.2 * rand()));
  const total = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (w / total) * n);
  const counts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let r = n - counts.reduce((s, c) => s + c, 0), j = 0; r > 0; r--, j++) counts[order[j]![1]]!++;
  return counts;
}

function surveyCsv(model: SurveyModel, seed: number): string {
  reseed(seed);
  const rows: Cell[][] = [];
  model.rounds.forEach((round, r) => {
    const answered = intBetween(model.answers[0], model.answers[1]);
    for (const [question, means] of Object.entries(model.means)) {
      const noAnswer = intBetween(Math.round(answered * 0.01), Math.round(answered * 0.05));
      rows.push([round, question, ...distribution(answered - noAnswer, means[r]!), noAnswer]);
    }
  });
  return csvUtf8(['round', 'question', 'n1', 'n2', 'n3', 'n4', 'n5', 'no_answer'], rows);
}

// ---------------------------------------------------------------------------------------------
// Votes.

const VOTES: Record<string, readonly (readonly [string, string, string, number])[]> = {
  'suosikkiruokaviikko-2025': [
    ['Pizza', 'Pizza', 'Pizza', 612],
    ['Tortillat', 'Tortillor', 'Tortillas', 548],
    ['Lohikeitto', 'Laxsoppa', 'Salmon soup', 441],
    ['Lihapullat ja perunamuusi', 'Köttbullar och potatismos', 'Meatballs and mashed potatoes', 417],
    ['Hampurilaiset', 'Hamburgare', 'Burgers', 389],
    ['Makaronilaatikko', 'Makaronilåda', 'Macaroni casserole', 236],
    ['Kanakastike ja riisi', 'Kycklingsås och ris', 'Chicken in sauce with rice', 174],
    ['Pinaattiletut', 'Spenatplättar', 'Spinach pancakes', 95],
  ],
  'teemapaiva-2026': [
    ['Avaruuspäivä', 'Rymddagen', 'Space day', 507],
    ['Merirosvopäivä', 'Sjörövardagen', 'Pirate day', 431],
    ['Dinosauruspäivä', 'Dinosauriedagen', 'Dinosaur day', 366],
    ['Pohjoismaiden päivä', 'Nordens dag', 'Nordic day', 142],
    ['Tulevaisuuden ruoka', 'Framtidens mat', 'Food of the future', 118],
  ],
};

// ---------------------------------------------------------------------------------------------
// Action timelines (data/action-updates.csv): derived from each action's dates and status.

interface Update {
  date: string;
  status: Status;
  progress: number;
  note: Text3;
}

const BODY_AT: Record<string, Text3> = {
  'lasten-parlamentti': [
    'lasten parlamentin kokouksessa',
    'vid barnparlamentets möte',
    'at the children’s parliament meeting',
  ],
  nuorisovaltuusto: ['nuorisovaltuuston kokouksessa', 'vid ungdomsfullmäktiges möte', 'at the youth council meeting'],
  asiakasraati: ['asiakasraadin työpajassa', 'i kundpanelens verkstad', 'at the customer panel workshop'],
  oppilaskunnat: ['oppilaskuntien tapaamisessa', 'vid elevkårernas möte', 'at the pupil councils’ meeting'],
  vanhusneuvosto: ['vanhusneuvoston kokouksessa', 'vid äldrerådets möte', 'at the elderly council meeting'],
};

function roundTo5(x: number): number {
  return Math.max(5, Math.round(x / 5) * 5);
}

function timeline(a: PlannedAction): Update[] {
  const first: Text3 = a.meeting
    ? (() => {
        const body = a.meeting.slice(8);
        const at = BODY_AT[body]!;
        const d = finnishDate(meetingDate(a.meeting));
        return [`Sovittiin ${at[0]} ${d}.`, `Överenskoms ${at[1]} ${d}.`, `Agreed ${at[2]} on ${d}.`] as const;
      })()
    : pick<Text3>([
        [
          'Kirjattu toimenpiteeksi palautteiden perusteella.',
          'Registrerad som åtgärd utifrån responsen.',
          'Recorded as an action based on feedback.',
        ],
        [
          'Palaute käsiteltiin yksikön viikkopalaverissa; toimenpide päätettiin.',
          'Responsen behandlades på enhetens veckomöte; åtgärden beslutades.',
          'Feedback discussed at the unit’s weekly meeting; action decided.',
        ],
      ]);
  const updates: Update[] = [{ date: a.opened, status: 'planned', progress: 0, note: first }];
  const started: Text3 = ['Työ aloitettu.', 'Arbetet har inletts.', 'Work has started.'];
  const going = (p: number): Text3 => [
    `Työ etenee, noin ${p} % valmiina.`,
    `Arbetet framskrider, cirka ${p} % klart.`,
    `Work is progressing, about ${p}% complete.`,
  ];

  if (a.status === 'planned') {
    if ((a.progress ?? 0) > 0) {
      const d = addDays(a.opened, Math.max(1, Math.floor(daysBetween(a.opened, NOW) * 0.5)));
      updates.push({
        date: d,
        status: 'planned',
        progress: a.progress!,
        note: [
          'Suunnittelu ja kustannusarvio käynnissä.',
          'Planering och kostnadsberäkning pågår.',
          'Planning and cost estimate under way.',
        ],
      });
    }
  } else if (a.status === 'declined') {
    const d = addDays(a.opened, Math.min(intBetween(14, 60), daysBetween(a.opened, NOW)));
    updates.push({
      date: d,
      status: 'declined',
      progress: 0,
      note: [
        'Selvitetty: toimenpidettä ei toteuteta. Perustelu toimenpiteen sivulla.',
        'Utrett: åtgärden genomförs inte. Motiveringen finns på åtgärdens sida.',
        'Looked into: the action will not be carried out. The reason is on the action page.',
      ],
    });
  } else {
    const end = a.status === 'done' ? a.completed! : NOW;
    const span = daysBetween(a.opened, end);
    const target = a.status === 'done' ? 100 : a.progress!;
    if (span >= 4) {
      const p1 = a.status === 'done' ? roundTo5(30 + rand() * 20) : span > 120 ? roundTo5(target * 0.4) : target;
      updates.push({
        date: addDays(a.opened, Math.max(1, Math.round(span * 0.3))),
        status: 'in-progress',
        progress: Math.min(p1, target),
        note: started,
      });
      if (span > 120 && (a.status === 'done' || target > p1)) {
        const p2 = a.status === 'done' ? roundTo5(70 + rand() * 20) : target;
        updates.push({
          date: addDays(a.opened, Math.round(span * 0.7)),
          status: 'in-progress',
          progress: p2,
          note: going(p2),
        });
      }
    }
    if (a.status === 'done') {
      updates.push({
        date: a.completed!,
        status: 'done',
        progress: 100,
        note: ['Toteutettu.', 'Genomförd.', 'Completed.'],
      });
    } else if (updates[updates.length - 1]!.status !== 'in-progress') {
      updates.push({ date: addDays(a.opened, 1), status: 'in-progress', progress: target, note: started });
    }
  }
  return updates;
}

// ---------------------------------------------------------------------------------------------
// Writing the files.

const FEEDBACK_HEADER = ['id', 'date', 'theme', 'channel', 'type', 'service', 'count', 'text', 'publish'];
const FEEDBACK_HEADER_FI = [
  'Tunnus',
  'Päivämäärä',
  'Teema',
  'Kanava',
  'Tyyppi',
  'Palvelu',
  'Määrä',
  'Teksti',
  'Julkaistaan',
];

/** Feedback system exports: one UTF-8 file per year, and the latest half-year as saved from Finnish Excel. */
const FEEDBACK_FILES: readonly { path: string; from: string; to: string; excel: boolean }[] = [
  { path: 'data/feedback/palautteet-2023.csv', from: '2023-01-01', to: '2023-12-31', excel: false },
  { path: 'data/feedback/palautteet-2024.csv', from: '2024-01-01', to: '2024-12-31', excel: false },
  { path: 'data/feedback/palautteet-2025.csv', from: '2025-01-01', to: '2025-12-31', excel: false },
  { path: 'data/feedback/palautteet-2026-h1.csv', from: '2026-01-01', to: '2026-06-30', excel: false },
  { path: 'data/feedback/palautteet-2026-h2.csv', from: '2026-07-01', to: '2026-12-31', excel: true },
];

function main(): void {
  const feedback = generateFeedback();
  const seqByYear = new Map<string, number>();
  const withIds = feedback.map((row) => {
    const year = row.date.slice(0, 4);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    return { id: `P-${year}-${String(seq).padStart(5, '0')}`, ...row };
  });
  for (const file of FEEDBACK_FILES) {
    const rows = withIds.filter((r) => r.date >= file.from && r.date <= file.to);
    const cells = rows.map((r): Cell[] => [
      r.id,
      file.excel ? finnishDate(r.date) : r.date,
      r.theme,
      r.channel,
      r.type,
      r.service,
      r.count,
      r.text,
      r.publish,
    ]);
    write(file.path, file.excel ? excelCsv(FEEDBACK_HEADER_FI, cells, { bom: true }) : csvUtf8(FEEDBACK_HEADER, cells));
  }

  const actionRows = ACTIONS.map((a): Cell[] => [
    a.id,
    a.title[0],
    a.title[1],
    a.title[2],
    a.description?.[0],
    a.description?.[1],
    a.description?.[2],
    a.themes.join('|'),
    a.status,
    a.opened,
    a.due,
    a.status === 'done' ? a.completed : undefined,
    a.status === 'done' ? 100 : a.progress,
    a.unit,
    a.influence,
    a.meeting,
    a.reason?.[0],
    a.reason?.[1],
    a.reason?.[2],
  ]);
  write(
    'data/actions.csv',
    csvUtf8(
      [
        'id',
        'title_fi',
        'title_sv',
        'title_en',
        'description_fi',
        'description_sv',
        'description_en',
        'themes',
        'status',
        'opened',
        'due',
        'completed',
        'progress',
        'unit',
        'influence',
        'meeting',
        'reason_fi',
        'reason_sv',
        'reason_en',
      ],
      actionRows.map((r) => r.map((c) => (c === '' ? undefined : c))),
    ),
  );

  reseed(4242);
  const updateRows: Cell[][] = [];
  ACTIONS.forEach((a, i) => {
    // A few actions have no timeline yet: the file is optional per action.
    if (i % 9 === 8) return;
    for (const u of timeline(a)) updateRows.push([a.id, u.date, u.status, u.progress, u.note[0], u.note[1], u.note[2]]);
  });
  write(
    'data/action-updates.csv',
    csvUtf8(['action', 'date', 'status', 'progress', 'note_fi', 'note_sv', 'note_en'], updateRows),
  );

  write('data/surveys/kouluruokakysely.csv', surveyCsv(SURVEYS.kouluruokakysely, 517));
  write('data/surveys/asukastyytyvaisyys.csv', surveyCsv(SURVEYS.asukastyytyvaisyys, 1031));

  for (const [id, options] of Object.entries(VOTES)) {
    write(
      `data/votes/${id}.csv`,
      csvUtf8(
        ['option_fi', 'option_sv', 'option_en', 'votes'],
        options.map((o) => [...o]),
      ),
    );
  }

  console.log(`feedback rows: ${withIds.length}, actions: ${ACTIONS.length}, action updates: ${updateRows.length}`);
}

main();
