/**
 * Actions: what the body did, is doing, or could not do about what residents said
 * (PRODUCT.md §3.3). One file, `data/actions.csv`; its column order is also the open-data CSV's,
 * so the published file round-trips into Excel and back.
 */
import * as z from 'zod';
import type { Text } from '../core/lang.ts';
import { allAliases, columnsOf, type HeaderAliases } from './columns.ts';
import { optionalRef } from './content-fields.ts';
import {
  date,
  finnishDate,
  id,
  integer,
  LANGUAGES,
  localized,
  oneOf,
  report,
  requiredDate,
  requiredText,
  slugList,
  text,
  type Lang,
  type Localized,
} from './fields.ts';

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'declined'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const INFLUENCES = ['own', 'organisation', 'outside'] as const;
export type Influence = (typeof INFLUENCES)[number];

/** What Finnish and Swedish authors write for a status; shared with action-updates.csv. */
export const STATUS_SYNONYMS: Readonly<Record<string, ActionStatus>> = {
  suunniteltu: 'planned',
  suunnitteilla: 'planned',
  suunnitelma: 'planned',
  tulossa: 'planned',
  planerad: 'planned',
  planerat: 'planned',
  'in progress': 'in-progress',
  inprogress: 'in-progress',
  ongoing: 'in-progress',
  käynnissä: 'in-progress',
  'työn alla': 'in-progress',
  kesken: 'in-progress',
  työnalla: 'in-progress',
  pågående: 'in-progress',
  valmis: 'done',
  tehty: 'done',
  toteutettu: 'done',
  valmistunut: 'done',
  klar: 'done',
  genomförd: 'done',
  hylätty: 'declined',
  'ei toteuteta': 'declined',
  'ei tehdä': 'declined',
  hylätään: 'declined',
  avslagen: 'declined',
  avslaget: 'declined',
  rejected: 'declined',
  // What the site itself shows for a status, which authors copy (test/schemas/action.test.ts holds
  // every label of src/i18n/strings/actions.json to it), and the words close to it.
  pågår: 'in-progress',
  påbörjad: 'in-progress',
  'under arbete': 'in-progress',
  aloitettu: 'in-progress',
  färdig: 'done',
  slutförd: 'done',
  completed: 'done',
  'genomförs inte': 'declined',
  'not going ahead': 'declined',
  'ei toteudu': 'declined',
  peruttu: 'declined',
};

/**
 * Everything marking an action done takes, said in every message about one part of it, so the
 * author fixes the row and its timeline in one round.
 */
export const DONE_NEEDS: Text = {
  fi: 'valmis toimenpide tarvitsee valmistumispäivän (completed), edistymisen 100 tai tyhjän (progress) ja, jos sillä on rivejä tiedostossa data/action-updates.csv, viimeiseksi rivin, jonka status on done ja päivämäärä valmistumispäivä',
  sv: 'en klar åtgärd behöver ett datum då den blev klar (completed), framsteg 100 eller tomt (progress) och, om den har rader i data/action-updates.csv, en sista rad med status done och datumet då den blev klar',
  en: 'a done action needs a completed date, progress 100 or empty, and, if it has rows in data/action-updates.csv, a last row there with status done and the completed date',
};

/** Per-language header aliases (`otsikko_fi` → `title_fi`) for every language kuultu knows. */
export function localizedAliases(pairs: Readonly<Record<string, string>>): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const [alias, column] of Object.entries(pairs)) {
    for (const lang of LANGUAGES) aliases[`${alias}_${lang}`] = `${column}_${lang}`;
  }
  return aliases;
}

/** Finnish and Swedish headers → our column names; the author guide prints these tables. */
export const ACTION_HEADERS: HeaderAliases = {
  fi: {
    tunnus: 'id',
    teemat: 'themes',
    teema: 'themes',
    tila: 'status',
    avattu: 'opened',
    aloitettu: 'opened',
    määräaika: 'due',
    valmistui: 'completed',
    valmistunut: 'completed',
    edistyminen: 'progress',
    eteneminen: 'progress',
    yksikkö: 'unit',
    vastuuyksikkö: 'unit',
    vaikutusmahdollisuus: 'influence',
    kokous: 'meeting',
    kysely: 'survey',
    viite: 'reference',
    ...localizedAliases({
      otsikko: 'title',
      sanottu: 'said',
      kuultu: 'said',
      kuvaus: 'description',
      perustelu: 'reason',
      syy: 'reason',
    }),
  },
  // As the action page names each fact.
  sv: {
    teman: 'themes',
    tema: 'themes',
    inledd: 'opened',
    måldatum: 'due',
    'blev klar': 'completed',
    klar: 'completed',
    framsteg: 'progress',
    'ansvarig enhet': 'unit',
    enhet: 'unit',
    påverkansmöjlighet: 'influence',
    möte: 'meeting',
    enkät: 'survey',
    referens: 'reference',
    ...localizedAliases({
      rubrik: 'title',
      titel: 'title',
      sagt: 'said',
      hört: 'said',
      beskrivning: 'description',
      motivering: 'reason',
      orsak: 'reason',
    }),
  },
};

export const ACTION_HEADER_ALIASES = allAliases(ACTION_HEADERS);

function actionFields(languages: readonly Lang[]) {
  return {
    /** Stable id used in URLs, e.g. A-2025-014. */
    id: id(
      {
        fi: 'Toimenpiteen pysyvä tunnus, jota käytetään verkko-osoitteessa.',
        sv: 'Åtgärdens bestående id, som används i webbadressen.',
        en: 'The stable id of the action, used in its web address.',
      },
      'A-2025-014',
    ),
    title: localized(
      languages,
      { fi: 'Toimenpiteen otsikko.', sv: 'Åtgärdens rubrik.', en: 'The title of the action.' },
      { required: true, max: 300 },
    ),
    /** Plain text; paragraphs are separated by blank lines. */
    description: localized(
      languages,
      {
        fi: 'Kuvaus toimenpiteestä; kappaleet erotetaan tyhjällä rivillä.',
        sv: 'Beskrivning av åtgärden; stycken skiljs åt med en tom rad.',
        en: 'What the action is; paragraphs are separated by a blank line.',
      },
      { max: 8000, prose: true },
    ),
    themes: slugList(
      {
        fi: 'Teemat, joihin toimenpide vastaa, erotettuna merkillä |.',
        sv: 'Teman som åtgärden svarar på, åtskilda med |.',
        en: 'The themes the action answers, separated by |.',
      },
      'kouluruoka|liikunta',
    ),
    /** `done` needs `completed`; `declined` needs a reason. */
    status: oneOf(
      {
        fi: 'Tila: planned (suunnitteilla), in-progress (käynnissä), done (valmis) tai declined (ei toteuteta).',
        sv: 'Status: planned (planerad), in-progress (pågående), done (klar) eller declined (avslagen).',
        en: 'Status: planned, in-progress, done or declined.',
      },
      { fi: 'kelvollinen tila', sv: 'en giltig status', en: 'a status' },
      ACTION_STATUSES,
      { synonyms: STATUS_SYNONYMS, notes: { done: DONE_NEEDS } },
    ),
    opened: requiredDate({
      fi: 'Päivä, jona toimenpide avattiin.',
      sv: 'Dagen då åtgärden inleddes.',
      en: 'The day the action was opened.',
    }),
    due: date({
      fi: 'Tavoitepäivä, aikaisintaan avauspäivä.',
      sv: 'Måldatum, tidigast inledningsdagen.',
      en: 'The target date, on or after the opened date.',
    }),
    completed: date({
      fi: 'Päivä, jona toimenpide valmistui (vain tilassa done).',
      sv: 'Dagen då åtgärden blev klar (bara med status done).',
      en: 'The day the action was completed (only when status is done).',
    }),
    progress: integer(
      {
        fi: 'Edistyminen prosentteina 0–100 (50 tai 50 %); valmis toimenpide on 100.',
        sv: 'Framsteg i procent 0–100 (50 eller 50 %); en klar åtgärd är 100.',
        en: 'Progress in per cent, 0–100 (50 or 50 %); a done action is 100.',
      },
      { min: 0, max: 100, percent: true },
    ),
    unit: requiredText(
      { fi: 'Vastuussa oleva yksikkö.', sv: 'Den ansvariga enheten.', en: 'The responsible unit.' },
      { max: 200 },
    ),
    influence: oneOf(
      {
        fi: 'Kuinka paljon yksikkö voi itse vaikuttaa: own (itse), organisation (tarvitaan laajempaa organisaatiota), outside (oman vallan ulkopuolella).',
        sv: 'Hur mycket enheten själv kan påverka: own (själv), organisation (kräver hela organisationen), outside (utanför vår makt).',
        en: 'How far the unit can act itself: own, organisation (needs the wider organisation), outside (outside our power).',
      },
      { fi: 'kelvollinen vaikutusmahdollisuus', sv: 'en giltig påverkansklass', en: 'an influence class' },
      INFLUENCES,
      {
        synonyms: {
          oma: 'own',
          itse: 'own',
          egen: 'own',
          organisaatio: 'organisation',
          kaupunki: 'organisation',
          kunta: 'organisation',
          organization: 'organisation',
          organisation: 'organisation',
          stad: 'organisation',
          ulkopuolinen: 'outside',
          ulkoinen: 'outside',
          utomstående: 'outside',
          extern: 'outside',
          // The site's own names for the classes (src/i18n/strings/actions.json), which authors copy.
          'omissa käsissämme': 'own',
          'i våra händer': 'own',
          'in our hands': 'own',
          'koko kaupungin asia': 'organisation',
          'hela stadens sak': 'organisation',
          'up to the whole city': 'organisation',
          'oman vallan ulkopuolella': 'outside',
          'utanför vår makt': 'outside',
          'outside our power': 'outside',
        },
      },
    ),
    meeting: optionalRef({
      fi: 'Kokous, jossa toimenpiteestä päätettiin (kokouksen tunnus).',
      sv: 'Mötet där åtgärden beslutades (mötets id).',
      en: 'The meeting where the action was decided (the meeting id).',
    }),
    reason: localized(
      languages,
      {
        fi: 'Miksi toimenpidettä ei toteuteta (pakollinen tilassa declined).',
        sv: 'Varför åtgärden inte genomförs (obligatoriskt med status declined).',
        en: 'Why the action will not be done (required when declined).',
      },
      { max: 4000, prose: true },
    ),
    /** Set by `npm run import -- decidim`: the next import updates this row instead of adding one. */
    reference: text(
      {
        fi: 'Toimenpiteen tunnus toisessa järjestelmässä, esimerkiksi decidim:123 (tuonti täyttää tämän).',
        sv: 'Åtgärdens id i ett annat system, till exempel decidim:123 (importen fyller i det).',
        en: "The action's id in another system, e.g. decidim:123 (filled in by npm run import).",
      },
      { max: 200 },
    ),
    /** After `reference`, so files written before it keep their column order. "You said": the residents' side of the story, told in the body's words. */
    said: localized(
      languages,
      {
        fi: 'Mitä asukkaat sanoivat ja mihin toimenpide vastaa, omin sanoin tiivistettynä (ei lainauksia henkilötietoineen); kappaleet erotetaan tyhjällä rivillä.',
        sv: 'Vad invånarna sade och vad åtgärden svarar på, sammanfattat med egna ord (inga citat med personuppgifter); stycken skiljs åt med en tom rad.',
        en: 'What residents said that the action answers, summarised in your own words (no quotes with personal data); paragraphs are separated by a blank line.',
      },
      { max: 4000, prose: true },
    ),
    /**
     * After `said`, so files written before it keep their column order. "Change something, then
     * ask again": the survey whose next round shows whether the change was felt; its page lists
     * the action between the rounds it fell between.
     */
    survey: optionalRef({
      fi: 'Kysely, jonka tuloksiin toimenpide vastaa (kyselyn tunnus); kyselyn sivu näyttää toimenpiteen niiden kierrosten välissä, joiden välillä se tehtiin.',
      sv: 'Enkäten vars resultat åtgärden svarar på (enkätens id); enkätens sida visar åtgärden mellan de omgångar som den genomfördes mellan.',
      en: 'The survey whose results the action answers (the survey id); the survey page shows the action between the rounds it was made between.',
    }),
  };
}

/**
 * The row schema of actions.csv. Cross-column rules run even when another cell of the row is
 * wrong, so the author sees every problem of the row in one run; they only read cells that parsed.
 */
export function actionRowSchema(languages: readonly Lang[]) {
  return actionObject(languages).check(
    z.superRefine((row: ActionRow, ctx) => actionRules(row, languages[0] ?? 'fi', ctx), { when: () => true }),
  );
}

function actionObject(languages: readonly Lang[]) {
  return z.object(actionFields(languages));
}

export type ActionRow = z.output<ReturnType<typeof actionObject>>;

type Ctx = Parameters<typeof report>[0];

/** A cell's value if it parsed; zod leaves a marker object in cells that failed. */
function parsed<T>(value: T, is: (v: unknown) => boolean): T | undefined {
  return is(value) ? value : undefined;
}
const isString = (v: unknown): boolean => typeof v === 'string';
const isNumber = (v: unknown): boolean => typeof v === 'number';

function actionRules(row: ActionRow, defaultLang: Lang, ctx: Ctx): void {
  const status = parsed(row.status, isString);
  const opened = parsed(row.opened, isString);
  const completed = parsed(row.completed, isString);
  const due = parsed(row.due, isString);
  const progress = parsed(row.progress, isNumber);
  if (opened !== undefined) {
    dateNotBefore(ctx, 'due', due, opened, {
      fi: 'määräaika ei voi olla ennen avauspäivää: tarkista molemmat päivämäärät',
      sv: 'en åtgärd kan inte ha sitt måldatum före inledningsdagen: kontrollera båda datumen',
      en: 'an action cannot be due before it was opened: check both dates',
    });
    dateNotBefore(ctx, 'completed', completed, opened, {
      fi: 'toimenpide ei voi valmistua ennen avauspäivää: tarkista molemmat päivämäärät',
      sv: 'en åtgärd kan inte bli klar före inledningsdagen: kontrollera båda datumen',
      en: 'an action cannot be completed before it was opened: check both dates',
    });
  }
  if (status === undefined) return;
  if (status === 'done' && row.completed === undefined) {
    report(
      ctx,
      { fi: 'on tyhjä, vaikka tila on done.', sv: 'är tom, men status är done.', en: 'is empty, but status is done.' },
      {
        code: 'action.completed.missing',
        expected: {
          fi: 'päivä, jona toimenpide valmistui',
          sv: 'dagen då åtgärden blev klar',
          en: 'the date the action was completed',
        },
        fix: {
          fi: `kirjoita valmistumispäivä, esim. 3.1.2026, tai muuta tila; ${DONE_NEEDS.fi}`,
          sv: `skriv dagen då åtgärden blev klar, t.ex. 3.1.2026, eller ändra status; ${DONE_NEEDS.sv}`,
          en: `write the date the action was completed, e.g. 3.1.2026, or change the status; ${DONE_NEEDS.en}`,
        },
      },
      ['completed'],
    );
  }
  if (status !== 'done' && completed !== undefined) {
    report(
      ctx,
      {
        fi: `on täytetty, vaikka tila on ${status}.`,
        sv: `är ifylld, men status är ${status}.`,
        en: `is given, but status is ${status}.`,
      },
      {
        code: 'action.completed.not-done',
        value: finnishDate(completed),
        expected: {
          fi: 'valmistumispäivä vain, kun tila on done',
          sv: 'ett datum för klar bara när status är done',
          en: 'a completed date only when status is done',
        },
        fix: {
          fi: 'muuta tilaksi done tai tyhjennä completed-solu',
          sv: 'ändra status till done, eller töm cellen completed',
          en: 'change the status to done, or empty the completed cell',
        },
      },
      ['completed'],
    );
  }
  if (status === 'done' && progress !== undefined && progress < 100) {
    report(
      ctx,
      {
        fi: 'on alle 100, vaikka tila on done.',
        sv: 'är under 100, men status är done.',
        en: 'is less than 100, but status is done.',
      },
      {
        code: 'action.progress.done',
        value: String(progress),
        expected: {
          fi: '100 tai tyhjä, kun toimenpide on valmis',
          sv: '100, eller tom, för en klar åtgärd',
          en: '100, or empty, for a done action',
        },
        fix: {
          fi: `kirjoita 100 tai jätä tyhjäksi; ${DONE_NEEDS.fi}`,
          sv: `skriv 100 eller lämna tom; ${DONE_NEEDS.sv}`,
          en: `write 100 or leave it empty; ${DONE_NEEDS.en}`,
        },
      },
      ['progress'],
    );
  }
  const reason = parsed(row.reason, (v) => typeof v === 'object' && v !== null);
  if (status === 'declined' && reason !== undefined && !reason[defaultLang]) {
    report(
      ctx,
      {
        fi: 'on tyhjä, vaikka toimenpidettä ei toteuteta (declined).',
        sv: 'är tom, men åtgärden är avslagen (declined).',
        en: 'is empty, but the action is declined.',
      },
      {
        code: 'action.reason.missing',
        expected: {
          fi: 'syy, miksi sitä ei voitu tehdä',
          sv: 'varför den inte kunde genomföras',
          en: 'why it could not be done',
        },
        fix: {
          fi: `kirjoita sarakkeeseen reason_${defaultLang}, miksi toimenpidettä ei toteuteta: asukkaita kuultiin, ja he ansaitsevat perustelun`,
          sv: `skriv i reason_${defaultLang} varför åtgärden avslogs: invånarna blev hörda och förtjänar en motivering`,
          en: `write in reason_${defaultLang} why the action was declined: residents were heard and deserve the reason`,
        },
      },
      ['reason', defaultLang],
    );
  }
}

function dateNotBefore(ctx: Ctx, column: string, value: string | undefined, opened: string, fix: Text): void {
  if (value === undefined || value >= opened) return;
  const day = finnishDate(opened);
  report(
    ctx,
    {
      fi: `on ennen avauspäivää (opened ${day}).`,
      sv: `är före inledningsdagen (opened ${day}).`,
      en: `is before opened (${day}).`,
    },
    {
      code: 'date.order',
      value: finnishDate(value),
      expected: {
        fi: `päivämäärä avauspäivänä ${day} tai sen jälkeen`,
        sv: `ett datum den ${day} (opened) eller senare`,
        en: `a date on or after opened, ${day}`,
      },
      fix,
    },
    [column],
  );
}

/** An action as the site uses it: a done action's progress is always 100. */
export interface Action {
  id: string;
  title: Localized;
  /** What residents said that the action answers ("you said"); plain text like `description`. */
  said: Localized;
  /** Plain text with blank lines between paragraphs; the page splits it. */
  description: Localized;
  themes: string[];
  status: ActionStatus;
  opened: string;
  due?: string;
  completed?: string;
  progress?: number;
  unit: string;
  influence: Influence;
  meeting?: string;
  /** Why a declined action could not be done. */
  reason: Localized;
  /** Its id in the system it was imported from, e.g. `decidim:123`. */
  reference?: string;
  /** The survey (slug) whose results it answers. */
  survey?: string;
}

export function toAction(row: ActionRow): Action {
  const action: Action = {
    id: row.id,
    title: row.title,
    said: row.said,
    description: row.description,
    themes: row.themes,
    status: row.status,
    opened: row.opened,
    unit: row.unit,
    influence: row.influence,
    reason: row.reason,
  };
  if (row.due !== undefined) action.due = row.due;
  if (row.completed !== undefined) action.completed = row.completed;
  const progress = row.status === 'done' ? 100 : row.progress;
  if (progress !== undefined) action.progress = progress;
  if (row.meeting !== undefined) action.meeting = row.meeting;
  if (row.reference !== undefined) action.reference = row.reference;
  if (row.survey !== undefined) action.survey = row.survey;
  return action;
}

/** The columns of actions.csv in order, e.g. `id, title_fi, title_sv, …`: the open-data CSV's header. */
export function ACTION_COLUMNS(languages: readonly Lang[]): string[] {
  return columnsOf(actionObject(languages).shape, languages).map((c) => c.name);
}
