/** What the import prints, in the author's language (--lang, else the site's default language). */
import type { Lang } from '../schemas/fields.ts';

type Params = Record<string, string | number>;
type Phrase = Record<Lang, string>;

const PHRASES = {
  read: {
    fi: 'luettiin {files}: {what}.',
    sv: 'läste {files}: {what}.',
    en: 'read {files}: {what}.',
  },
  requests: { fi: '{n} palautetta', sv: '{n} responser', en: '{n} requests' },
  duplicates: {
    fi: '{n} kaksoiskappaletta jätettiin pois (sama service_request_id)',
    sv: '{n} dubbletter lämnades bort (samma service_request_id)',
    en: '{n} duplicates dropped (same service_request_id)',
  },
  respondents: { fi: '{n} vastaajaa', sv: '{n} svarande', en: '{n} respondents' },
  incomplete: {
    fi: '{n} keskeneräistä vastausta ohitettiin (ei submitdate-päivää)',
    sv: '{n} ofullständiga svar hoppades över (inget submitdate)',
    en: '{n} unfinished responses skipped (no submitdate)',
  },
  results: { fi: '{n} tulosta', sv: '{n} resultat', en: '{n} results' },
  personal: {
    fi: 'henkilötietoja ei kopioitu: {columns}',
    sv: 'personuppgifter kopierades inte: {columns}',
    en: 'personal data not copied: {columns}',
  },
  skippedColumns: {
    fi: 'ohitettiin vastaavuustiedoston mukaan: {columns}',
    sv: 'hoppades över enligt motsvarighetsfilen: {columns}',
    en: 'skipped as the mapping file says: {columns}',
  },
  redacted: {
    fi: '{n} kuvauksesta poistettiin henkilötietoja ({kinds})',
    sv: 'personuppgifter togs bort ur {n} beskrivningar ({kinds})',
    en: 'personal data removed from {n} descriptions ({kinds})',
  },
  cut: {
    fi: '{n} yli 4 000 merkin kuvausta lyhennettiin',
    sv: '{n} beskrivningar över 4 000 tecken förkortades',
    en: '{n} descriptions over 4,000 characters shortened',
  },
  wrote: {
    fi: 'kirjoitettiin {file}: {added} uutta, {replaced} päivitetty, {unchanged} ennallaan.',
    sv: 'skrev {file}: {added} nya, {replaced} uppdaterade, {unchanged} oförändrade.',
    en: 'wrote {file}: {added} new, {replaced} updated, {unchanged} unchanged.',
  },
  wroteRound: {
    fi: 'kirjoitettiin {file}: kierros {round}, {questions} kysymystä.',
    sv: 'skrev {file}: omgång {round}, {questions} frågor.',
    en: 'wrote {file}: round {round}, {questions} questions.',
  },
  replacedRounds: {
    fi: 'tämä vienti kattaa aiemmat kierrokset {rounds}, jotka korvattiin.',
    sv: 'exporten täcker de tidigare omgångarna {rounds}, som ersattes.',
    en: 'this export covers the earlier rounds {rounds}, which were replaced.',
  },
  unchanged: {
    fi: '{file} on jo ajan tasalla: mitään ei muutettu.',
    sv: '{file} är redan aktuell: inget ändrades.',
    en: '{file} is already up to date: nothing changed.',
  },
  mappingWritten: {
    fi: 'kirjoitettiin vastaavuustiedosto {file}. Täydennä siihen tyhjät kohdat ja aja tuonti uudelleen.',
    sv: 'skrev motsvarighetsfilen {file}. Fyll i de tomma raderna och kör importen igen.',
    en: 'wrote the mapping file {file}. Fill in its empty lines and run the import again.',
  },
  mappingLater: {
    fi: 'vastaavuustiedosto {file} kirjoitetaan, kun vienti on luettu virheittä.',
    sv: 'motsvarighetsfilen {file} skrivs när exporten har lästs utan fel.',
    en: 'the mapping file {file} is written once the export reads without errors.',
  },
  nothingWritten: {
    fi: 'mitään ei tuotu: korjaa yllä olevat kohdat ja aja tuonti uudelleen.',
    sv: 'inget importerades: rätta punkterna ovan och kör importen igen.',
    en: 'nothing was imported: fix the points above and run the import again.',
  },
  projectInvalid: {
    fi: 'sivuston tiedoissa on virheitä, joten mitään ei tuotu. Korjaa ne ensin (npm run validate).',
    sv: 'webbplatsens filer har fel, så inget importerades. Rätta dem först (npm run validate).',
    en: 'the site has errors, so nothing was imported. Fix them first (npm run validate).',
  },
  validating: {
    fi: 'tarkistetaan tulos:',
    sv: 'kontrollerar resultatet:',
    en: 'checking the result:',
  },
} satisfies Record<string, Phrase>;

/** The kinds of personal data the guard finds, as the summary names them. */
export const PERSONAL_DATA_WORDS: Readonly<Record<string, Phrase>> = {
  email: { fi: 'sähköpostiosoite', sv: 'e-postadress', en: 'e-mail address' },
  phone: { fi: 'puhelinnumero', sv: 'telefonnummer', en: 'phone number' },
  hetu: { fi: 'henkilötunnus', sv: 'personbeteckning', en: 'identity code' },
  iban: { fi: 'tilinumero', sv: 'kontonummer', en: 'account number' },
};

export type PhraseKey = keyof typeof PHRASES;

export function say(lang: Lang, key: PhraseKey, params: Params = {}): string {
  return PHRASES[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
