/**
 * Feedback: one row per piece of feedback from residents, or an aggregate with `count`
 * (PRODUCT.md §3.2). Files live in `data/feedback/*.csv`, one per export.
 */
import * as z from 'zod';
import {
  date,
  finnishDate,
  id,
  integer,
  LANGUAGES,
  oneOf,
  ref,
  report,
  requiredDate,
  text,
  yesNo,
  type Lang,
} from './fields.ts';
import { allAliases, type HeaderAliases } from './columns.ts';

export const CHANNELS = ['web', 'email', 'phone', 'meeting', 'survey', 'social', 'visit', 'other'] as const;
export const FEEDBACK_TYPES = ['praise', 'criticism', 'idea', 'question'] as const;

/** Finnish and Swedish export headers → our column names; the author guide prints these tables. */
export const FEEDBACK_HEADERS: HeaderAliases = {
  fi: {
    tunnus: 'id',
    päivä: 'date',
    päivämäärä: 'date',
    pvm: 'date',
    teema: 'theme',
    kanava: 'channel',
    tyyppi: 'type',
    palvelu: 'service',
    määrä: 'count',
    lukumäärä: 'count',
    teksti: 'text',
    julkaistaan: 'publish',
    kieli: 'lang',
    julkaistaanko: 'publish',
    vastattu: 'answered',
    vastauspäivä: 'answered',
  },
  // For the teams of bilingual and Swedish-speaking municipalities.
  sv: {
    datum: 'date',
    tema: 'theme',
    kanal: 'channel',
    typ: 'type',
    tjänst: 'service',
    serviceområde: 'service',
    antal: 'count',
    språk: 'lang',
    besvarad: 'answered',
    svarsdatum: 'answered',
    publiceras: 'publish',
    publicera: 'publish',
  },
};

export const FEEDBACK_HEADER_ALIASES = allAliases(FEEDBACK_HEADERS);

export const FeedbackRowSchema = z
  .object({
    id: id(
      {
        fi: 'Palautteen tunnus, yksilöllinen kaikissa palautetiedostoissa.',
        sv: 'Responsens id, unikt i alla responsfiler.',
        en: 'The feedback id, unique across all feedback files.',
      },
      'P-2026-00017',
    ),
    date: requiredDate({
      fi: 'Päivä, jona palaute saapui.',
      sv: 'Dagen då responsen kom in.',
      en: 'The day the feedback arrived.',
    }),
    theme: ref({
      fi: 'Teema, jota palaute koskee (teeman tunnus).',
      sv: 'Temat som responsen gäller (temats id).',
      en: 'The theme the feedback is about (the theme slug).',
    }),
    channel: oneOf(
      {
        fi: 'Kanava, jota kautta palaute tuli.',
        sv: 'Kanalen responsen kom genom.',
        en: 'The channel the feedback came through.',
      },
      { fi: 'kelvollinen kanava', sv: 'en giltig kanal', en: 'a channel' },
      CHANNELS,
      {
        synonyms: {
          verkko: 'web',
          netti: 'web',
          internet: 'web',
          nettilomake: 'web',
          lomake: 'web',
          sähköposti: 'email',
          'e-posti': 'email',
          puhelin: 'phone',
          telefon: 'phone',
          kokous: 'meeting',
          möte: 'meeting',
          kysely: 'survey',
          enkät: 'survey',
          some: 'social',
          'sosiaalinen media': 'social',
          'sociala medier': 'social',
          facebook: 'social',
          instagram: 'social',
          'e-post': 'email',
          mejl: 'email',
          palautelomake: 'web',
          webblankett: 'web',
          övrigt: 'other',
          annat: 'other',
          käynti: 'visit',
          asiointi: 'visit',
          besök: 'visit',
          muu: 'other',
          annan: 'other',
          webb: 'web',
          // The site's own labels, which authors copy (test/schemas/feedback-synonyms.test.ts holds
          // every label of src/i18n/strings/themes.json to them), and the compounds feedback systems
          // and teams write: a web form, a residents' evening, a call.
          'web form': 'web',
          'e-mail': 'email',
          'social media': 'social',
          verkkolomake: 'web',
          verkkosivut: 'web',
          webbformulär: 'web',
          sähköpostitse: 'email',
          puhelu: 'phone',
          puhelimitse: 'phone',
          samtal: 'phone',
          asukasilta: 'meeting',
          asukastilaisuus: 'meeting',
          asukaskokous: 'meeting',
          invånarmöte: 'meeting',
          invånarkväll: 'meeting',
          asukaskysely: 'survey',
          kuntalaiskysely: 'survey',
          invånarenkät: 'survey',
        },
      },
    ),
    type: oneOf(
      { fi: 'Palautteen laji.', sv: 'Typ av respons.', en: 'The kind of feedback.' },
      { fi: 'kelvollinen palautteen laji', sv: 'en giltig typ av respons', en: 'a feedback type' },
      FEEDBACK_TYPES,
      {
        synonyms: {
          kiitos: 'praise',
          kehu: 'praise',
          beröm: 'praise',
          moite: 'criticism',
          kritiikki: 'criticism',
          valitus: 'criticism',
          kritik: 'criticism',
          klagomål: 'criticism',
          tack: 'praise',
          idé: 'idea',
          toive: 'idea',
          idea: 'idea',
          ehdotus: 'idea',
          förslag: 'idea',
          kysymys: 'question',
          fråga: 'question',
          kehitysehdotus: 'idea',
          parannusehdotus: 'idea',
          förbättringsförslag: 'idea',
          kiitospalaute: 'praise',
        },
      },
    ),
    service: text(
      {
        fi: 'Palvelualue, esimerkiksi ruokapalvelut tai kadunpito.',
        sv: 'Serviceområde, till exempel kosttjänster eller gatuunderhåll.',
        en: 'The service area, e.g. school meals or street maintenance.',
      },
      { max: 200 },
    ),
    count: integer(
      {
        fi: 'Kuinka monta palautetta rivi edustaa (tyhjä = 1).',
        sv: 'Hur många responser raden står för (tom = 1).',
        en: 'How many pieces of feedback the row stands for (empty = 1).',
      },
      { min: 1 },
    ),
    text: text(
      {
        fi: 'Asukkaan omat sanat; julkaistaan vain, jos julkaistaan = kyllä.',
        sv: 'Invånarens egna ord; publiceras bara om publish = yes.',
        en: "The resident's own words; published only when publish is yes.",
      },
      { max: 4000 },
    ),
    /** The language the resident wrote in, so pages mark quotes in another language (WCAG 3.1.2). */
    lang: oneOf(
      {
        fi: 'Kieli, jolla asukas kirjoitti tekstin: fi, sv tai en (tyhjä = sivuston oletuskieli).',
        sv: 'Språket invånaren skrev texten på: fi, sv eller en (tom = webbplatsens standardspråk).',
        en: "The language the resident wrote the text in: fi, sv or en (empty = the site's default language).",
      },
      { fi: 'kielikoodi', sv: 'en språkkod', en: 'a language code' },
      LANGUAGES,
      {
        required: false,
        synonyms: {
          suomi: 'fi',
          finska: 'fi',
          finnish: 'fi',
          ruotsi: 'sv',
          svenska: 'sv',
          swedish: 'sv',
          englanti: 'en',
          engelska: 'en',
          english: 'en',
        },
      },
    ),
    /** Open311 imports fill it from closed requests; the service promise is measured from it. */
    answered: date({
      fi: 'Päivä, jona palautteeseen vastattiin (tyhjä = ei vielä vastattu).',
      sv: 'Dagen då responsen besvarades (tom = inte besvarad än).',
      en: 'The day the feedback was answered (empty = not answered yet).',
    }),
    publish: yesNo(
      {
        fi: 'Julkaistaanko teksti (oletus ei).',
        sv: 'Publiceras texten (standard nej).',
        en: 'Whether the text is published (default no).',
      },
      false,
    ),
  })
  .check(
    // An answer cannot come before the question: a swapped pair of dates would count as answered
    // at once and flatter the service promise.
    z.superRefine((row, ctx) => {
      const { date, answered } = row as { date: unknown; answered: unknown };
      if (typeof date !== 'string' || typeof answered !== 'string' || answered >= date) return;
      report(
        ctx,
        {
          fi: `on ennen palautteen päivää (${finnishDate(date)}).`,
          sv: `är före responsens datum (${finnishDate(date)}).`,
          en: `is before the feedback date (${finnishDate(date)}).`,
        },
        {
          code: 'date.order',
          value: finnishDate(answered),
          expected: {
            fi: `päivä ${finnishDate(date)} tai sen jälkeen`,
            sv: `ett datum ${finnishDate(date)} eller senare`,
            en: `a date on or after ${finnishDate(date)}`,
          },
          fix: {
            fi: 'tarkista molemmat päivät: palautteeseen vastataan sen saapumispäivänä tai myöhemmin',
            sv: 'kontrollera båda datumen: responsen besvaras samma dag den kom in eller senare',
            en: 'check both dates: feedback is answered on or after the day it arrived',
          },
        },
        ['answered'],
      );
    }),
  );

export type FeedbackRow = z.output<typeof FeedbackRowSchema>;

/** Feedback as the site uses it: the count resolved, and the text kept only if it may be published. */
export interface Feedback {
  id: string;
  date: string;
  theme: string;
  channel: (typeof CHANNELS)[number];
  type: (typeof FEEDBACK_TYPES)[number];
  service?: string;
  count: number;
  /** The day it was answered, when it has been. */
  answered?: string;
  /** Present only when the author chose to publish it. */
  quote?: string;
  /** The language of the text; the site's default language when the row does not say. */
  lang: Lang;
}

/**
 * The values that repeat from row to row (days, themes, channels, types, services), one string
 * each: a million rows otherwise hold a million copies of every day they name. Bounded, so a long
 * `npm run dev` session cannot grow it without end.
 */
const shared = new Map<string, string>();
function once<T extends string | undefined>(value: T): T {
  if (value === undefined) return value;
  const known = shared.get(value);
  if (known !== undefined) return known as T;
  if (shared.size >= 100_000) shared.clear();
  shared.set(value, value);
  return value;
}

export function toFeedback(row: FeedbackRow, defaultLang: Lang): Feedback {
  // Written out key by key (no spread, no delete): a million objects of one shape stay small and
  // fast, where a deleted key would turn each into a dictionary several times its size. The keys
  // keep the order they always had.
  const feedback: Feedback = {
    id: row.id,
    date: once(row.date),
    theme: once(row.theme),
    channel: once(row.channel),
    type: once(row.type),
  } as Feedback;
  if (row.service !== undefined) feedback.service = once(row.service);
  if (row.answered !== undefined) feedback.answered = once(row.answered);
  feedback.count = row.count ?? 1;
  feedback.lang = row.lang ?? defaultLang;
  if (row.publish && row.text) feedback.quote = row.text;
  return feedback;
}
