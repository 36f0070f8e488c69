/**
 * What `npm run dev` shows instead of every page while the files have problems: the same list
 * the terminal prints (place, value, expected, fix), in the site's own style and the author's
 * language. A preview must never show a page built from the last good files while the files on
 * disk are broken, so this replaces the page rather than sitting beside it.
 */
import type { Lang, Text } from '../core/lang.ts';
import { countBySeverity, placeOf, sortProblems, type Problem } from '../core/problem.ts';
import { escapeXml } from '../core/xml.ts';

const WORDS = {
  title: { fi: 'Tiedostoissa on korjattavaa', sv: 'Filerna behöver rättas', en: 'The files need fixing' },
  lead: {
    fi: 'Esikatselu näyttää sivut taas, kun alla olevat kohdat on korjattu ja tiedostot tallennettu. Sivu päivittyy itse.',
    sv: 'Förhandsvisningen visar sidorna igen när punkterna nedan är rättade och filerna sparade. Sidan uppdateras av sig själv.',
    en: 'The preview shows the pages again once the points below are fixed and the files saved. This page refreshes by itself.',
  },
  errors: { fi: 'Virheet', sv: 'Fel', en: 'Errors' },
  warnings: { fi: 'Varoitukset', sv: 'Varningar', en: 'Warnings' },
  strictNote: {
    fi: '--strict: varoitukset estävät julkaisun kuten virheet.',
    sv: '--strict: varningar stoppar publiceringen som fel.',
    en: '--strict: warnings stop publication as errors do.',
  },
  expected: { fi: 'Kelpaa', sv: 'Godtas', en: 'Expected' },
  fix: { fi: 'Korjaus', sv: 'Åtgärd', en: 'Fix' },
  stopped: {
    fi: 'kuultu pysähtyi sisäiseen virheeseen. Vika on kuultussa, ei aineistossasi:',
    sv: 'kuultu stannade på ett internt fel. Felet finns i kuultu, inte i dina data:',
    en: 'kuultu stopped on an internal error, which is a bug in kuultu, not in your data:',
  },
  stoppedTitle: { fi: 'Sivua ei voitu näyttää', sv: 'Sidan kunde inte visas', en: 'The page could not be shown' },
} satisfies Record<string, Text>;

export interface ProblemPageOptions {
  lang: Lang;
  /** The site's stylesheet, inlined: the page must look like the site even when nothing else can be built. */
  css: string;
  /** Extra markup for the head, e.g. the dev server's reload script. */
  head?: string;
  strict?: boolean;
}

function item(p: Problem, lang: Lang): string {
  const rows = [
    `<p class="muted"><code>${escapeXml(placeOf(p, lang))}</code></p>`,
    `<p><strong>${escapeXml(p.message[lang])}</strong></p>`,
  ];
  if (p.expected) rows.push(`<p>${WORDS.expected[lang]}: ${escapeXml(p.expected[lang])}</p>`);
  if (p.fix) rows.push(`<p>${WORDS.fix[lang]}: ${escapeXml(p.fix[lang])}</p>`);
  return `<li class="card">${rows.join('')}</li>`;
}

function section(heading: string, problems: readonly Problem[], lang: Lang): string {
  if (problems.length === 0) return '';
  return `<h2>${heading} (${problems.length})</h2><ul class="cards">${problems.map((p) => item(p, lang)).join('')}</ul>`;
}

function page(lang: Lang, title: string, body: string, options: ProblemPageOptions): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeXml(title)} – kuultu</title><style>${options.css}</style>${options.head ?? ''}</head><body><main id="main">${body}</main></body></html>`;
}

/** The whole page: errors first, then warnings, each sorted like the files. */
export function problemPage(problems: readonly Problem[], options: ProblemPageOptions): string {
  const { lang } = options;
  const sorted = sortProblems(problems);
  const { errors, warnings } = countBySeverity(sorted);
  const body = [
    `<h1>${WORDS.title[lang]}</h1>`,
    `<p class="lead">${WORDS.lead[lang]}</p>`,
    options.strict && errors === 0 && warnings > 0 ? `<p>${WORDS.strictNote[lang]}</p>` : '',
    section(
      WORDS.errors[lang],
      sorted.filter((p) => p.severity === 'error'),
      lang,
    ),
    section(
      WORDS.warnings[lang],
      sorted.filter((p) => p.severity === 'warning'),
      lang,
    ),
  ].join('');
  return page(lang, WORDS.title[lang], body, options);
}

/** When kuultu itself fails while rendering a page: one sentence, never a stack trace. */
export function internalErrorPage(message: string, options: ProblemPageOptions): string {
  const { lang } = options;
  const body = `<h1>${WORDS.stoppedTitle[lang]}</h1><p class="lead">${WORDS.stopped[lang]} ${escapeXml(message)}</p>`;
  return page(lang, WORDS.stoppedTitle[lang], body, options);
}
