/**
 * The success criteria of WCAG 2.1 at levels A and AA — the ones the Act on the Provision of
 * Digital Services (306/2019) requires — by number, with their names as a reader of the
 * statement's language knows them:
 * - en: the Recommendation, https://www.w3.org/TR/WCAG21/
 * - fi: W3C's authorised Finnish translation of WCAG 2.1 (Kehitysvammaliitto, 22.11.2019),
 *   https://www.w3.org/Translations/WCAG21-fi/ — the names saavutettavuusvaatimukset.fi uses.
 * - sv: W3C's authorised Swedish translation covers WCAG 2.0 only (Funka, 23.10.2012,
 *   https://www.w3.org/Translations/WCAG20-sv/). Traficom's tillgänglighetskrav.fi says the 17
 *   criteria WCAG 2.1 added have no official Swedish translation and are to be named in English
 *   until one exists; those 12 at A/AA carry no `sv` here, and a Swedish statement shows their
 *   English name marked lang="en".
 * The number is what an auditor's report and the supervisory authority use; the name helps a reader.
 */
import type { Lang } from './lang.ts';

interface CriterionNames {
  en: string;
  fi: string;
  /** Absent where no authorised Swedish translation names the criterion. */
  sv?: string;
}

export const WCAG_21_CRITERIA = {
  '1.1.1': { en: 'Non-text Content', fi: 'Ei-tekstuaalinen sisältö', sv: 'Icke-textbaserat innehåll' },
  '1.2.1': {
    en: 'Audio-only and Video-only (Prerecorded)',
    fi: 'Pelkkä ääni ja pelkkä video (tallennettu)',
    sv: 'Enbart ljud och enbart video (förinspelat)',
  },
  '1.2.2': { en: 'Captions (Prerecorded)', fi: 'Tekstitys (tallennettu)', sv: 'Undertexter (förinspelat)' },
  '1.2.3': {
    en: 'Audio Description or Media Alternative (Prerecorded)',
    fi: 'Kuvailutulkkaus tai mediavastine (tallennettu)',
    sv: 'Syntolkning eller mediaalternativ (förinspelat)',
  },
  // As Traficom's saavutettavuusvaatimukset.fi, which presents the official Finnish translation,
  // names it: "Laki ei velvoita täyttämään … kriteeriä 1.2.4 Tekstitys (suorissa lähetyksissä)."
  '1.2.4': { en: 'Captions (Live)', fi: 'Tekstitys (suorissa lähetyksissä)', sv: 'Undertexter (direktsänt)' },
  '1.2.5': {
    en: 'Audio Description (Prerecorded)',
    fi: 'Kuvailutulkkaus (tallennettu)',
    sv: 'Syntolkning (förinspelat)',
  },
  '1.3.1': { en: 'Info and Relationships', fi: 'Informaatio ja suhteet', sv: 'Information och relationer' },
  '1.3.2': { en: 'Meaningful Sequence', fi: 'Merkitykseen vaikuttava järjestys', sv: 'Meningsfull ordningsföljd' },
  '1.3.3': { en: 'Sensory Characteristics', fi: 'Aistinvaraiset ominaispiirteet', sv: 'Sensoriska kännetecken' },
  '1.3.4': { en: 'Orientation', fi: 'Asento' },
  '1.3.5': { en: 'Identify Input Purpose', fi: 'Määrittele syötteen tarkoitus' },
  '1.4.1': { en: 'Use of Color', fi: 'Värien käyttö', sv: 'Användning av färg' },
  '1.4.2': { en: 'Audio Control', fi: 'Äänen hallinta', sv: 'Ljudkontroll' },
  '1.4.3': { en: 'Contrast (Minimum)', fi: 'Kontrasti (minimi)', sv: 'Kontrast (minimum)' },
  '1.4.4': { en: 'Resize text', fi: 'Tekstin koon muuttaminen', sv: 'Ändra textstorlek' },
  '1.4.5': { en: 'Images of Text', fi: 'Tekstiä esittävät kuvat', sv: 'Bilder av text' },
  '1.4.10': { en: 'Reflow', fi: 'Responsiivisuus' },
  '1.4.11': { en: 'Non-text Contrast', fi: 'Ei-tekstuaalisen sisällön kontrasti' },
  '1.4.12': { en: 'Text Spacing', fi: 'Tekstin välistys' },
  '1.4.13': { en: 'Content on Hover or Focus', fi: 'Sisältö osoitettaessa tai kohdistettaessa' },
  '2.1.1': { en: 'Keyboard', fi: 'Näppäimistö', sv: 'Tangentbord' },
  '2.1.2': { en: 'No Keyboard Trap', fi: 'Ei näppäimistöansaa', sv: 'Ingen tangentbordsfälla' },
  '2.1.4': { en: 'Character Key Shortcuts', fi: 'Yhden merkin pikanäppäimet' },
  '2.2.1': { en: 'Timing Adjustable', fi: 'Säädettävä ajoitus', sv: 'Justerbar tidsgräns' },
  '2.2.2': { en: 'Pause, Stop, Hide', fi: 'Pysäytä, keskeytä, piilota', sv: 'Pausa, stoppa, dölja' },
  '2.3.1': {
    en: 'Three Flashes or Below Threshold',
    fi: 'Kolme välähdystä tai alle kynnysarvon',
    sv: 'Tre blinkningar eller under tröskelvärdet',
  },
  '2.4.1': { en: 'Bypass Blocks', fi: 'Ohita lohkot', sv: 'Hoppa över block' },
  '2.4.2': { en: 'Page Titled', fi: 'Sivuotsikot', sv: 'Sidans titel' },
  '2.4.3': { en: 'Focus Order', fi: 'Kohdistusjärjestys', sv: 'Fokusordning' },
  '2.4.4': { en: 'Link Purpose (In Context)', fi: 'Linkin tarkoitus (kontekstissa)', sv: 'Länksyfte (i sammanhanget)' },
  '2.4.5': { en: 'Multiple Ways', fi: 'Useita tapoja', sv: 'Flera sätt' },
  '2.4.6': { en: 'Headings and Labels', fi: 'Otsikot ja nimilaput', sv: 'Rubriker och etiketter' },
  '2.4.7': { en: 'Focus Visible', fi: 'Näkyvä kohdistus', sv: 'Synligt fokus' },
  '2.5.1': { en: 'Pointer Gestures', fi: 'Osoitineleet' },
  '2.5.2': { en: 'Pointer Cancellation', fi: 'Osoittimen peruutus' },
  '2.5.3': { en: 'Label in Name', fi: 'Nimilappu nimessä' },
  '2.5.4': { en: 'Motion Actuation', fi: 'Liikkeellä aktivointi' },
  '3.1.1': { en: 'Language of Page', fi: 'Sivun kieli', sv: 'Sidans språk' },
  '3.1.2': { en: 'Language of Parts', fi: 'Osien kieli', sv: 'Språk för delar' },
  '3.2.1': { en: 'On Focus', fi: 'Kohdistaminen', sv: 'Fokus' },
  '3.2.2': { en: 'On Input', fi: 'Syöte', sv: 'Inmatning' },
  '3.2.3': { en: 'Consistent Navigation', fi: 'Johdonmukainen navigointi', sv: 'Konsekvent navigering' },
  '3.2.4': { en: 'Consistent Identification', fi: 'Johdonmukainen merkitseminen', sv: 'Konsekvent identifiering' },
  '3.3.1': { en: 'Error Identification', fi: 'Virheen tunnistaminen', sv: 'Identifiering av fel' },
  '3.3.2': { en: 'Labels or Instructions', fi: 'Nimilaput tai ohjeet', sv: 'Etiketter eller instruktioner' },
  '3.3.3': { en: 'Error Suggestion', fi: 'Virheen korjausehdotus', sv: 'Förslag vid fel' },
  '3.3.4': {
    en: 'Error Prevention (Legal, Financial, Data)',
    fi: 'Virheiden ennaltaehkäisy (oikeudelliset, taloudelliset, tietoja koskevat)',
    sv: 'Förhindrande av fel (juridiska, ekonomiska, data)',
  },
  '4.1.1': { en: 'Parsing', fi: 'Jäsentäminen', sv: 'Parsning' },
  '4.1.2': { en: 'Name, Role, Value', fi: 'Nimi, rooli, arvo', sv: 'Namn, roll, värde' },
  '4.1.3': { en: 'Status Messages', fi: 'Tilasanomat' },
} as const satisfies Record<string, CriterionNames>;

export type WcagCriterion = keyof typeof WCAG_21_CRITERIA;

export function isWcagCriterion(value: string): value is WcagCriterion {
  return Object.hasOwn(WCAG_21_CRITERIA, value);
}

/**
 * `1.4.3 Kontrasti (minimi)` in Finnish, `1.4.3 Contrast (Minimum)` in English; `lang` says which
 * language the name is in, so a Swedish page can mark an English-only name with its language.
 */
export function wcagCriterionName(criterion: WcagCriterion, lang: Lang = 'en'): { text: string; lang: Lang } {
  const names: CriterionNames = WCAG_21_CRITERIA[criterion];
  const shown: Lang = names[lang] === undefined ? 'en' : lang;
  return { text: `${criterion} ${names[shown] ?? names.en}`, lang: shown };
}

/** Criteria in WCAG's own order (1.4.10 after 1.4.5), each once. */
export function sortCriteria(criteria: readonly WcagCriterion[]): WcagCriterion[] {
  const order = Object.keys(WCAG_21_CRITERIA);
  return [...new Set(criteria)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
