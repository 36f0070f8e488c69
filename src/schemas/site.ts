/**
 * Site settings, `content/site.yaml` (PRODUCT.md §2): the name, address, languages, contact
 * and the facts the accessibility statement (Act 306/2019) is generated from.
 */
import * as z from 'zod';
import { LANGUAGES, oneOf, report, requiredDate, requiredText, url, type FieldDoc, type Lang, type Localized } from './fields.ts';
import { describeYamlValue, yamlValue, email, httpsUrl, listItem, listOf, timeZone } from './content-fields.ts';

export const ACCESSIBILITY_STATUSES = ['full', 'partial', 'none'] as const;
export const ASSESSMENT_METHODS = ['self', 'expert'] as const;
export const DEFAULT_TIME_ZONE = 'Europe/Helsinki';

const LANGUAGE_SYNONYMS: Readonly<Record<string, Lang>> = {
  suomi: 'fi', finnish: 'fi', finska: 'fi', fin: 'fi',
  ruotsi: 'sv', svenska: 'sv', swedish: 'sv', se: 'sv', swe: 'sv',
  englanti: 'en', english: 'en', engelska: 'en', eng: 'en', gb: 'en',
};

const doc = {
  name: { fi: 'Sivuston nimi, sama kaikilla kielillä tai kielittäin (fi, sv, en).', sv: 'Webbplatsens namn, samma på alla språk eller per språk (fi, sv, en).', en: 'The name of the site, the same in every language or one per language (fi, sv, en).' },
  organisation: { fi: 'Julkaiseva organisaatio.', sv: 'Organisationen som publicerar.', en: 'The organisation that publishes the site.' },
  url: { fi: 'Sivuston osoite, https://…', sv: 'Webbplatsens adress, https://…', en: 'The address of the site, https://…' },
  languages: { fi: 'Sivuston kielet (fi, sv, en); ensimmäinen on oletuskieli.', sv: 'Webbplatsens språk (fi, sv, en); det första är standardspråket.', en: 'The languages of the site (fi, sv, en); the first is the default.' },
  language: { fi: 'Kielikoodi fi, sv tai en.', sv: 'Språkkoden fi, sv eller en.', en: 'A language code: fi, sv or en.' },
  contact: { fi: 'Yhteystiedot palautteelle ja saavutettavuuspalautteelle (sähköposti).', sv: 'Kontakt för respons och tillgänglighetsrespons (e-post).', en: 'The contact for feedback and accessibility feedback (e-mail).' },
  timezone: { fi: 'Aikavyöhyke (oletus Europe/Helsinki).', sv: 'Tidszon (standard Europe/Helsinki).', en: 'The time zone (default Europe/Helsinki).' },
  feedbackUrl: { fi: 'Osoite, jossa asukkaat antavat palautetta.', sv: 'Adressen där invånarna ger respons.', en: 'Where residents give feedback.' },
  accessibility: { fi: 'Saavutettavuusselosteen tiedot.', sv: 'Uppgifterna för tillgänglighetsutlåtandet.', en: 'The facts of the accessibility statement.' },
  status: { fi: 'Vaatimustenmukaisuus: full, partial tai none.', sv: 'Överensstämmelse: full, partial eller none.', en: 'Compliance: full, partial or none.' },
  assessed: { fi: 'Viimeisimmän arvioinnin päivä.', sv: 'Dagen för den senaste bedömningen.', en: 'The day of the last assessment.' },
  method: { fi: 'Arvioinnin tapa: self (itsearviointi) tai expert (ulkopuolinen asiantuntija).', sv: 'Bedömningens sätt: self (självbedömning) eller expert.', en: 'How it was assessed: self (self-assessment) or expert.' },
  issues: { fi: 'Tunnetut saavutettavuuspuutteet ja niiden syyt.', sv: 'Kända brister i tillgängligheten och varför.', en: 'Known inaccessible content and why.' },
  issue: { fi: 'Yksi saavutettavuuspuute.', sv: 'En brist i tillgängligheten.', en: 'One piece of inaccessible content.' },
} satisfies Record<string, FieldDoc>;

/** `name: Kuusijärvi kuulee` or `name: { fi: …, sv: …, en: … }`. */
const siteName = yamlValue
  .transform((value, ctx): Localized | string => {
    if (typeof value === 'string' || value === undefined || value === null) {
      const r = requiredText(doc.name, { max: 200 }).safeParse(value);
      return r.success ? r.data : report(ctx, 'is empty.', { code: 'required', expected: 'the name of the site', fix: 'write the name, e.g. name: Kuusijärvi kuulee' });
    }
    if (Array.isArray(value) || typeof value !== 'object') {
      return report(ctx, `is ${describeYamlValue(value)}, not a name.`, { code: 'name.type', expected: 'one name, or one per language (fi, sv, en)', fix: 'write name: followed by the name, or fi:, sv:, en: lines indented under it' });
    }
    const names: Localized = {};
    for (const [lang, v] of Object.entries(value)) {
      if (!(LANGUAGES as readonly string[]).includes(lang)) {
        report(ctx, 'is not a language.', { code: 'enum', value: lang, expected: LANGUAGES.join(', '), fix: LANGUAGE_SYNONYMS[lang.toLowerCase()] ? `write ${LANGUAGE_SYNONYMS[lang.toLowerCase()]}` : 'use fi, sv or en' }, [lang]);
        continue;
      }
      const r = requiredText(doc.name, { max: 200 }).safeParse(v);
      if (r.success) names[lang as Lang] = r.data;
      else report(ctx, 'is empty.', { code: 'required', expected: 'the name of the site in this language', fix: `write the name after ${lang}:` }, [lang]);
    }
    return names;
  })
  .meta({ doc: doc.name, kind: 'text, or text per language', required: true });

/**
 * Not `oneOf`: its "did you mean" finds every two-letter code close to every other, and telling
 * an author who wrote `de` to write `fi` would be wrong advice.
 */
const language = requiredText(doc.language, { max: 20 }).transform((t, ctx): Lang => {
  const lower = t.toLowerCase();
  if ((LANGUAGES as readonly string[]).includes(lower)) return lower as Lang;
  const synonym = LANGUAGE_SYNONYMS[lower];
  return report(ctx, 'is not a language kuultu publishes in.', {
    code: 'enum',
    value: t,
    expected: LANGUAGES.join(', '),
    fix: synonym ? `write "${synonym}" (${lower} = ${synonym})` : 'kuultu publishes in Finnish (fi), Swedish (sv) and English (en): use those codes',
  });
});

const languages = listOf(
  doc.languages,
  language,
  { required: true, itemNoun: 'language', example: '[fi, sv, en]' },
).superRefine((langs, ctx) => {
  langs.forEach((lang, i) => {
    if (langs.indexOf(lang) !== i) report(ctx, 'is listed twice.', { code: 'language.duplicate', value: lang, expected: 'each language once', fix: 'remove the second one' }, [i]);
  });
}).meta({ doc: doc.languages, kind: 'a list of fi, sv, en', required: true });

const accessibility = z.object(
  {
    /** full, partial or none (Act 306/2019: compliant, partially compliant, not compliant). */
    status: oneOf(doc.status, 'a compliance status', ACCESSIBILITY_STATUSES, {
      synonyms: { täysi: 'full', täysin: 'full', täyttää: 'full', helt: 'full', osittain: 'partial', osittainen: 'partial', delvis: 'partial', ei: 'none', inte: 'none', no: 'none' },
    }),
    /** The day of the last assessment. */
    assessed: requiredDate(doc.assessed),
    /** self or expert; self when left out. */
    method: oneOf(doc.method, 'an assessment method', ASSESSMENT_METHODS, {
      required: false,
      synonyms: { itsearviointi: 'self', självbedömning: 'self', asiantuntija: 'expert', ulkoinen: 'expert' },
    })
      .transform((m) => m ?? 'self')
      .meta({ doc: doc.method, kind: 'one of self, expert', required: false }),
    /** Known inaccessible content and why; may be empty. */
    issues: listOf(doc.issues, listItem(doc.issue, { max: 1000 }), { itemNoun: 'issue', example: '"- Some older minutes are scanned PDFs."' }),
  },
  { error: 'is not a group of keys.' },
).meta({ doc: doc.accessibility, kind: 'status, assessed, method and issues indented under it', required: true });

export const SiteSchema = z
  .object({
    /** The name of the site: one, or one per language. */
    name: siteName,
    /** The organisation that publishes the site. */
    organisation: requiredText(doc.organisation, { max: 200 }),
    /** Absolute https address: canonical URLs, sitemap, feeds and iCal need it. */
    url: httpsUrl(doc.url, { required: true }) as z.ZodType<string, unknown>,
    /** fi, sv and/or en; the first is the default language. */
    languages,
    /** E-mail for general and accessibility feedback. */
    contact: email(doc.contact, { required: true }) as z.ZodType<string, unknown>,
    /** Europe/Helsinki unless given. */
    timezone: timeZone(doc.timezone, DEFAULT_TIME_ZONE),
    /** Where residents give feedback. */
    feedbackUrl: url(doc.feedbackUrl, { required: true, absolute: true }) as z.ZodType<string, unknown>,
    /** The facts of the accessibility statement. */
    accessibility,
  })
  .superRefine((site, ctx) => {
    const first = site.languages[0];
    if (typeof site.name !== 'string' && first !== undefined && !site.name[first]) {
      report(ctx, `has no name in ${first}, the default language.`, { code: 'name.default', expected: `a name for ${first}`, fix: `add a line "${first}: …" under name:` }, ['name']);
    }
  })
  .transform(({ name, ...site }) => ({ ...site, name: nameInEveryLanguage(name, site.languages) }));

/** A plain name is the same in every language; a missing translation falls back to the default. */
function nameInEveryLanguage(name: Localized | string, languages: readonly Lang[]): Localized {
  const fallback = typeof name === 'string' ? name : name[languages[0] ?? 'fi'] ?? '';
  return Object.fromEntries(languages.map((lang) => [lang, typeof name === 'string' ? name : name[lang] ?? fallback]));
}

export type Site = z.output<typeof SiteSchema>;
export type { Lang };
