// Generates a synthetic city-scale content root for benchmarks: the example city's settings,
// themes, bodies, surveys, votes and pages (copied from the repository's content/), plus
// generated meetings (MDX), actions, action timelines and feedback exports at any size.
//
// Usage (from the repository root):
//   node scripts/generate-city.ts --out DIR [--feedback 100000] [--actions 2000] [--meetings 300] [--seed 1]
//
// Deterministic: a seeded PRNG and a fixed "now" (2026-11-23, SOURCE_DATE_EPOCH=1795392000), so
// the same arguments give byte-identical files. The output validates without problems with
//   SOURCE_DATE_EPOCH=1795392000 node scripts/validate.ts --root DIR
// Feedback is split into several export files, one of them as Finnish Excel saves it
// (Windows-1252, `;`, d.m.yyyy, Finnish headers, CRLF).

import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { finnishDate } from '../src/core/dates.ts';
import { csvText } from '../src/core/csv-text.ts';
import {
  excelCsv,
  mulberry32,
  type ActionStatusName,
  type Cell,
  type PlannedAction,
  type Text3,
} from './lib/synthetic-data.ts';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The data's "now": held meetings and completed actions are before it, planned meetings after. */
export const CITY_NOW = '2026-11-23';
/** SOURCE_DATE_EPOCH for CITY_NOW (00:00 UTC, i.e. 02:00 in Helsinki). */
export const CITY_SOURCE_DATE_EPOCH = '1795392000';
const FEEDBACK_FROM = '2023-01-01';
const FEEDBACK_TO = '2026-11-22';
const MEETINGS_FROM = '2023-01-10';
const MEETINGS_TO = '2027-06-15';

// ---------------------------------------------------------------------------------------------
// Seeded randomness and UTC-only dates.

let rand = mulberry32(1);
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}
function intBetween(lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}
/** A sampler over fixed weights: O(log n) per draw. */
function weightedSampler<T>(entries: readonly (readonly [T, number])[]): () => T {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of entries) {
    total += w;
    cumulative.push(total);
  }
  return () => {
    const r = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return entries[lo]![0];
  };
}

const DAY = 86_400_000;
function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}
function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

// ---------------------------------------------------------------------------------------------
// Words. Text triples are [fi, sv, en].

type FeedbackType = 'praise' | 'criticism' | 'idea' | 'question';
type Channel = 'web' | 'email' | 'phone' | 'meeting' | 'survey' | 'social' | 'visit' | 'other';
type Status = ActionStatusName;

/** Districts: [Finnish genitive, Swedish, English]. */
const PLACES: readonly Text3[] = [
  ['Harjun', 'Harju', 'Harju'],
  ['Myllymäen', 'Myllymäki', 'Myllymäki'],
  ['Kirkonkylän', 'Kyrkbyn', 'Kirkonkylä'],
  ['Rantakylän', 'Strandby', 'Rantakylä'],
  ['Keskustan', 'centrum', 'the centre'],
  ['Koivulan', 'Koivula', 'Koivula'],
  ['Asemanseudun', 'stationsområdet', 'the station area'],
  ['Lehtolan', 'Lehtola', 'Lehtola'],
  ['Pohjoisrinteen', 'Pohjoisrinne', 'Pohjoisrinne'],
];

interface ThemeWords {
  /** How much feedback the theme gets (relative), and in which months (1..12) it doubles. */
  weight: number;
  peak: readonly number[];
  services: readonly string[];
  units: readonly string[];
  /** Action titles; `{p}` is a district (Finnish genitive / Swedish / English). */
  titles: readonly Text3[];
  /** Residents' words by type (Finnish, a few Swedish). */
  texts: Readonly<Record<FeedbackType, readonly string[]>>;
  agenda: readonly string[];
}

const GENERIC: ThemeWords = {
  weight: 4,
  peak: [],
  services: ['Asiakaspalvelu'],
  units: ['Asiakaspalvelu'],
  titles: [
    [
      '{p} palvelun parantaminen palautteen perusteella',
      'Bättre service i {p} utifrån responsen',
      'Improving the service in {p} based on feedback',
    ],
  ],
  texts: {
    praise: ['Kiitos hyvästä palvelusta.'],
    criticism: ['Palvelu ei toiminut niin kuin piti.'],
    idea: ['Palvelua voisi kehittää asukkaiden kanssa.'],
    question: ['Mistä saan lisätietoa?'],
  },
  agenda: ['Palautteen käsittely'],
};

const WORDS: Record<string, ThemeWords> = {
  kouluruoka: {
    weight: 12,
    peak: [9, 10, 11, 2, 3],
    services: ['Ruokapalvelut', 'Koulujen ruokailu'],
    units: ['Ruokapalvelut', 'Ruokapalvelut ja perusopetus'],
    titles: [
      [
        '{p} koulujen kasvisruokavaihtoehdot uusitaan',
        'Nya vegetariska alternativ i skolorna i {p}',
        'New vegetarian options in the schools of {p}',
      ],
      [
        '{p} koulujen ruokailuvuorot porrastetaan',
        'Förskjutna lunchturer i skolorna i {p}',
        'Staggered lunch breaks in the schools of {p}',
      ],
      [
        '{p} koulujen ruokahävikki puolitetaan',
        'Matsvinnet halveras i skolorna i {p}',
        'Halving food waste in the schools of {p}',
      ],
    ],
    texts: {
      praise: [
        'Kiitos, keittolounas oli tänään todella hyvää.',
        'Lapset kehuivat uutta kasvispastaa.',
        'Tack för den goda soppan i dag!',
      ],
      criticism: [
        'Ruokailuun jää liian vähän aikaa, jono on pitkä.',
        'Kasvisruoka loppui kesken jo toisella vuorolla.',
        'Ruoka oli taas haaleaa.',
      ],
      idea: [
        'Oppilaat voisivat äänestää yhden viikon ruokalistan.',
        'Salaattipöytään lisää vaihtoehtoja, esim. hummusta.',
      ],
      question: ['Miten erityisruokavaliosta ilmoitetaan?', 'Varför serveras det inte efterrätt?'],
    },
    agenda: ['Kouluruokakyselyn tulokset', 'Suosikkiruokaviikon valmistelu', 'Ruokailuaikojen riittävyys'],
  },
  lumityot: {
    weight: 16,
    peak: [12, 1, 2, 3],
    services: ['Kadunpito', 'Talvikunnossapito', 'Katujen puhtaanapito'],
    units: ['Kadunpito', 'Kadunpito ja urakoitsijat'],
    titles: [
      [
        '{p} kevyen liikenteen väylien auraus tehostuu',
        'Effektivare plogning av gång- och cykelvägar i {p}',
        'Faster ploughing of footpaths and cycle paths in {p}',
      ],
      [
        '{p} suojateiden aurausvallit poistetaan vuorokaudessa',
        'Plogvallar vid övergångsställen i {p} tas bort inom ett dygn',
        'Snow banks at crossings in {p} removed within a day',
      ],
      [
        '{p} bussipysäkkien hiekoitus aamuisin',
        'Sandning av busshållplatser i {p} på morgonen',
        'Gritting bus stops in {p} in the morning',
      ],
    ],
    texts: {
      praise: ['Kiitos nopeasta aurauksesta aamulla!', 'Pyörätie oli aurattu jo ennen seitsemää, hienoa.'],
      criticism: [
        'Aura jätti taas ison vallin pihatielle.',
        'Jalkakäytävä on ollut jäässä kolme päivää.',
        'Gatan plogades först på eftermiddagen.',
      ],
      idea: [
        'Hiekkalaatikoita voisi olla enemmän mäkien päällä.',
        'Aurauskartta olisi kätevä, niin tietäisi milloin katu aurataan.',
      ],
      question: ['Missä järjestyksessä kadut aurataan?', 'Kuka vastaa tonttiliittymän aurauksesta?'],
    },
    agenda: ['Talvikauden tilannekatsaus', 'Aurausjärjestys ja urakoitsijat', 'Liukkaudentorjunta'],
  },
  'kadut-ja-pyoratiet': {
    weight: 10,
    peak: [4, 5, 8, 9],
    services: ['Kadunpito', 'Liikennesuunnittelu', 'Katuvalaistus'],
    units: ['Kadunpito', 'Liikennesuunnittelu', 'Kaupunkitekniikka'],
    titles: [
      [
        '{p} pyörätieyhteyden puuttuva osuus rakennetaan',
        'Den saknade delen av cykelvägen i {p} byggs',
        'Building the missing cycle path link in {p}',
      ],
      [
        '{p} koulureitin suojatiet korotetaan',
        'Upphöjda övergångsställen på skolvägen i {p}',
        'Raised crossings on the route to school in {p}',
      ],
      ['{p} katuvalot vaihdetaan LED-valoiksi', 'LED-gatubelysning i {p}', 'LED street lights in {p}'],
    ],
    texts: {
      praise: ['Uusi pyörätie on todella hyvä, kiitos.', 'Katuvalot toimivat taas, kiitos korjauksesta.'],
      criticism: [
        'Kadulla on syvä kuoppa, joka on vaarallinen pyöräilijöille.',
        'Katuvalo on ollut rikki jo kaksi viikkoa.',
      ],
      idea: ['Koulun kohdalle tarvittaisiin korotettu suojatie.', 'Nopeusrajoitus 30 km/h asuinalueille.'],
      question: ['Milloin kadun päällystetyöt alkavat?', 'När asfalteras gatan?'],
    },
    agenda: ['Katujen investointiohjelma', 'Koulureittien turvallisuus', 'Pyöräliikenteen verkosto'],
  },
  puistot: {
    weight: 8,
    peak: [5, 6, 7, 8],
    services: ['Viheralueet', 'Leikkipaikat'],
    units: ['Viheralueet'],
    titles: [
      [
        '{p} leikkipuiston välineet uusitaan',
        'Nya lekredskap i lekparken i {p}',
        'New equipment for the playground in {p}',
      ],
      [
        '{p} puistoihin lisää roska-astioita',
        'Fler soptunnor i parkerna i {p}',
        'More litter bins in the parks of {p}',
      ],
      ['{p} puistoon lisää penkkejä', 'Fler bänkar i parken i {p}', 'More benches in the park of {p}'],
    ],
    texts: {
      praise: ['Leikkipuisto on upeasti kunnostettu.', 'Kiitos kukkaistutuksista, puisto on kaunis.'],
      criticism: ['Roska-astiat ovat täynnä koko viikonlopun.', 'Keinun istuin on rikki.'],
      idea: ['Puistoon voisi tehdä esteettömän keinun.', 'Koirapuisto tarvitsisi valaistuksen.'],
      question: ['Milloin leikkipuiston hiekka vaihdetaan?'],
    },
    agenda: ['Leikkipaikkojen kunto', 'Puistojen roskaantuminen', 'Kesän istutukset'],
  },
  kirjastot: {
    weight: 5,
    peak: [1, 2, 10, 11],
    services: ['Kirjastopalvelut'],
    units: ['Kirjastopalvelut'],
    titles: [
      [
        '{p} kirjaston omatoimiaikaa pidennetään',
        'Längre meröppettider i biblioteket i {p}',
        'Longer self-service hours at the library in {p}',
      ],
      [
        '{p} kirjastoon hiljainen lukusali',
        'En tyst läsesal i biblioteket i {p}',
        'A quiet reading room at the library in {p}',
      ],
    ],
    texts: {
      praise: ['Kirjaston henkilökunta on aina avuliasta.', 'Pelikerho on ollut pojalle tosi tärkeä.'],
      criticism: ['Lehtisali on liian meluisa.', 'Varauksia joutuu odottamaan kuukausia.'],
      idea: ['Kirjasto voisi olla auki myös sunnuntaisin.'],
      question: ['Voiko kirjastosta lainata työkaluja?', 'Kan man låna e-böcker på svenska?'],
    },
    agenda: ['Kirjaston aukioloajat', 'Omatoimikirjaston kokemukset'],
  },
  joukkoliikenne: {
    weight: 7,
    peak: [8, 9, 1],
    services: ['Joukkoliikenne'],
    units: ['Joukkoliikenne', 'Joukkoliikenne ja seutuliikenne'],
    titles: [
      ['{p} bussivuoroja lisätään iltaisin', 'Fler bussturer på kvällarna i {p}', 'More evening bus services in {p}'],
      ['{p} bussipysäkeille katokset', 'Väderskydd vid busshållplatserna i {p}', 'Shelters at the bus stops in {p}'],
    ],
    texts: {
      praise: ['Uusi bussilinja on todella kätevä.'],
      criticism: ['Bussi ei tullut ollenkaan aamulla.', 'Pysäkillä ei ole katosta eikä penkkiä.'],
      idea: ['Iltaisin tarvittaisiin yksi vuoro lisää.', 'Bussit kunde gå oftare på kvällen.'],
      question: ['Miksi linja lakkautettiin?'],
    },
    agenda: ['Joukkoliikenteen palvelutaso', 'Pysäkkien esteettömyys'],
  },
  'ikaantyneiden-palvelut': {
    weight: 6,
    peak: [],
    services: ['Kotihoito', 'Ikääntyneiden palvelut'],
    units: ['Ikääntyneiden palvelut', 'Kotihoito'],
    titles: [
      [
        '{p} palvelukeskuksen päivätoimintaan lisää ryhmiä',
        'Fler grupper i dagverksamheten i servicecentret i {p}',
        'More groups in the day activities of the service centre in {p}',
      ],
      ['{p} ikääntyneille digiopastusta', 'Digihandledning för äldre i {p}', 'Digital help for older residents in {p}'],
    ],
    texts: {
      praise: ['Kotihoidon hoitajat ovat ystävällisiä ja ammattitaitoisia.'],
      criticism: ['Kotihoidon käyntiajat vaihtelevat liikaa.', 'Palvelukeskuksen lounas on liian kallis.'],
      idea: ['Palvelukeskukseen voisi tulla tuolijumppaa.'],
      question: ['Miten palveluseteliä haetaan?'],
    },
    agenda: ['Kotihoidon asiakaskysely', 'Palvelukeskusten toiminta'],
  },
  nuorisotilat: {
    weight: 5,
    peak: [9, 10, 11, 1, 2],
    services: ['Nuorisopalvelut'],
    units: ['Nuorisopalvelut'],
    titles: [
      [
        '{p} nuorisotila auki myös perjantai-iltaisin',
        'Ungdomsgården i {p} öppen även på fredagskvällar',
        'The youth centre in {p} open on Friday evenings',
      ],
      ['{p} nuorisotilaan bänditila', 'En replokal i ungdomsgården i {p}', 'A band room at the youth centre in {p}'],
    ],
    texts: {
      praise: ['Nuokkarin ohjaajat ovat parhaita!'],
      criticism: ['Nuorisotila on kiinni juuri silloin kun sitä tarvittaisiin.'],
      idea: ['Nuorisotilaan pelikonsoli ja e-urheiluilta.', 'Vi vill ha en replokal.'],
      question: ['Voiko nuorisotilan varata omaan tapahtumaan?'],
    },
    agenda: ['Nuorisotilojen aukioloajat', 'Nuorten kesätyöt'],
  },
  liikuntapaikat: {
    weight: 6,
    peak: [1, 2, 6, 7],
    services: ['Liikuntapalvelut'],
    units: ['Liikuntapalvelut'],
    titles: [
      [
        '{p} kuntoradan valaistus uusitaan',
        'Ny belysning på motionsbanan i {p}',
        'New lighting on the fitness trail in {p}',
      ],
      [
        '{p} lähiliikuntapaikalle ulkokuntosali',
        'Ett utegym vid närmotionsplatsen i {p}',
        'An outdoor gym at the local sports ground in {p}',
      ],
    ],
    texts: {
      praise: ['Ladut oli hienosti tehty viikonloppuna.'],
      criticism: ['Uimahallin pukuhuoneet ovat huonossa kunnossa.', 'Kuntoradan valot eivät toimi.'],
      idea: ['Ulkokuntosali olisi hieno lisä.'],
      question: ['Milloin jäähalliin saa varata vuoroja?'],
    },
    agenda: ['Liikuntapaikkojen vuorojako', 'Latujen ja kuntoratojen kunto'],
  },
  kulttuuri: {
    weight: 4,
    peak: [6, 7, 12],
    services: ['Kulttuuripalvelut'],
    units: ['Kulttuuripalvelut'],
    titles: [
      [
        '{p} kesätapahtumaan esteetön katsomo',
        'Tillgänglig läktare vid sommarevenemanget i {p}',
        'An accessible stand at the summer event in {p}',
      ],
      [
        '{p} kulttuuritalossa lasten lauantait',
        'Barnens lördagar i kulturhuset i {p}',
        'Children’s Saturdays at the cultural centre in {p}',
      ],
    ],
    texts: {
      praise: ['Kesäkonsertti oli upea, kiitos!'],
      criticism: ['Tapahtumasta tiedotettiin liian myöhään.'],
      idea: ['Lapsille enemmän ilmaisia tapahtumia.'],
      question: ['Mistä näen tulevat tapahtumat?'],
    },
    agenda: ['Tapahtumakalenteri', 'Kulttuuriavustukset'],
  },
  varhaiskasvatus: {
    weight: 6,
    peak: [8, 9, 1],
    services: ['Varhaiskasvatus'],
    units: ['Varhaiskasvatus'],
    titles: [
      [
        '{p} päiväkodin piha kunnostetaan',
        'Gården vid daghemmet i {p} rustas upp',
        'Renovating the day-care yard in {p}',
      ],
      [
        '{p} varhaiskasvatuspaikkojen haku sähköiseksi',
        'Elektronisk ansökan till småbarnspedagogik i {p}',
        'Online applications for early childhood education in {p}',
      ],
    ],
    texts: {
      praise: ['Päiväkodin henkilökunta on ihanaa.'],
      criticism: ['Päivähoitopaikka tarjottiin liian kaukaa kotoa.'],
      idea: ['Päiväkodin pihalle lisää varjoa.'],
      question: ['Milloin hoitopaikkapäätökset tulevat?'],
    },
    agenda: ['Hoitopaikkojen riittävyys', 'Päiväkotien pihat'],
  },
  asiointi: {
    weight: 6,
    peak: [],
    services: ['Asiakaspalvelu', 'Digipalvelut'],
    units: ['Asiakaspalvelu', 'Digitiimi'],
    titles: [
      [
        '{p} asiointipiste auki myös iltaisin',
        'Servicepunkten i {p} öppen även på kvällarna',
        'The service point in {p} open in the evenings',
      ],
      [
        '{p} asukkaille ajanvaraus verkossa',
        'Tidsbokning på nätet för invånarna i {p}',
        'Online appointments for residents of {p}',
      ],
    ],
    texts: {
      praise: ['Asiointipisteessä sain nopeasti apua.'],
      criticism: ['Verkkolomake ei toimi puhelimella.', 'Puhelinjonossa meni puoli tuntia.'],
      idea: ['Chat-palvelu olisi kätevä.'],
      question: ['Voinko asioida ruotsiksi?'],
    },
    agenda: ['Asiakaspalvelun jonotusajat', 'Verkkopalvelujen uudistus'],
  },
  ymparisto: {
    weight: 5,
    peak: [4, 5, 6],
    services: ['Ympäristöpalvelut'],
    units: ['Ympäristöpalvelut'],
    titles: [
      [
        '{p} rantaan uusi kierrätyspiste',
        'En ny återvinningsstation vid stranden i {p}',
        'A new recycling point on the shore in {p}',
      ],
      [
        '{p} metsien hoitosuunnitelma asukkaiden kanssa',
        'Skötselplan för skogarna i {p} tillsammans med invånarna',
        'A forest management plan for {p} made with residents',
      ],
    ],
    texts: {
      praise: ['Kiitos rantojen siivouspäivästä.'],
      criticism: ['Kierrätyspiste on aina täynnä.', 'Lähimetsän hakkuista ei kerrottu etukäteen.'],
      idea: ['Vieraslajien kitkentätalkoot asukkaille.'],
      question: ['Voiko uimarannan veden laadun tarkistaa verkosta?'],
    },
    agenda: ['Lähimetsien hoito', 'Kierrätyspisteet'],
  },
};

const CHANNEL_SAMPLER = weightedSampler<Channel>([
  ['web', 46],
  ['email', 15],
  ['phone', 12],
  ['social', 9],
  ['visit', 10],
  ['other', 3],
  ['meeting', 3],
  ['survey', 2],
]);
const TYPE_SAMPLER = weightedSampler<FeedbackType>([
  ['criticism', 45],
  ['idea', 22],
  ['praise', 20],
  ['question', 13],
]);

/** Bodies' meeting words: [where (fi), what they do (fi)]. */
const BODY_PLACES: readonly string[] = [
  'Kaupungintalo, kokoushuone Kuusi, Torikatu 1',
  'Pääkirjasto, Monitoimitila Tähti',
  'Nuorisotila Kipinä, Asemakatu 4',
  'Palvelukeskus Koivula, juhlasali',
  'Harjun yhtenäiskoulu, auditorio',
];

// ---------------------------------------------------------------------------------------------
// Options

export interface CityOptions {
  out: string;
  feedback: number;
  actions: number;
  meetings: number;
  seed: number;
}

function write(out: string, relPath: string, content: string | Uint8Array): void {
  const path = join(out, relPath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** Copies a folder of the example city (sorted, files only) into the generated root. */
function copyTree(out: string, rel: string): void {
  const from = join(REPO, rel);
  for (const name of readdirSync(from, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (name.name.startsWith('.')) continue;
    if (name.isDirectory()) copyTree(out, `${rel}/${name.name}`);
    else {
      mkdirSync(join(out, rel), { recursive: true });
      copyFileSync(join(from, name.name), join(out, rel, name.name));
    }
  }
}

function slugsIn(rel: string): string[] {
  return readdirSync(join(REPO, rel))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4))
    .sort();
}

function yamlString(s: string): string {
  return JSON.stringify(s);
}

// ---------------------------------------------------------------------------------------------
// Meetings

interface MeetingPlan {
  id: string;
  body: string;
  date: string;
  status: 'planned' | 'held' | 'cancelled';
  themes: string[];
  /** Actions decided at the meeting, [id, Finnish title] (filled in once actions are generated). */
  decided: (readonly [string, string])[];
}

function planMeetings(count: number, bodies: readonly string[], themes: readonly string[]): MeetingPlan[] {
  const from = dayNumber(MEETINGS_FROM);
  const span = dayNumber(MEETINGS_TO) - from;
  const now = dayNumber(CITY_NOW);
  const meetings: MeetingPlan[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) {
    const body = bodies[i % bodies.length]!;
    let day = from + Math.floor(((i + rand()) * span) / count);
    // Meetings are on weekdays (1 = Monday … 5 = Friday).
    while ([0, 6].includes(new Date(day * DAY).getUTCDay())) day++;
    let date = isoOfDay(day);
    while (ids.has(`${date}-${body}`)) date = addDays(date, 1);
    const id = `${date}-${body}`;
    ids.add(id);
    const past = dayNumber(date) < now;
    const status = past ? (rand() < 0.04 ? 'cancelled' : 'held') : rand() < 0.03 ? 'cancelled' : 'planned';
    const t1 = pick(themes);
    const t2 = pick(themes);
    meetings.push({ id, body, date, status, themes: t1 === t2 ? [t1] : [t1, t2], decided: [] });
  }
  return meetings.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}

function meetingMdx(m: MeetingPlan, titles: Record<string, string>, lang: 'fi' | 'sv' | 'en'): string {
  const words = m.themes.map((t) => WORDS[t] ?? GENERIC);
  const agendaFi = [...new Set(words.flatMap((w) => w.agenda.slice(0, 2)))];
  const front: string[] = ['---'];
  if (lang === 'fi') {
    front.push(`body: ${m.body}`, `date: ${m.date}`, 'start: "17:30"', 'end: "19:30"');
  }
  const placeFi = BODY_PLACES[m.id.length % BODY_PLACES.length]!;
  front.push(
    `place: ${yamlString(lang === 'fi' ? placeFi : lang === 'sv' ? `Mötesplats: ${placeFi}` : `Venue: ${placeFi}`)}`,
  );
  if (lang === 'fi') front.push(`status: ${m.status}`);
  front.push('agenda:');
  if (lang === 'fi') for (const item of agendaFi) front.push(`  - ${yamlString(item)}`);
  else
    for (const t of m.themes)
      front.push(`  - ${yamlString(lang === 'sv' ? `Respons om temat ${titles[t]}` : `Feedback on ${titles[t]}`)}`);
  if (lang === 'fi' && m.status === 'planned' && m.date.endsWith('5'))
    front.push('online: https://kuusijarvi.example/kokoukset/etayhteys');
  front.push('---', '');
  if (m.status !== 'held') {
    if (m.status === 'cancelled')
      front.push(
        lang === 'fi'
          ? 'Kokous peruttiin. Asiat käsitellään seuraavassa kokouksessa.'
          : lang === 'sv'
            ? 'Mötet ställdes in.'
            : 'The meeting was cancelled.',
        '',
      );
    return front.join('\n');
  }
  const names = m.themes.map((t) => titles[t]!.toLowerCase());
  if (lang === 'fi') {
    front.push(
      `Kokouksessa käsiteltiin palautetta aiheista ${names.join(' sekä ')}. Palvelujen edustajat kertoivat, mitä palautteissa on toistunut ja mitä niille on jo tehty.`,
      '',
      `Jäsenet toivat esiin omia ja lähipiirinsä kokemuksia. Seuraavaan kokoukseen mennessä palvelut selvittävät esiin nousseet kysymykset.`,
      '',
    );
    if (m.decided.length > 0) {
      front.push('## Päätetyt toimenpiteet', '');
      for (const [id, title] of m.decided) front.push(`- ${title} (${id})`);
      front.push('');
    }
  } else if (lang === 'sv') {
    front.push(`Mötet behandlade respons om ${names.join(' samt ')}. Tjänsterna berättade vad som har gjorts.`, '');
  } else {
    front.push(
      `The meeting discussed feedback on ${names.join(' and ')}. The services told what has been done so far.`,
      '',
    );
  }
  return front.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Actions

const REASONS: readonly Text3[] = [
  [
    'Toimenpide ei mahdu tämän vuoden talousarvioon. Asia arvioidaan uudelleen seuraavan talousarvion valmistelussa.',
    'Åtgärden ryms inte i årets budget. Saken bedöms på nytt i nästa budget.',
    'The action does not fit this year’s budget. It will be looked at again when the next budget is prepared.',
  ],
  [
    'Asia ei kuulu kaupungin päätösvaltaan. Välitimme palautteen vastuussa olevalle viranomaiselle.',
    'Saken hör inte till stadens beslutanderätt. Vi har skickat responsen vidare till den ansvariga myndigheten.',
    'The matter is outside the city’s powers. We passed the feedback on to the authority responsible.',
  ],
  [
    'Selvityksen mukaan muutos heikentäisi palvelua muille käyttäjille enemmän kuin se auttaisi.',
    '',
    'The review found the change would make the service worse for other users more than it would help.',
  ],
];

function planActions(count: number, themes: readonly string[], meetings: readonly MeetingPlan[]): PlannedAction[] {
  const from = dayNumber('2023-01-15');
  const span = dayNumber('2026-11-20') - from;
  const now = dayNumber(CITY_NOW);
  const held = meetings.filter((m) => m.status === 'held');
  const opened: number[] = [];
  for (let i = 0; i < count; i++) opened.push(from + Math.floor(rand() * span));
  opened.sort((a, b) => a - b);
  const seqByYear = new Map<string, number>();
  const perYear = new Map<string, number>();
  for (const day of opened) perYear.set(isoOfDay(day).slice(0, 4), (perYear.get(isoOfDay(day).slice(0, 4)) ?? 0) + 1);
  const width = Math.max(3, String(Math.max(0, ...perYear.values())).length);
  const actions: PlannedAction[] = [];
  for (const day of opened) {
    const openedIso = isoOfDay(day);
    const year = openedIso.slice(0, 4);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const theme = pick(themes);
    const words = WORDS[theme] ?? GENERIC;
    const place = pick(PLACES);
    const t = pick(words.titles);
    const title: Text3 = [
      t[0].replace('{p}', place[0]),
      rand() < 0.6 ? t[1].replace('{p}', place[1]) : '',
      rand() < 0.8 ? t[2].replace('{p}', place[2]) : '',
    ];
    const extra = rand() < 0.2 ? pick(themes) : theme;
    const age = now - day;
    const r = rand();
    const status: Status =
      r < 0.06
        ? 'declined'
        : age > 500
          ? r < 0.9
            ? 'done'
            : 'in-progress'
          : age > 150
            ? r < 0.55
              ? 'done'
              : r < 0.9
                ? 'in-progress'
                : 'planned'
            : r < 0.2
              ? 'done'
              : r < 0.6
                ? 'in-progress'
                : 'planned';
    const action: PlannedAction = {
      id: `A-${year}-${String(seq).padStart(width, '0')}`,
      title: [
        title[0][0]!.toUpperCase() + title[0].slice(1),
        title[1] && title[1][0]!.toUpperCase() + title[1].slice(1),
        title[2] && title[2][0]!.toUpperCase() + title[2].slice(1),
      ],
      themes: extra === theme ? [theme] : [theme, extra],
      status,
      opened: openedIso,
      unit: pick(words.units),
      influence: pick(['own', 'own', 'own', 'organisation', 'organisation', 'outside'] as const),
    };
    if (rand() < 0.5) {
      action.description = [
        `Asukkaat nostivat asian esiin palautteissa useaan kertaan. Vastuuyksikkö (${action.unit}) kävi palautteet läpi ja päätti toimenpiteestä.\n\nToimenpiteen etenemistä seurataan tällä sivulla.`,
        '',
        rand() < 0.5
          ? 'Residents raised the same point again and again. The responsible unit went through the feedback and decided on this action.\n\nProgress is followed on this page.'
          : '',
      ];
    }
    if (status !== 'declined' && rand() < 0.8) action.due = addDays(openedIso, intBetween(30, 600));
    if (status === 'done') {
      const latest = Math.min(now - 1, day + 540);
      action.completed = isoOfDay(day + Math.min(latest - day, intBetween(7, 400)));
      action.progress = 100;
    } else if (status === 'in-progress') {
      action.progress = 5 * intBetween(2, 18);
    } else if (status === 'planned' && rand() < 0.3) {
      action.progress = 0;
    } else if (status === 'declined') {
      action.reason = pick(REASONS);
    }
    // Decided at a held meeting on or before the opening day (the latest one, or one before it).
    if (rand() < 0.4) {
      let lo = 0;
      let hi = held.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (held[mid]!.date <= openedIso) lo = mid + 1;
        else hi = mid;
      }
      const index = lo - 1 - (rand() < 0.3 ? 1 : 0);
      const meeting = held[index];
      if (meeting) {
        action.meeting = meeting.id;
        meeting.decided.push([action.id, action.title[0]]);
      }
    }
    actions.push(action);
  }
  return actions;
}

interface UpdatePlan {
  date: string;
  status: Status;
  progress: number;
  note: Text3;
}

function timeline(a: PlannedAction): UpdatePlan[] {
  const updates: UpdatePlan[] = [
    {
      date: a.opened,
      status: 'planned',
      progress: 0,
      note: a.meeting
        ? ['Sovittiin kokouksessa.', 'Överenskoms vid mötet.', 'Agreed at the meeting.']
        : [
            'Kirjattu toimenpiteeksi palautteiden perusteella.',
            'Registrerad som åtgärd utifrån responsen.',
            'Recorded as an action based on feedback.',
          ],
    },
  ];
  const started: Text3 = ['Työ aloitettu.', 'Arbetet har inletts.', 'Work has started.'];
  const now = dayNumber(CITY_NOW);
  const openedDay = dayNumber(a.opened);
  if (a.status === 'declined') {
    updates.push({
      date: isoOfDay(Math.min(now, openedDay + intBetween(14, 60))),
      status: 'declined',
      progress: 0,
      note: [
        'Selvitetty: toimenpidettä ei toteuteta.',
        'Utrett: åtgärden genomförs inte.',
        'Looked into: the action will not be carried out.',
      ],
    });
  } else if (a.status === 'in-progress') {
    updates.push({
      date: isoOfDay(openedDay + Math.max(1, Math.floor((now - openedDay) * 0.4))),
      status: 'in-progress',
      progress: a.progress!,
      note: started,
    });
  } else if (a.status === 'done') {
    const end = dayNumber(a.completed!);
    if (end - openedDay >= 4)
      updates.push({
        date: isoOfDay(openedDay + Math.floor((end - openedDay) / 2)),
        status: 'in-progress',
        progress: 50,
        note: started,
      });
    updates.push({
      date: a.completed!,
      status: 'done',
      progress: 100,
      note: ['Toteutettu.', 'Genomförd.', 'Completed.'],
    });
  }
  return updates;
}

// ---------------------------------------------------------------------------------------------
// Feedback

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

/** The newest month's feedback export, on its own: what a monthly data drop looks like. */
export const LATEST_MONTH_FILE = 'data/feedback/palautteet-2026-11.csv';

interface FeedbackFile {
  path: string;
  to: string;
  kind: 'utf8' | 'utf8-bom' | 'excel-fi';
}
/** Exports of the feedback system: yearly UTF-8 files, July–October as Finnish Excel saves it, then the month in progress. */
const FEEDBACK_FILES: readonly FeedbackFile[] = [
  { path: 'data/feedback/palautteet-2023.csv', to: '2023-12-31', kind: 'utf8' },
  { path: 'data/feedback/palautteet-2024.csv', to: '2024-12-31', kind: 'utf8' },
  { path: 'data/feedback/palautteet-2025.csv', to: '2025-12-31', kind: 'utf8-bom' },
  { path: 'data/feedback/palautteet-2026-h1.csv', to: '2026-06-30', kind: 'utf8' },
  { path: 'data/feedback/palautteet-2026-h2.csv', to: '2026-10-31', kind: 'excel-fi' },
  // The month in progress: the file a data drop adds (the bench builds without it, then with it).
  { path: LATEST_MONTH_FILE, to: '9999-12-31', kind: 'utf8' },
];

function writeFeedback(out: string, count: number, themes: readonly string[]): void {
  const first = dayNumber(FEEDBACK_FROM);
  const days = dayNumber(FEEDBACK_TO) - first + 1;
  // Weight of each day: more on weekdays, slowly growing as the channel became known.
  const dayWeights: (readonly [number, number])[] = [];
  for (let d = 0; d < days; d++) {
    const weekday = new Date((first + d) * DAY).getUTCDay();
    dayWeights.push([d, (weekday === 0 || weekday === 6 ? 0.55 : 1.18) * (1 + 0.09 * (d / 365))]);
  }
  const daySampler = weightedSampler(dayWeights);
  const dayOfRow = new Int32Array(count);
  for (let i = 0; i < count; i++) dayOfRow[i] = daySampler();
  dayOfRow.sort();

  // Theme samplers per month: a theme's feedback doubles in its peak months.
  const themeSamplers = Array.from({ length: 12 }, (_, m) =>
    weightedSampler(
      themes.map((t) => {
        const w = WORDS[t] ?? GENERIC;
        return [t, w.weight * (w.peak.includes(m + 1) ? 2 : 1)] as const;
      }),
    ),
  );
  const isoCache = new Map<number, string>();
  const files = FEEDBACK_FILES.map((f) => ({ ...f, rows: [] as Cell[][] }));
  let fileIndex = 0;
  const seqByYear = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const day = first + dayOfRow[i]!;
    let date = isoCache.get(day);
    if (date === undefined) {
      date = isoOfDay(day);
      isoCache.set(day, date);
    }
    while (date > files[fileIndex]!.to) fileIndex++;
    const file = files[fileIndex]!;
    const year = date.slice(0, 4);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const theme = themeSamplers[Number(date.slice(5, 7)) - 1]!();
    const words = WORDS[theme] ?? GENERIC;
    const type = TYPE_SAMPLER();
    let channel = CHANNEL_SAMPLER();
    let countCell: number | undefined;
    // About one row in forty is an aggregate: how many raised the same point at a meeting or in a survey.
    if (rand() < 0.025) {
      channel = rand() < 0.6 ? 'meeting' : 'survey';
      countCell = intBetween(2, 25);
    }
    let text: string | undefined;
    let publish: string | undefined;
    if (rand() < 0.27) {
      text = pick(words.texts[type]);
      if (rand() < 0.03) text += '\nTerveisin asukas';
      publish = rand() < 0.42 ? 'yes' : 'no';
    } else if (rand() < 0.05) {
      publish = 'no';
    }
    const excel = file.kind === 'excel-fi';
    file.rows.push([
      `P-${year}-${String(seq).padStart(6, '0')}`,
      excel ? finnishDate(date) : date,
      theme,
      channel,
      type,
      rand() < 0.9 ? pick(words.services) : undefined,
      countCell,
      text,
      excel && publish === 'yes' ? 'kyllä' : publish,
    ]);
  }
  for (const f of files) {
    if (f.rows.length === 0) continue;
    if (f.kind === 'excel-fi') write(out, f.path, excelCsv(FEEDBACK_HEADER_FI, f.rows, { bom: false }));
    else
      write(
        out,
        f.path,
        (f.kind === 'utf8-bom' ? '\uFEFF' : '') + csvText(FEEDBACK_HEADER, f.rows, { separator: ',', eol: '\n' }),
      );
  }
}

// ---------------------------------------------------------------------------------------------

export function generateCity(options: CityOptions): { files: number } {
  const out = resolve(options.out);
  rand = mulberry32(options.seed);
  rmSync(join(out, 'content'), { recursive: true, force: true });
  rmSync(join(out, 'data'), { recursive: true, force: true });

  // What the example city already has, unchanged.
  mkdirSync(join(out, 'content'), { recursive: true });
  copyFileSync(join(REPO, 'content/site.yaml'), join(out, 'content/site.yaml'));
  for (const kind of ['themes', 'bodies', 'surveys', 'votes', 'pages']) copyTree(out, `content/${kind}`);
  copyTree(out, 'data/surveys');
  copyTree(out, 'data/votes');
  // The logo site.yaml names.
  copyTree(out, 'public');

  const themes = slugsIn('content/themes/fi');
  const bodies = slugsIn('content/bodies/fi');
  const titles: Record<string, string> = {};
  for (const t of themes) {
    const m = /^title:\s*"?(.*?)"?\s*$/m.exec(readFileSync(join(REPO, 'content/themes/fi', `${t}.mdx`), 'utf8'));
    titles[t] = m?.[1] ?? t;
  }

  const meetings = planMeetings(options.meetings, bodies, themes);
  const actions = planActions(options.actions, themes, meetings);

  // The votes name the actions that followed them: keep them pointing at an action that exists.
  const actionIds = new Set(actions.map((a) => a.id));
  for (const vote of readdirSync(join(out, 'content/votes/fi')).sort()) {
    const path = join(out, 'content/votes/fi', vote);
    const text = readFileSync(path, 'utf8');
    const named = /^action:\s*(\S+)\s*$/m.exec(text)?.[1];
    if (named && !actionIds.has(named) && actions[0])
      writeFileSync(path, text.replace(/^action:.*$/m, `action: ${actions[0].id}`));
  }

  for (const [i, m] of meetings.entries()) {
    write(out, `content/meetings/fi/${m.id}.mdx`, meetingMdx(m, titles, 'fi'));
    if (i % 4 === 0) {
      write(out, `content/meetings/sv/${m.id}.mdx`, meetingMdx(m, titles, 'sv'));
      write(out, `content/meetings/en/${m.id}.mdx`, meetingMdx(m, titles, 'en'));
    }
  }

  const actionHeader = [
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
  ];
  const blank = (s: string | undefined): string | undefined => (s === '' ? undefined : s);
  write(
    out,
    'data/actions.csv',
    csvText(
      actionHeader,
      actions.map((a): Cell[] => [
        a.id,
        a.title[0],
        blank(a.title[1]),
        blank(a.title[2]),
        blank(a.description?.[0]),
        blank(a.description?.[1]),
        blank(a.description?.[2]),
        a.themes.join('|'),
        a.status,
        a.opened,
        a.due,
        a.completed,
        a.progress,
        a.unit,
        a.influence,
        a.meeting,
        blank(a.reason?.[0]),
        blank(a.reason?.[1]),
        blank(a.reason?.[2]),
      ]),
      { separator: ',', eol: '\n' },
    ),
  );

  const updateRows: Cell[][] = [];
  actions.forEach((a, i) => {
    if (i % 9 === 8) return; // some actions have no timeline yet
    for (const u of timeline(a)) updateRows.push([a.id, u.date, u.status, u.progress, u.note[0], u.note[1], u.note[2]]);
  });
  write(
    out,
    'data/action-updates.csv',
    csvText(['action', 'date', 'status', 'progress', 'note_fi', 'note_sv', 'note_en'], updateRows, {
      separator: ',',
      eol: '\n',
    }),
  );

  writeFeedback(out, options.feedback, themes);
  return { files: meetings.length + 3 };
}

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, not "${value}"`);
  return n;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      feedback: { type: 'string' },
      actions: { type: 'string' },
      meetings: { type: 'string' },
      seed: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error(
      'usage: node scripts/generate-city.ts --out DIR [--feedback 100000] [--actions 2000] [--meetings 300] [--seed 1]',
    );
    process.exit(2);
  }
  const options: CityOptions = {
    out: values.out,
    feedback: positiveInt(values.feedback, 'feedback', 100_000),
    actions: positiveInt(values.actions, 'actions', 2000),
    meetings: positiveInt(values.meetings, 'meetings', 300),
    seed: positiveInt(values.seed, 'seed', 1),
  };
  const started = performance.now();
  generateCity(options);
  console.log(
    `generate-city: ${options.feedback} feedback rows, ${options.actions} actions, ${options.meetings} meetings (seed ${options.seed}) in ${options.out} (${Math.round(performance.now() - started)} ms)`,
  );
}
