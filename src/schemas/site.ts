/**
 * Site settings, `content/site.yaml` (PRODUCT.md §2): the name, address, languages, contact
 * and the facts the accessibility statement (Act 306/2019) is generated from.
 */
import * as z from 'zod';
import {
  LANGUAGES,
  IS_EMPTY,
  oneOf,
  predicateOf,
  report,
  date,
  requiredDate,
  requiredText,
  text,
  url,
  writeValue,
  type FieldDoc,
  type IssueWords,
  type Lang,
  type Localized,
} from './fields.ts';
import { same, type Text } from '../core/lang.ts';
import { isWcagCriterion, sortCriteria, type WcagCriterion } from '../core/wcag.ts';
import {
  isNot,
  TYPE_NOUNS,
  yamlValue,
  email,
  httpsUrl,
  listOf,
  optionalId,
  timeZone,
  type ItemNoun,
  type SiteTimeZone,
} from './content-fields.ts';
import { promiseDays } from './theme.ts';

type Ctx = { issues: z.core.$ZodRawIssue[] };

export const ACCESSIBILITY_STATUSES = ['full', 'partial', 'none'] as const;
export const ASSESSMENT_METHODS = ['self', 'expert'] as const;
/**
 * The licences an open-data file can carry, as SPDX names them (lower case, so an author's
 * `CC-BY-4.0` is only a matter of case). CC BY 4.0 is the default: JHS 189 and the Finnish
 * open-data programme recommend it for public bodies' data.
 */
export const LICENCES = ['cc-by-4.0', 'cc0-1.0', 'cc-by-sa-4.0'] as const;
export type Licence = (typeof LICENCES)[number];
export const DEFAULT_LICENCE: Licence = 'cc-by-4.0';
export const DEFAULT_TIME_ZONE = 'Europe/Helsinki' satisfies SiteTimeZone;

const LANGUAGE_SYNONYMS: Readonly<Record<string, Lang>> = {
  suomi: 'fi',
  finnish: 'fi',
  finska: 'fi',
  fin: 'fi',
  ruotsi: 'sv',
  svenska: 'sv',
  swedish: 'sv',
  se: 'sv',
  swe: 'sv',
  englanti: 'en',
  english: 'en',
  engelska: 'en',
  eng: 'en',
  gb: 'en',
};

const doc = {
  name: {
    fi: 'Sivuston nimi, sama kaikilla kielillä tai kielittäin (fi, sv, en).',
    sv: 'Webbplatsens namn, samma på alla språk eller per språk (fi, sv, en).',
    en: 'The name of the site, the same in every language or one per language (fi, sv, en).',
  },
  organisation: {
    fi: 'Julkaiseva organisaatio, sama nimi kaikilla kielillä tai kielittäin (fi, sv, en), esimerkiksi fi: Kuusijärven kaupunki, sv: Kuusijärvi stad.',
    sv: 'Organisationen som publicerar, samma namn på alla språk eller per språk (fi, sv, en), till exempel fi: Kuusijärven kaupunki, sv: Kuusijärvi stad.',
    en: 'The organisation that publishes the site, one name for every language or one per language (fi, sv, en), e.g. fi: Kuusijärven kaupunki, sv: Kuusijärvi stad.',
  },
  url: {
    fi: 'Sivuston osoite, https://…; voi päättyä kansioon (https://org.github.io/repo/), jolloin sivusto julkaistaan sen alle.',
    sv: 'Webbplatsens adress, https://…; kan sluta med en mapp (https://org.github.io/repo/), och webbplatsen publiceras då under den.',
    en: 'The address of the site, https://…; it may end in a folder (https://org.github.io/repo/), and the site is then published under it.',
  },
  languages: {
    fi: 'Sivuston kielet (fi, sv, en); ensimmäinen on oletuskieli.',
    sv: 'Webbplatsens språk (fi, sv, en); det första är standardspråket.',
    en: 'The languages of the site (fi, sv, en); the first is the default.',
  },
  language: {
    fi: 'Kielikoodi fi, sv tai en.',
    sv: 'Språkkoden fi, sv eller en.',
    en: 'A language code: fi, sv or en.',
  },
  contact: {
    fi: 'Yhteystiedot palautteelle ja saavutettavuuspalautteelle (sähköposti).',
    sv: 'Kontakt för respons och tillgänglighetsrespons (e-post).',
    en: 'The contact for feedback and accessibility feedback (e-mail).',
  },
  timezone: {
    fi: 'Aikavyöhyke (oletus Europe/Helsinki).',
    sv: 'Tidszon (standard Europe/Helsinki).',
    en: 'The time zone (default Europe/Helsinki).',
  },
  feedbackUrl: {
    fi: 'Osoite, jossa asukkaat antavat palautetta.',
    sv: 'Adressen där invånarna ger respons.',
    en: 'Where residents give feedback.',
  },
  feedbackPage: {
    fi: 'Vapaa sivu, joka kertoo, miten palaute käsitellään (sivun tunnus); teemasivut linkittävät siihen, kun palautteeseen ei ole vielä vastattu.',
    sv: 'Den fria sida som berättar hur respons behandlas (sidans id); temasidorna länkar dit när responsen ännu inte besvarats.',
    en: 'The free page that tells how feedback is handled (its slug); theme pages link to it while feedback has no answer yet.',
  },
  accessibility: {
    fi: 'Saavutettavuusselosteen tiedot: status, assessed, updated, method, issues (puutteet; kielittäin kirjoitetun puutteen alle voi lisätä wcag: [1.4.3] eli kriteerit, joita se koskee) ja authority (valvontaviranomainen: name, unit, web, email, phone; oletus Traficom).',
    sv: 'Uppgifterna för tillgänglighetsutlåtandet: status, assessed, updated, method, issues (brister; under en brist skriven per språk kan wcag: [1.4.3] ange kriterierna den gäller) och authority (tillsynsmyndighet: name, unit, web, email, phone; standard Traficom).',
    en: 'The facts of the accessibility statement: status, assessed, updated, method, issues (under an issue written per language, wcag: [1.4.3] names the criteria it fails) and authority (the supervisory authority: name, unit, web, email, phone; Traficom unless given).',
  },
  status: {
    fi: 'Vaatimustenmukaisuus: full, partial tai none.',
    sv: 'Överensstämmelse: full, partial eller none.',
    en: 'Compliance: full, partial or none.',
  },
  assessed: {
    fi: 'Viimeisimmän arvioinnin päivä.',
    sv: 'Dagen för den senaste bedömningen.',
    en: 'The day of the last assessment.',
  },
  updated: {
    fi: 'Päivä, jona selostetta viimeksi päivitettiin (oletus: arvioinnin päivä).',
    sv: 'Dagen då utlåtandet senast uppdaterades (standard: bedömningens dag).',
    en: 'The day the statement was last updated (default: the day of the assessment).',
  },
  method: {
    fi: 'Arvioinnin tapa: self (itsearviointi) tai expert (ulkopuolinen asiantuntija).',
    sv: 'Bedömningens sätt: self (självbedömning) eller expert.',
    en: 'How it was assessed: self (self-assessment) or expert.',
  },
  issues: {
    fi: 'Tunnetut saavutettavuuspuutteet ja niiden syyt.',
    sv: 'Kända brister i tillgängligheten och varför.',
    en: 'Known inaccessible content and why.',
  },
  license: {
    fi: 'Avoimen datan lisenssi: cc-by-4.0 (oletus, Creative Commons Nimeä 4.0), cc0-1.0 (luovutus julkiseen käyttöön) tai cc-by-sa-4.0.',
    sv: 'Licensen för öppna data: cc-by-4.0 (standard, Creative Commons Erkännande 4.0), cc0-1.0 (allmän egendom) eller cc-by-sa-4.0.',
    en: 'The licence of the open data: cc-by-4.0 (default, Creative Commons Attribution 4.0), cc0-1.0 (public domain) or cc-by-sa-4.0.',
  },
  promise: {
    fi: 'Palvelulupaus palautteelle, sama teksti kaikilla kielillä tai kielittäin (fi, sv, en), esimerkiksi "Vastaamme kahdessa viikossa."',
    sv: 'Servicelöftet för respons, samma text på alla språk eller per språk (fi, sv, en), till exempel "Vi svarar inom två veckor."',
    en: 'The service promise for feedback, one text or one per language (fi, sv, en), e.g. "We answer within two weeks."',
  },
  logo: {
    fi: 'Organisaation logo sivuston ylälaidassa ja julisteissa: file (tiedosto kansiossa public/) ja alt (mitä logossa lukee tai näkyy, sama kaikilla kielillä tai kielittäin; oletus: organisaation nimi).',
    sv: 'Organisationens logotyp överst på webbplatsen och på affischerna: file (filen i mappen public/) och alt (vad logotypen säger eller visar, samma på alla språk eller per språk; standard: organisationens namn).',
    en: "The organisation's logo at the top of the site and on posters: file (the file in the public/ folder) and alt (what the logo says or shows, one text or one per language; default: the organisation's name).",
  },
  logoFile: {
    fi: 'Logon tiedosto kansiossa public/ (content/- ja data/-kansioiden vieressä), esim. logo.svg; muoto svg, png, jpg tai webp.',
    sv: 'Logotypens fil i mappen public/ (bredvid mapparna content/ och data/), t.ex. logo.svg; format svg, png, jpg eller webp.',
    en: 'The logo file in the public/ folder (next to content/ and data/), e.g. logo.svg; svg, png, jpg or webp.',
  },
  logoAlt: {
    fi: 'Logon tekstivastine: mitä logossa lukee tai näkyy, sama kaikilla kielillä tai kielittäin (fi, sv, en).',
    sv: 'Logotypens textalternativ: vad den säger eller visar, samma på alla språk eller per språk (fi, sv, en).',
    en: 'The text alternative of the logo: what it says or shows, one text or one per language (fi, sv, en).',
  },
  favicon: {
    fi: 'Selaimen välilehden kuvake, tiedosto kansiossa public/ (svg, png tai ico); oletus on kuultun puhekupla.',
    sv: 'Ikonen i webbläsarens flik, en fil i mappen public/ (svg, png eller ico); standard är kuultus pratbubbla.',
    en: "The icon in the browser's tab, a file in the public/ folder (svg, png or ico); the default is kuultu's speech bubble.",
  },
  issue: {
    fi: 'Yksi saavutettavuuspuute, sama teksti kaikilla kielillä tai kielittäin (fi, sv, en); kielittäin kirjoitetun alle voi lisätä rivin wcag: ja WCAG 2.1 -kriteerit, joita puute koskee (esim. wcag: [1.1.1, 1.3.1]).',
    sv: 'En brist i tillgängligheten, samma text på alla språk eller per språk (fi, sv, en); under en text per språk kan raden wcag: ange de WCAG 2.1-kriterier bristen gäller (t.ex. wcag: [1.1.1, 1.3.1]).',
    en: 'One piece of inaccessible content, one text or one per language (fi, sv, en); under a text per language a line wcag: may name the WCAG 2.1 criteria it fails (e.g. wcag: [1.1.1, 1.3.1]).',
  },
  wcag: {
    fi: 'WCAG 2.1 -kriteerit, joita puute koskee, numeroina (A- ja AA-taso): yksi (wcag: 1.4.3) tai luettelo (wcag: [1.1.1, 1.3.1]). Seloste näyttää ne nimineen.',
    sv: 'De WCAG 2.1-kriterier bristen gäller, som nummer (nivå A och AA): ett (wcag: 1.4.3) eller en lista (wcag: [1.1.1, 1.3.1]). Utlåtandet visar dem med namn.',
    en: 'The WCAG 2.1 criteria the issue fails, by number (levels A and AA): one (wcag: 1.4.3) or a list (wcag: [1.1.1, 1.3.1]). The statement shows them with their names.',
  },
  authority: {
    fi: 'Valvontaviranomainen, jolle asukas voi tehdä ilmoituksen (oletus: Liikenne- ja viestintävirasto Traficomin saavutettavuuden valvontayksikkö). Anna name ja ainakin yksi yhteystieto: web, email tai phone.',
    sv: 'Tillsynsmyndigheten som invånare kan anmäla till (standard: Transport- och kommunikationsverket Traficoms tillsynsenhet för tillgänglighet). Ange name och minst ett kontaktsätt: web, email eller phone.',
    en: 'The supervisory authority residents can report to (default: the accessibility supervision unit of the Finnish Transport and Communications Agency Traficom). Give name and at least one contact: web, email or phone.',
  },
  authorityName: {
    fi: 'Viranomaisen nimi, sama kaikilla kielillä tai kielittäin (fi, sv, en).',
    sv: 'Myndighetens namn, samma på alla språk eller per språk (fi, sv, en).',
    en: "The authority's name, one text or one per language (fi, sv, en).",
  },
  authorityUnit: {
    fi: 'Valvontaa hoitava yksikkö, sama kaikilla kielillä tai kielittäin (vapaaehtoinen).',
    sv: 'Den enhet som sköter tillsynen, samma på alla språk eller per språk (frivilligt).',
    en: 'The unit that supervises, one text or one per language (optional).',
  },
  authorityWeb: {
    fi: 'Viranomaisen verkkosivu (https://…).',
    sv: 'Myndighetens webbplats (https://…).',
    en: "The authority's web page (https://…).",
  },
  authorityEmail: {
    fi: 'Viranomaisen sähköpostiosoite.',
    sv: 'Myndighetens e-postadress.',
    en: "The authority's e-mail address.",
  },
  authorityPhone: {
    fi: 'Viranomaisen puhelinnumero, esim. 029 534 5000.',
    sv: 'Myndighetens telefonnummer, t.ex. 029 534 5000.',
    en: "The authority's phone number, e.g. 029 534 5000.",
  },
} satisfies Record<string, FieldDoc>;

/** How messages about one "text or text per language" field name it. */
interface TextWords {
  /** Starts the problem codes: `name.type`, `issue.default`. */
  code: string;
  /** "a name", "an issue": for `is a list, not a name.` */
  aNoun: Text;
  /** "name", "text": for `has no name in fi, the default language.` */
  noun: Text;
  /** What an empty value should have held. */
  expected: Text;
  /** What to write when it is empty. */
  emptyFix: Text;
  /** What to write when it is neither text nor languages. */
  typeFix: Text;
  /** Where the language lines go: "under name:". */
  under: Text;
  /** What the default language should have: "a name for fi". */
  expectedIn: (lang: Lang) => Text;
}

const NAME_WORDS: TextWords = {
  code: 'name',
  aNoun: { fi: 'nimi', sv: 'ett namn', en: 'a name' },
  noun: { fi: 'nimeä', sv: 'namn', en: 'name' },
  expected: { fi: 'sivuston nimi', sv: 'webbplatsens namn', en: 'the name of the site' },
  emptyFix: {
    fi: 'kirjoita nimi, esim. name: Kuusijärvi kuulee',
    sv: 'skriv namnet, t.ex. name: Kuusijärvi kuulee',
    en: 'write the name, e.g. name: Kuusijärvi kuulee',
  },
  typeFix: {
    fi: 'kirjoita name: ja sen perään nimi, tai sisennetyt rivit fi:, sv:, en: sen alle',
    sv: 'skriv name: följt av namnet, eller raderna fi:, sv:, en: indragna under det',
    en: 'write name: followed by the name, or fi:, sv:, en: lines indented under it',
  },
  under: { fi: 'rivin name: alle', sv: 'under name:', en: 'under name:' },
  expectedIn: (lang) => ({ fi: `nimi kielellä ${lang}`, sv: `ett namn på ${lang}`, en: `a name for ${lang}` }),
};

const ORGANISATION_WORDS: TextWords = {
  code: 'organisation',
  aNoun: { fi: 'organisaation nimi', sv: 'ett organisationsnamn', en: "an organisation's name" },
  noun: { fi: 'organisaation nimeä', sv: 'organisationsnamn', en: 'organisation name' },
  expected: {
    fi: 'julkaisevan organisaation nimi',
    sv: 'namnet på organisationen som publicerar',
    en: 'the name of the organisation that publishes the site',
  },
  emptyFix: {
    fi: 'kirjoita nimi, esim. organisation: Kuusijärven kaupunki',
    sv: 'skriv namnet, t.ex. organisation: Kuusijärvi stad',
    en: 'write the name, e.g. organisation: City of Kuusijärvi',
  },
  typeFix: {
    fi: 'kirjoita organisation: ja sen perään nimi, tai sisennetyt rivit fi:, sv:, en: sen alle',
    sv: 'skriv organisation: följt av namnet, eller raderna fi:, sv:, en: indragna under det',
    en: 'write organisation: followed by the name, or fi:, sv:, en: lines indented under it',
  },
  under: { fi: 'rivin organisation: alle', sv: 'under organisation:', en: 'under organisation:' },
  expectedIn: (lang) => ({
    fi: `organisaation nimi kielellä ${lang}`,
    sv: `organisationens namn på ${lang}`,
    en: `the organisation's name in ${lang}`,
  }),
};

const PROMISE_WORDS: TextWords = {
  code: 'promise',
  aNoun: { fi: 'palvelulupaus', sv: 'ett servicelöfte', en: 'a promise' },
  noun: { fi: 'lupausta', sv: 'löfte', en: 'promise' },
  expected: {
    fi: 'palvelulupaus, esim. Vastaamme kahdessa viikossa.',
    sv: 'servicelöftet, t.ex. Vi svarar inom två veckor.',
    en: 'the service promise, e.g. We answer within two weeks.',
  },
  emptyFix: {
    fi: 'kirjoita lupaus, esim. promise: Vastaamme kahdessa viikossa., tai poista rivi',
    sv: 'skriv löftet, t.ex. promise: Vi svarar inom två veckor., eller ta bort raden',
    en: 'write the promise, e.g. promise: We answer within two weeks., or delete the line',
  },
  typeFix: {
    fi: 'kirjoita promise: ja sen perään teksti, tai sisennetyt rivit fi:, sv:, en: sen alle',
    sv: 'skriv promise: följt av texten, eller raderna fi:, sv:, en: indragna under det',
    en: 'write promise: followed by the text, or fi:, sv:, en: lines indented under it',
  },
  under: { fi: 'rivin promise: alle', sv: 'under promise:', en: 'under promise:' },
  expectedIn: (lang) => ({
    fi: `lupaus kirjoitettuna kielellä ${lang}`,
    sv: `löftet skrivet på ${lang}`,
    en: `the promise written in ${lang}`,
  }),
};

const ISSUE_WORDS: TextWords = {
  code: 'issue',
  aNoun: { fi: 'saavutettavuuspuute', sv: 'en brist', en: 'an issue' },
  noun: { fi: 'tekstiä', sv: 'text', en: 'text' },
  expected: {
    fi: 'mikä ei ole saavutettavaa ja miksi',
    sv: 'vad som inte är tillgängligt och varför',
    en: 'what is inaccessible and why',
  },
  emptyFix: {
    fi: 'kirjoita merkin "- " perään, mikä ei ole saavutettavaa ja miksi',
    sv: 'skriv efter "- " vad som inte är tillgängligt och varför',
    en: 'write what is inaccessible and why after "- "',
  },
  typeFix: {
    fi: 'kirjoita puute merkin "- " perään, tai sisennetyt rivit fi:, sv:, en: sen alle',
    sv: 'skriv bristen efter "- ", eller raderna fi:, sv:, en: indragna under den',
    en: 'write the issue after "- ", or fi:, sv:, en: lines indented under it',
  },
  under: { fi: 'puutteen alle', sv: 'under bristen', en: 'under the issue' },
  expectedIn: (lang) => ({
    fi: `puute kirjoitettuna kielellä ${lang}`,
    sv: `bristen skriven på ${lang}`,
    en: `the issue written in ${lang}`,
  }),
};

const LOGO_ALT_WORDS: TextWords = {
  code: 'logo.alt',
  aNoun: { fi: 'logon tekstivastine', sv: 'ett textalternativ', en: 'a text alternative' },
  noun: { fi: 'tekstivastinetta', sv: 'textalternativ', en: 'text alternative' },
  expected: {
    fi: 'mitä logossa lukee tai näkyy',
    sv: 'vad logotypen säger eller visar',
    en: 'what the logo says or shows',
  },
  emptyFix: {
    fi: 'kirjoita alt: -riville, mitä logossa lukee, tai poista rivi, jolloin käytetään organisaation nimeä',
    sv: 'skriv vad logotypen säger på raden alt:, eller ta bort raden så används organisationens namn',
    en: "write what the logo says after alt:, or remove the line to use the organisation's name",
  },
  typeFix: {
    fi: 'kirjoita yksi teksti tai rivit fi:, sv: ja en: alt:-rivin alle',
    sv: 'skriv en text, eller raderna fi:, sv: och en: under alt:',
    en: 'write one text, or lines fi:, sv: and en: under alt:',
  },
  under: { fi: 'rivin alt: alle', sv: 'under alt:', en: 'under alt:' },
  expectedIn: (lang) => ({
    fi: `tekstivastine kielellä ${lang}`,
    sv: `ett textalternativ på ${lang}`,
    en: `a text alternative in ${lang}`,
  }),
};

/** Re-reports a text's issues under `path`, so an over-long Swedish name is not called empty. */
function parseText(
  value: unknown,
  max: number,
  doc: FieldDoc,
  words: TextWords,
  ctx: Ctx,
  path?: PropertyKey[],
): string | undefined {
  const r = requiredText(doc, { max }).safeParse(value);
  if (r.success) return r.data;
  const key = path?.[0] === undefined ? undefined : String(path[0]);
  for (const issue of r.error.issues) {
    const params = issue.code === 'custom' ? (issue.params as IssueWords | undefined) : undefined;
    if (params?.code === 'required') {
      report(
        ctx,
        IS_EMPTY,
        {
          code: 'required',
          expected: path
            ? {
                fi: `${words.expected.fi} tällä kielellä`,
                sv: `${words.expected.sv} på det här språket`,
                en: `${words.expected.en} in this language`,
              }
            : words.expected,
          fix:
            key === undefined
              ? words.emptyFix
              : {
                  fi: `kirjoita teksti rivin ${key}: perään`,
                  sv: `skriv texten efter ${key}:`,
                  en: `write the ${words.noun.en} after ${key}:`,
                },
        },
        path,
      );
    } else if (params) {
      report(ctx, predicateOf(issue), params, path);
    } else {
      const where =
        key === undefined ? same('') : { fi: ` rivin ${key}: perään`, sv: ` efter ${key}:`, en: ` after ${key}:` };
      report(
        ctx,
        isNot(value, TYPE_NOUNS.string!),
        {
          code: 'type',
          expected: { fi: 'yksi rivi tekstiä', sv: 'en rad text', en: 'one line of text' },
          fix: {
            fi: `kirjoita teksti${where.fi} yhdelle riville`,
            sv: `skriv texten${where.sv} på en rad`,
            en: `write the ${words.noun.en}${where.en} on one line`,
          },
        },
        path,
      );
    }
  }
  return undefined;
}

/**
 * One text for every language (`Kuusijärvi kuulee`) or one per language (`{ fi: …, sv: … }`).
 * Which languages the site has is checked by `checkLanguages`, where `languages` is known.
 */
function textOrPerLanguage(doc: FieldDoc, words: TextWords, opts: { max: number }) {
  return yamlValue
    .transform((value, ctx): Localized | string => {
      if (value === null || typeof value !== 'object') return parseText(value, opts.max, doc, words, ctx) ?? z.NEVER;
      if (Array.isArray(value)) {
        return report(ctx, isNot(value, words.aNoun), {
          code: `${words.code}.type`,
          expected: {
            fi: `yksi teksti tai yksi kullekin kielelle (fi, sv, en)`,
            sv: `en text, eller en per språk (fi, sv, en)`,
            en: `one ${words.noun.en}, or one per language (fi, sv, en)`,
          },
          fix: words.typeFix,
        });
      }
      const texts: Localized = {};
      for (const [lang, v] of Object.entries(value)) {
        if (!(LANGUAGES as readonly string[]).includes(lang)) {
          const synonym = LANGUAGE_SYNONYMS[lang.toLowerCase()];
          report(
            ctx,
            { fi: 'ei ole kieli.', sv: 'är inte ett språk.', en: 'is not a language.' },
            {
              code: 'enum',
              value: lang,
              expected: same(LANGUAGES.join(', ')),
              fix: synonym
                ? writeValue(synonym)
                : { fi: 'käytä koodeja fi, sv tai en', sv: 'använd fi, sv eller en', en: 'use fi, sv or en' },
            },
            [lang],
          );
          continue;
        }
        const t = parseText(v, opts.max, doc, words, ctx, [lang]);
        if (t !== undefined) texts[lang as Lang] = t;
      }
      return texts;
    })
    .meta({
      doc,
      kind: 'text, or text per language',
      kindText: {
        fi: 'teksti, tai teksti kielittäin',
        sv: 'text, eller text per språk',
        en: 'text, or text per language',
      },
      required: true,
    });
}

/**
 * The default language is required (everything falls back to it), and a language the site
 * does not publish in is an error as a content file in it is: its text would never be shown.
 */
function checkLanguages(
  value: Localized | string,
  languages: readonly Lang[],
  words: TextWords,
  ctx: Ctx,
  path: PropertyKey[],
): void {
  if (typeof value === 'string') return;
  const first = languages[0];
  if (first !== undefined && !value[first]) {
    report(
      ctx,
      {
        fi: `ei sisällä ${words.noun.fi} oletuskielellä ${first}.`,
        sv: `har inget ${words.noun.sv} på ${first}, standardspråket.`,
        en: `has no ${words.noun.en} in ${first}, the default language.`,
      },
      {
        code: `${words.code}.default`,
        expected: words.expectedIn(first),
        fix: {
          fi: `lisää rivi "${first}: …" ${words.under.fi}`,
          sv: `lägg till raden "${first}: …" ${words.under.sv}`,
          en: `add a line "${first}: …" ${words.under.en}`,
        },
      },
      path,
    );
  }
  const configured = languages.join(', ');
  for (const lang of Object.keys(value) as Lang[]) {
    if (!languages.includes(lang)) {
      report(
        ctx,
        {
          fi: `ei ole sivuston kieliä (${configured}).`,
          sv: `är inte ett av webbplatsens språk (${configured}).`,
          en: `is not one of the site's languages (${configured}).`,
        },
        {
          code: 'language.unused',
          expected: {
            fi: `tekstejä vain kielillä ${configured}`,
            sv: `texter bara på ${configured}`,
            en: `texts in ${configured} only`,
          },
          fix: {
            fi: `lisää ${lang} tiedoston content/site.yaml kohtaan languages tai poista rivi`,
            sv: `lägg till ${lang} under languages i content/site.yaml, eller ta bort raden`,
            en: `add ${lang} to languages in content/site.yaml, or remove the line`,
          },
        },
        [...path, lang],
      );
    }
  }
}

/** `name: Kuusijärvi kuulee` or `name: { fi: …, sv: …, en: … }`. */
const siteName = textOrPerLanguage(doc.name, NAME_WORDS, { max: 200 });

/** `organisation: Kuusijärven kaupunki` or one per language: posters and pages in Swedish name it in Swedish. */
const organisation = textOrPerLanguage(doc.organisation, ORGANISATION_WORDS, { max: 200 });

/** `promise: Vastaamme kahdessa viikossa.` or one per language; optional. */
const promise = textOrPerLanguage(doc.promise, PROMISE_WORDS, { max: 500 })
  .optional()
  .meta({
    doc: doc.promise,
    kind: 'text, or text per language',
    kindText: {
      fi: 'teksti, tai teksti kielittäin',
      sv: 'text, eller text per språk',
      en: 'text, or text per language',
    },
    required: false,
  });

const issueText = textOrPerLanguage(doc.issue, ISSUE_WORDS, { max: 1000 });

/** One accessibility issue as the statement shows it: its words and the criteria it fails. */
export interface AccessibilityIssue<T = Localized> {
  text: T;
  /** WCAG 2.1 criteria, in WCAG's order; empty when the author named none. */
  wcag: WcagCriterion[];
}

/** `wcag: 1.4.3` or `wcag: [1.1.1, 1.3.1]`; each a WCAG 2.1 level A or AA criterion. */
function parseCriteria(value: unknown, ctx: Ctx): WcagCriterion[] {
  const items = Array.isArray(value) ? value : [value];
  const criteria: WcagCriterion[] = [];
  items.forEach((item, i) => {
    const written = typeof item === 'string' || typeof item === 'number' ? String(item).trim() : undefined;
    if (written !== undefined && isWcagCriterion(written)) {
      criteria.push(written);
      return;
    }
    report(
      ctx,
      {
        fi: 'ei ole WCAG 2.1:n A- tai AA-tason onnistumiskriteerin numero.',
        sv: 'är inte numret på ett framgångskriterium på nivå A eller AA i WCAG 2.1.',
        en: 'is not the number of a WCAG 2.1 level A or AA success criterion.',
      },
      {
        code: 'issue.wcag',
        value: written ?? JSON.stringify(item),
        expected: {
          fi: 'kriteerin numero, esim. 1.4.3, tai luettelo [1.1.1, 1.3.1]',
          sv: 'kriteriets nummer, t.ex. 1.4.3, eller en lista [1.1.1, 1.3.1]',
          en: "a criterion's number, e.g. 1.4.3, or a list [1.1.1, 1.3.1]",
        },
        fix: {
          fi: 'tarkista numero WCAG 2.1 -ohjeistosta (https://www.w3.org/Translations/WCAG21-fi/) ja kirjoita se kolmella numerolla, esim. 1.4.3',
          sv: 'kontrollera numret i WCAG 2.1 (https://www.w3.org/TR/WCAG21/) och skriv det med tre tal, t.ex. 1.4.3',
          en: 'check the number in WCAG 2.1 (https://www.w3.org/TR/WCAG21/) and write its three numbers, e.g. 1.4.3',
        },
      },
      Array.isArray(value) ? ['wcag', i] : ['wcag'],
    );
  });
  return sortCriteria(criteria);
}

/**
 * `- Some minutes are scanned PDFs.`, `- { fi: …, sv: …, en: … }`, or the per-language form
 * with a `wcag:` line among the languages naming the criteria the issue fails.
 */
const issue = yamlValue
  .transform((value, ctx): AccessibilityIssue<Localized | string> => {
    const isMap = value !== null && typeof value === 'object' && !Array.isArray(value);
    const { wcag, ...texts } = isMap ? (value as Record<string, unknown>) : { wcag: undefined };
    const parsed = issueText.safeParse(isMap ? texts : value);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const params = i.code === 'custom' ? (i.params as IssueWords | undefined) : undefined;
        ctx.issues.push({ code: 'custom', message: i.message, input: params?.value, params, path: i.path });
      }
    }
    const criteria = wcag === undefined || wcag === null ? [] : parseCriteria(wcag, ctx);
    return parsed.success ? { text: parsed.data, wcag: criteria } : z.NEVER;
  })
  .meta({
    doc: doc.issue,
    kind: 'text, or text per language (and wcag)',
    kindText: {
      fi: 'teksti, tai teksti kielittäin (ja wcag)',
      sv: 'text, eller text per språk (och wcag)',
      en: 'text, or text per language (and wcag)',
    },
    required: true,
  });

export const LOGO_EXTENSIONS = ['svg', 'png', 'jpg', 'jpeg', 'webp'] as const;
export const FAVICON_EXTENSIONS = ['svg', 'png', 'ico'] as const;

/**
 * A file in the site's public/ folder, named from that folder (`logo.svg`, `kuvat/logo.png`):
 * not an address (the site may live under a sub-path, src/site/paths.ts adds it) and never
 * outside the folder. Whether the file is there is checked with the project (load-project.ts).
 */
function publicFile(doc: FieldDoc, extensions: readonly string[], opts: { required: boolean }) {
  const list = extensions.join(', ');
  const base = requiredText(doc, { max: 200 }).transform((t, ctx) => {
    const name = t
      .trim()
      .replace(/^\.?\/+/, '')
      .replace(/^public\//, '');
    if (/^[a-z]+:|^\/\/|\\|(^|\/)\.\.(\/|$)/i.test(name))
      return report(
        ctx,
        {
          fi: 'ei ole tiedoston nimi kansiossa public/.',
          sv: 'är inte namnet på en fil i mappen public/.',
          en: 'is not the name of a file in the public/ folder.',
        },
        {
          code: 'public-file.path',
          value: t,
          expected: {
            fi: 'tiedoston nimi kansiossa public/, esim. logo.svg',
            sv: 'namnet på en fil i mappen public/, t.ex. logo.svg',
            en: 'the name of a file in the public/ folder, e.g. logo.svg',
          },
          fix: {
            fi: 'kopioi tiedosto kansioon public/ ja kirjoita tähän sen nimi',
            sv: 'kopiera filen till mappen public/ och skriv dess namn här',
            en: 'copy the file into the public/ folder and write its name here',
          },
        },
      ) as string;
    const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
    if (extension === undefined || !extensions.includes(extension))
      return report(
        ctx,
        {
          fi: `ei ole muotoa ${list}.`,
          sv: `har inte formatet ${list}.`,
          en: `is not a ${list} file.`,
        },
        {
          code: 'public-file.type',
          value: t,
          expected: { fi: `tiedosto muotoa ${list}`, sv: `en fil i formatet ${list}`, en: `a ${list} file` },
          fix: {
            fi: `tallenna kuva muodossa ${extensions[0]} tai ${extensions[1]} ja kirjoita uusi nimi`,
            sv: `spara bilden som ${extensions[0]} eller ${extensions[1]} och skriv det nya namnet`,
            en: `save the image as ${extensions[0]} or ${extensions[1]} and write the new name`,
          },
        },
      ) as string;
    return name;
  });
  const type = opts.required ? base : base.optional();
  return type.meta({
    doc,
    kind: `a file in public/ (${list})`,
    kindText: {
      fi: `tiedosto kansiossa public/ (${list})`,
      sv: `en fil i mappen public/ (${list})`,
      en: `a file in public/ (${list})`,
    },
    required: opts.required,
  });
}

/** `logo: { file: logo.svg, alt: … }`; the alt text defaults to the organisation's name. */
const logo = z
  .object(
    {
      /** The file in public/. */
      file: publicFile(doc.logoFile, LOGO_EXTENSIONS, { required: true }) as z.ZodType<string, unknown>,
      /** What the logo says or shows: one text or one per language. */
      alt: textOrPerLanguage(doc.logoAlt, LOGO_ALT_WORDS, { max: 200 })
        .optional()
        .meta({
          doc: doc.logoAlt,
          kind: 'text, or text per language',
          kindText: {
            fi: 'teksti, tai teksti kielittäin',
            sv: 'text, eller text per språk',
            en: 'text, or text per language',
          },
          required: false,
        }),
    },
    { error: 'is not a group of keys.' },
  )
  .optional()
  .meta({
    doc: doc.logo,
    kind: 'file and alt indented under it',
    kindText: {
      fi: 'file ja alt sisennettyinä sen alle',
      sv: 'file och alt indragna under den',
      en: 'file and alt indented under it',
    },
    required: false,
  });

/**
 * Not `oneOf`: its "did you mean" finds every two-letter code close to every other, and telling
 * an author who wrote `de` to write `fi` would be wrong advice.
 */
const language = requiredText(doc.language, { max: 20 }).transform((t, ctx): Lang => {
  const lower = t.toLowerCase();
  if ((LANGUAGES as readonly string[]).includes(lower)) return lower as Lang;
  const synonym = LANGUAGE_SYNONYMS[lower];
  return report(
    ctx,
    {
      fi: 'ei ole kieli, jolla kuultu julkaisee.',
      sv: 'är inte ett språk som kuultu publicerar på.',
      en: 'is not a language kuultu publishes in.',
    },
    {
      code: 'enum',
      value: t,
      expected: same(LANGUAGES.join(', ')),
      fix: synonym
        ? {
            fi: `kirjoita "${synonym}" (${lower} = ${synonym})`,
            sv: `skriv "${synonym}" (${lower} = ${synonym})`,
            en: `write "${synonym}" (${lower} = ${synonym})`,
          }
        : {
            fi: 'kuultu julkaisee suomeksi (fi), ruotsiksi (sv) ja englanniksi (en): käytä näitä koodeja',
            sv: 'kuultu publicerar på finska (fi), svenska (sv) och engelska (en): använd de koderna',
            en: 'kuultu publishes in Finnish (fi), Swedish (sv) and English (en): use those codes',
          },
    },
  );
});

const LANGUAGE_NOUN: ItemNoun = {
  one: { fi: 'kieli', sv: 'språk', en: 'language' },
  plural: { fi: 'kielet', sv: 'språken', en: 'languages' },
  counted: { fi: 'kieltä', sv: 'språk', en: 'languages' },
};

const ISSUE_NOUN: ItemNoun = {
  one: { fi: 'puute', sv: 'brist', en: 'issue' },
  plural: { fi: 'puutteet', sv: 'bristerna', en: 'issues' },
  counted: { fi: 'puutetta', sv: 'brister', en: 'issues' },
};

const languages = listOf(doc.languages, language, { required: true, itemNoun: LANGUAGE_NOUN, example: '[fi, sv, en]' })
  .superRefine((langs, ctx) => {
    langs.forEach((lang, i) => {
      if (langs.indexOf(lang) !== i)
        report(
          ctx,
          { fi: 'on luettelossa kahdesti.', sv: 'står två gånger i listan.', en: 'is listed twice.' },
          {
            code: 'language.duplicate',
            value: lang,
            expected: { fi: 'kukin kieli kerran', sv: 'varje språk en gång', en: 'each language once' },
            fix: { fi: 'poista jälkimmäinen', sv: 'ta bort den andra', en: 'remove the second one' },
          },
          [i],
        );
    });
  })
  .meta({
    doc: doc.languages,
    kind: 'a list of fi, sv, en',
    kindText: { fi: 'luettelo kielistä fi, sv, en', sv: 'en lista av fi, sv, en', en: 'a list of fi, sv, en' },
    required: true,
  });

const AUTHORITY_NAME_WORDS: TextWords = {
  code: 'authority.name',
  aNoun: { fi: 'viranomaisen nimi', sv: 'ett myndighetsnamn', en: "an authority's name" },
  noun: { fi: 'nimeä', sv: 'namn', en: 'name' },
  expected: {
    fi: 'valvontaviranomaisen nimi',
    sv: 'tillsynsmyndighetens namn',
    en: "the supervisory authority's name",
  },
  emptyFix: {
    fi: 'kirjoita viranomaisen nimi rivin name: perään, tai poista koko authority-kohta, niin Traficom näytetään',
    sv: 'skriv myndighetens namn efter name:, eller ta bort hela authority, så visas Traficom',
    en: "write the authority's name after name:, or delete the whole authority key to show Traficom",
  },
  typeFix: {
    fi: 'kirjoita name: ja sen perään nimi, tai sisennetyt rivit fi:, sv:, en: sen alle',
    sv: 'skriv name: följt av namnet, eller raderna fi:, sv:, en: indragna under det',
    en: 'write name: followed by the name, or fi:, sv:, en: lines indented under it',
  },
  under: { fi: 'rivin name: alle', sv: 'under name:', en: 'under name:' },
  expectedIn: (lang) => ({ fi: `nimi kielellä ${lang}`, sv: `ett namn på ${lang}`, en: `a name for ${lang}` }),
};
const AUTHORITY_UNIT_WORDS: TextWords = {
  ...AUTHORITY_NAME_WORDS,
  code: 'authority.unit',
  expected: { fi: 'valvontayksikön nimi', sv: 'tillsynsenhetens namn', en: "the supervising unit's name" },
  emptyFix: {
    fi: 'kirjoita yksikön nimi rivin unit: perään, tai poista rivi',
    sv: 'skriv enhetens namn efter unit:, eller ta bort raden',
    en: "write the unit's name after unit:, or delete the line",
  },
  under: { fi: 'rivin unit: alle', sv: 'under unit:', en: 'under unit:' },
};

/**
 * Who supervises Act 306/2019: from 1.1.2025 Traficom (government bill HE 71/2024 moved it from
 * Etelä-Suomen aluehallintovirasto); see the README for the sources. The default of `authority`.
 */
export const TRAFICOM = {
  name: {
    fi: 'Liikenne- ja viestintävirasto Traficom',
    sv: 'Transport- och kommunikationsverket Traficom',
    en: 'Finnish Transport and Communications Agency Traficom',
  },
  unit: {
    fi: 'Digitaalisen esteettömyyden ja saavutettavuuden valvontayksikkö',
    sv: 'Enheten för tillsyn över digital tillgänglighet',
    en: 'Digital Accessibility Supervision Unit',
  },
  web: 'https://www.saavutettavuusvaatimukset.fi',
  email: 'saavutettavuus@traficom.fi',
  phone: '029 534 5000',
} as const;

const authority = z
  .object(
    {
      name: textOrPerLanguage(doc.authorityName, AUTHORITY_NAME_WORDS, { max: 200 }),
      unit: textOrPerLanguage(doc.authorityUnit, AUTHORITY_UNIT_WORDS, { max: 200 })
        .optional()
        .meta({
          doc: doc.authorityUnit,
          kind: 'text, or text per language',
          kindText: {
            fi: 'teksti, tai teksti kielittäin',
            sv: 'text, eller text per språk',
            en: 'text, or text per language',
          },
          required: false,
        }),
      web: httpsUrl(doc.authorityWeb),
      email: email(doc.authorityEmail),
      phone: text(doc.authorityPhone, { max: 40 }),
    },
    { error: 'is not a group of keys.' },
  )
  .superRefine((a, ctx) => {
    if (a.web === undefined && a.email === undefined && a.phone === undefined)
      report(
        ctx,
        {
          fi: 'ei kerro, miten viranomaisen tavoittaa.',
          sv: 'säger inte hur man når myndigheten.',
          en: 'does not say how to reach the authority.',
        },
        {
          code: 'authority.contact',
          expected: {
            fi: 'ainakin yksi rivi web:, email: tai phone:',
            sv: 'minst en av raderna web:, email: eller phone:',
            en: 'at least one of web:, email: or phone:',
          },
          fix: {
            fi: 'lisää authority-kohdan alle esim. web: https://… tai email: …',
            sv: 'lägg till under authority t.ex. web: https://… eller email: …',
            en: 'add under authority e.g. web: https://… or email: …',
          },
        },
      );
  })
  .optional()
  .meta({
    doc: doc.authority,
    kind: 'name, unit, web, email and phone indented under it',
    kindText: {
      fi: 'name, unit, web, email ja phone sisennettyinä sen alle',
      sv: 'name, unit, web, email och phone indragna under den',
      en: 'name, unit, web, email and phone indented under it',
    },
    required: false,
  });

const accessibility = z
  .object(
    {
      /** full, partial or none (Act 306/2019: compliant, partially compliant, not compliant). */
      status: oneOf(
        doc.status,
        {
          fi: 'kelvollinen vaatimustenmukaisuuden tila',
          sv: 'en giltig överensstämmelsestatus',
          en: 'a compliance status',
        },
        ACCESSIBILITY_STATUSES,
        {
          synonyms: {
            täysi: 'full',
            täysin: 'full',
            täyttää: 'full',
            helt: 'full',
            osittain: 'partial',
            osittainen: 'partial',
            delvis: 'partial',
            ei: 'none',
            inte: 'none',
            no: 'none',
          },
        },
      ),
      /** The day of the last assessment. */
      assessed: requiredDate(doc.assessed),
      /** The day the statement was last updated; the assessment day when left out. */
      updated: date(doc.updated),
      /** self or expert; self when left out. */
      method: oneOf(
        doc.method,
        { fi: 'kelvollinen arviointitapa', sv: 'ett giltigt bedömningssätt', en: 'an assessment method' },
        ASSESSMENT_METHODS,
        {
          required: false,
          synonyms: { itsearviointi: 'self', självbedömning: 'self', asiantuntija: 'expert', ulkoinen: 'expert' },
        },
      )
        .transform((m) => m ?? 'self')
        .meta({ doc: doc.method, kind: 'one of self, expert', required: false }),
      /** Known inaccessible content and why; may be empty. */
      issues: listOf(doc.issues, issue, { itemNoun: ISSUE_NOUN, example: '"- Some older minutes are scanned PDFs."' }),
      /** Whom residents report to when our answer does not help; Traficom unless given. */
      authority,
    },
    { error: 'is not a group of keys.' },
  )
  .meta({
    doc: doc.accessibility,
    kind: 'status, assessed, updated, method, issues and authority indented under it',
    kindText: {
      fi: 'status, assessed, updated, method, issues ja authority sisennettyinä sen alle',
      sv: 'status, assessed, updated, method, issues och authority indragna under den',
      en: 'status, assessed, updated, method, issues and authority indented under it',
    },
    required: true,
  });

/**
 * The address may carry a path: a GitHub project site lives at `https://org.github.io/repo/`,
 * and every address on the site then starts with `/repo/` (src/site/paths.ts). A query or a
 * `#` part names no folder a site could be served from, so it is refused.
 */
const siteUrl = httpsUrl(doc.url, { required: true })
  .transform((t, ctx) => {
    const address = new URL(t!);
    if (address.search === '' && address.hash === '') return t!;
    const clean = `${address.origin}${address.pathname}`;
    return report(
      ctx,
      {
        fi: 'sisältää ?- tai #-osan, mutta sivusto julkaistaan osoitteessa ilman niitä.',
        sv: 'har en ?- eller #-del, men en webbplats publiceras på en adress utan dem.',
        en: 'has a ? or # part, but a site is served from an address without one.',
      },
      {
        code: 'url.query',
        value: t,
        expected: {
          fi: `sivuston etusivun kansion osoite, esim. ${clean}`,
          sv: `adressen till webbplatsens startmapp, t.ex. ${clean}`,
          en: `the address of the site's front folder, e.g. ${clean}`,
        },
        fix: writeValue(clean),
      },
    ) as string;
  })
  .meta({
    doc: doc.url,
    kind: 'a web address starting with https://',
    kindText: {
      fi: 'verkko-osoite, joka alkaa https://',
      sv: 'en webbadress som börjar med https://',
      en: 'a web address starting with https://',
    },
    required: true,
  });

export const SiteSchema = z
  .object({
    /** The name of the site: one, or one per language. */
    name: siteName,
    /** The organisation that publishes the site. */
    organisation,
    /** Absolute https address: canonical URLs, sitemap, feeds and iCal need it; its path is the site's base. */
    url: siteUrl,
    /** fi, sv and/or en; the first is the default language. */
    languages,
    /** E-mail for general and accessibility feedback. */
    contact: email(doc.contact, { required: true }) as z.ZodType<string, unknown>,
    /** Europe/Helsinki unless given. */
    timezone: timeZone(doc.timezone, DEFAULT_TIME_ZONE),
    /** Where residents give feedback. */
    feedbackUrl: url(doc.feedbackUrl, { required: true, absolute: true }) as z.ZodType<string, unknown>,
    /** The free page on how feedback is handled, linked from themes whose feedback has no answer yet. */
    feedbackPage: optionalId(doc.feedbackPage, 'palautteen-kasittely'),
    /** The facts of the accessibility statement. */
    accessibility,
    /** The licence of the open-data files; CC BY 4.0 unless given. */
    license: oneOf(
      doc.license,
      { fi: 'lisenssi, jonka kuultu tuntee', sv: 'en licens som kuultu känner till', en: 'a licence kuultu knows' },
      LICENCES,
      {
        required: false,
        synonyms: {
          'cc by 4.0': 'cc-by-4.0',
          'cc-by': 'cc-by-4.0',
          'cc by': 'cc-by-4.0',
          cc0: 'cc0-1.0',
          'cc0 1.0': 'cc0-1.0',
          'cc by-sa 4.0': 'cc-by-sa-4.0',
          'cc-by-sa': 'cc-by-sa-4.0',
        },
      },
    )
      .transform((l) => l ?? DEFAULT_LICENCE)
      .meta({
        doc: doc.license,
        kind: `one of ${LICENCES.join(', ')}`,
        kindText: {
          fi: `jokin näistä: ${LICENCES.join(', ')}`,
          sv: `en av ${LICENCES.join(', ')}`,
          en: `one of ${LICENCES.join(', ')}`,
        },
        required: false,
        values: LICENCES,
      }),
    /** The organisation's logo in the header and on posters; none unless given. */
    logo,
    /** The browser tab's icon, a file in public/; kuultu's own /favicon.svg unless given. */
    favicon: publicFile(doc.favicon, FAVICON_EXTENSIONS, { required: false }) as z.ZodType<string | undefined, unknown>,
    /** The service promise every theme without its own shares. */
    promise,
    /** The promise in days, so whether it was kept can be measured. */
    answerWithinDays: promiseDays(),
  })
  .superRefine((site, ctx) => {
    checkLanguages(site.name, site.languages, NAME_WORDS, ctx, ['name']);
    checkLanguages(site.organisation, site.languages, ORGANISATION_WORDS, ctx, ['organisation']);
    if (site.promise !== undefined) checkLanguages(site.promise, site.languages, PROMISE_WORDS, ctx, ['promise']);
    if (site.logo?.alt !== undefined)
      checkLanguages(site.logo.alt, site.languages, LOGO_ALT_WORDS, ctx, ['logo', 'alt']);
    for (const [i, issue] of site.accessibility.issues.entries()) {
      checkLanguages(issue.text, site.languages, ISSUE_WORDS, ctx, ['accessibility', 'issues', i]);
    }
    const { authority } = site.accessibility;
    if (authority) {
      checkLanguages(authority.name, site.languages, AUTHORITY_NAME_WORDS, ctx, ['accessibility', 'authority', 'name']);
      if (authority.unit !== undefined)
        checkLanguages(authority.unit, site.languages, AUTHORITY_UNIT_WORDS, ctx, [
          'accessibility',
          'authority',
          'unit',
        ]);
    }
  })
  .transform(({ name, organisation, accessibility, promise, logo, ...site }) => ({
    ...site,
    name: nameInEveryLanguage(name, site.languages),
    organisation: nameInEveryLanguage(organisation, site.languages),
    // A logo stands for the organisation: without its own alt text, its name says what it is.
    ...(logo === undefined
      ? {}
      : { logo: { file: logo.file, alt: nameInEveryLanguage(logo.alt ?? organisation, site.languages) } }),
    ...(promise === undefined ? {} : { promise: inSiteLanguages(promise, site.languages) }),
    accessibility: {
      ...accessibility,
      issues: accessibility.issues.map((i) => ({ text: inSiteLanguages(i.text, site.languages), wcag: i.wcag })),
      authority: accessibility.authority
        ? {
            ...accessibility.authority,
            name: nameInEveryLanguage(accessibility.authority.name, site.languages),
            unit:
              accessibility.authority.unit === undefined
                ? undefined
                : nameInEveryLanguage(accessibility.authority.unit, site.languages),
          }
        : TRAFICOM,
    },
  }));

/** A plain name is the same in every language; a missing translation falls back to the default. */
function nameInEveryLanguage(name: Localized | string, languages: readonly Lang[]): Localized {
  const fallback = typeof name === 'string' ? name : (name[languages[0] ?? 'fi'] ?? '');
  return Object.fromEntries(
    languages.map((lang) => [lang, typeof name === 'string' ? name : (name[lang] ?? fallback)]),
  );
}

/**
 * A plain issue is written once, in the default language: readers of the other languages see
 * it marked as such with a fall-back note (pickText), rather than Finnish passed off as Swedish.
 */
function inSiteLanguages(text: Localized | string, languages: readonly Lang[]): Localized {
  const first = languages[0] ?? 'fi';
  if (typeof text === 'string') return { [first]: text };
  return Object.fromEntries(languages.filter((lang) => text[lang] !== undefined).map((lang) => [lang, text[lang]]));
}

export type Site = z.output<typeof SiteSchema>;
export type { Lang };
