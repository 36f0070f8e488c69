/**
 * The "heard, not yet answered" report in words: plain text for the terminal, Markdown for the
 * GitHub job summary, and one self-contained HTML file for the team (no scripts, no links to
 * fetch: it is opened from disk or an artifact). All three come from one list of sections, so
 * they never disagree.
 */
import { placeOf } from '../core/problem.ts';
import { escapeXml } from '../core/xml.ts';
import type { Lang, Text } from '../core/lang.ts';
import { finnishDate } from '../schemas/fields.ts';
import type { Place, TeamReport } from '../domain/report.ts';

type Words = Text;

function fill(words: Words, lang: Lang, values: Readonly<Record<string, string | number>> = {}): string {
  return words[lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

const LANGUAGE_NAMES: Readonly<Record<Lang, Words>> = {
  fi: { fi: 'suomi', sv: 'finska', en: 'Finnish' },
  sv: { fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  en: { fi: 'englanti', sv: 'engelska', en: 'English' },
};

const W = {
  title: {
    fi: 'Kuultu, ei vielä vastattu – tilanne {date}',
    sv: 'Hört, ännu inte besvarat – läget {date}',
    en: 'Heard, not yet answered – as of {date}',
  },
  intro: {
    fi: 'Tiimin oma näkymä, ei julkinen sivu. Jokaisen kohdan perässä on tiedosto ja rivi, jota muokataan.',
    sv: 'Teamets egen vy, inte en offentlig sida. Efter varje punkt står filen och raden att redigera.',
    en: "The team's own view, not a public page. Each item ends with the file and line to edit.",
  },
  nothing: { fi: 'Ei mitään.', sv: 'Inget.', en: 'Nothing.' },
  allClear: {
    fi: 'Kaikkeen kuultuun on vastattu: ei avoimia kohtia.',
    sv: 'Allt som hörts har besvarats: inga öppna punkter.',
    en: 'Everything heard has an answer: no open items.',
  },
  rising: {
    fi: 'Teemat, joista palaute kasvaa ilman vastausta',
    sv: 'Teman där responsen ökar utan svar',
    en: 'Themes with rising feedback and no answer',
  },
  risingNote: {
    fi: 'Palautetta {latestFrom}–{latestTo} enemmän kuin {previousFrom}–{previousTo}, eikä yhtään suunniteltua tai käynnissä olevaa toimenpidettä eikä 12 kuukauden aikana valmistunutta.',
    sv: 'Mer respons {latestFrom}–{latestTo} än {previousFrom}–{previousTo}, och ingen planerad eller pågående åtgärd och ingen som blivit klar under 12 månader.',
    en: 'More feedback {latestFrom}–{latestTo} than {previousFrom}–{previousTo}, with no planned or in-progress action and none completed in 12 months.',
  },
  risingItem: {
    fi: '{title} ({slug}): {previous} → {latest} palautetta. Lisää toimenpide: npm run new -- action {slug}',
    sv: '{title} ({slug}): {previous} → {latest} responser. Lägg till en åtgärd: npm run new -- action {slug}',
    en: '{title} ({slug}): {previous} → {latest} pieces of feedback. Add an action: npm run new -- action {slug}',
  },
  overdue: { fi: 'Myöhässä olevat toimenpiteet', sv: 'Försenade åtgärder', en: 'Overdue actions' },
  overdueItem: {
    fi: '{id} ({status}): määräaika {due}, {days} päivää sitten. Kirjaa tilanne: npm run action -- {id} done|in-progress|declined <päivä> "<mitä tapahtui>", tai siirrä määräaikaa',
    sv: '{id} ({status}): måldatum {due}, för {days} dagar sedan. För in läget: npm run action -- {id} done|in-progress|declined <dag> "<vad som hände>", eller flytta måldatumet',
    en: '{id} ({status}): due {due}, {days} days ago. Record where it stands: npm run action -- {id} done|in-progress|declined <date> "<what happened>", or move the due date',
  },
  held: {
    fi: 'Pidetyt kokoukset ilman pöytäkirjaa',
    sv: 'Hållna möten utan protokoll',
    en: 'Held meetings without minutes',
  },
  heldItem: {
    fi: '{slug} ({date}): kirjoita pöytäkirja tai yhteenveto tiedoston loppuun, viimeisen --- -rivin jälkeen',
    sv: '{slug} ({date}): skriv protokollet eller en sammanfattning i slutet av filen, efter strecket ---',
    en: '{slug} ({date}): write the minutes or a summary at the end of the file, after the closing ---',
  },
  planned: {
    fi: 'Suunnitellut kokoukset, joiden päivä on mennyt',
    sv: 'Planerade möten vars dag har passerat',
    en: 'Planned meetings whose date has passed',
  },
  plannedItem: {
    fi: '{slug} ({date}): muuta status: held (pidetty) tai cancelled (peruttu)',
    sv: '{slug} ({date}): ändra status: till held (hållet) eller cancelled (inställt)',
    en: '{slug} ({date}): change status: to held or cancelled',
  },
  translations: {
    fi: 'Puuttuvat käännökset: {language}',
    sv: 'Översättningar som saknas: {language}',
    en: 'Missing translations: {language}',
  },
  fileItem: {
    fi: '{kind}/{slug}: tiedosto puuttuu; käännä tiedostosta {from}',
    sv: '{kind}/{slug}: filen saknas; översätt från {from}',
    en: '{kind}/{slug}: no file; translate from {from}',
  },
  titleItem: {
    fi: '{id}: otsikko puuttuu tällä kielellä',
    sv: '{id}: rubriken saknas på detta språk',
    en: '{id}: no title in this language',
  },
  unpublished: {
    fi: 'Palautetekstit, joiden julkaisusta ei ole päätetty',
    sv: 'Responstexter utan beslut om publicering',
    en: 'Feedback text waiting for a publish decision',
  },
  unpublishedItem: {
    fi: '{theme}: {count} palautetta, joiden teksti on annettu ja publish tyhjä. Kirjoita yes tai no',
    sv: '{theme}: {count} responser med text och tom publish. Skriv yes eller no',
    en: '{theme}: {count} pieces of feedback with text and publish empty. Write yes or no',
  },
  more: { fi: '… ja {n} riviä lisää', sv: '… och {n} rader till', en: '… and {n} more rows' },
  moreItems: {
    fi: '… ja {n} muuta (kaikki HTML-raportissa)',
    sv: '… och {n} till (alla i HTML-rapporten)',
    en: '… and {n} more (all in the HTML report)',
  },
} satisfies Record<string, Words>;

export interface ReportItem {
  text: string;
  /** Where to edit; several for a theme's feedback rows. */
  at: readonly Place[];
  /** Rows beyond those listed. */
  more?: number;
}

export interface ReportSection {
  title: string;
  note?: string;
  items: ReportItem[];
}

/** At most this many rows are listed for one theme's undecided texts; the rest are counted. */
export const ROWS_LISTED = 10;

export function reportSections(report: TeamReport, lang: Lang): ReportSection[] {
  const d = finnishDate;
  const { previous, latest } = report.windows;
  const sections: ReportSection[] = [
    {
      title: fill(W.rising, lang),
      note: fill(W.risingNote, lang, {
        latestFrom: d(latest.from),
        latestTo: d(latest.to),
        previousFrom: d(previous.from),
        previousTo: d(previous.to),
      }),
      items: report.risingThemes.map((r) => ({
        text: fill(W.risingItem, lang, {
          title: r.theme.title,
          slug: r.theme.slug,
          previous: r.previous,
          latest: r.latest,
        }),
        at: [r.at],
      })),
    },
    {
      title: fill(W.overdue, lang),
      items: report.overdueActions.map((a) => ({
        text: fill(W.overdueItem, lang, { id: a.id, status: a.status, due: d(a.due), days: a.daysLate }),
        at: [a.at],
      })),
    },
    {
      title: fill(W.held, lang),
      items: report.heldWithoutMinutes.map((m) => ({
        text: fill(W.heldItem, lang, { slug: m.slug, date: d(m.date) }),
        at: [m.at],
      })),
    },
    {
      title: fill(W.planned, lang),
      items: report.plannedInThePast.map((m) => ({
        text: fill(W.plannedItem, lang, { slug: m.slug, date: d(m.date) }),
        at: [m.at],
      })),
    },
    ...report.missingTranslations.map((t) => ({
      title: fill(W.translations, lang, { language: LANGUAGE_NAMES[t.lang][lang] }),
      items: t.items.map((item) => ({
        text:
          'action' in item.what
            ? fill(W.titleItem, lang, { id: item.what.action })
            : fill(W.fileItem, lang, { kind: item.what.kind, slug: item.what.slug, from: item.from ?? '' }),
        at: [item.at],
      })),
    })),
    {
      title: fill(W.unpublished, lang),
      items: report.unpublishedText.map((u) => {
        const item: ReportItem = {
          text: fill(W.unpublishedItem, lang, { theme: u.theme, count: u.count }),
          at: u.rows.slice(0, ROWS_LISTED),
        };
        if (u.rows.length > ROWS_LISTED) item.more = u.rows.length - ROWS_LISTED;
        return item;
      }),
    },
  ];
  return sections;
}

function heading(report: TeamReport, lang: Lang): string {
  return fill(W.title, lang, { date: finnishDate(report.asOf) });
}

function moreText(item: ReportItem, lang: Lang): string | undefined {
  return item.more ? fill(W.more, lang, { n: item.more }) : undefined;
}

function quiet(sections: readonly ReportSection[]): boolean {
  return sections.every((s) => s.items.length === 0);
}

/**
 * For the terminal: each item, then its locations indented, as the validator prints problems.
 * `limit` items per list at most; the HTML file has them all.
 */
export function reportText(report: TeamReport, lang: Lang, limit = Number.POSITIVE_INFINITY): string {
  const sections = reportSections(report, lang);
  const lines = [heading(report, lang), ''];
  if (quiet(sections)) return [...lines, fill(W.allClear, lang)].join('\n');
  for (const s of sections) {
    lines.push(`${s.title} (${s.items.length})`);
    if (s.items.length === 0) lines.push(`  ${fill(W.nothing, lang)}`);
    for (const item of s.items.slice(0, limit)) {
      lines.push(`  - ${item.text}`);
      for (const at of item.at) lines.push(`      ${placeOf(at, lang)}`);
      const more = moreText(item, lang);
      if (more) lines.push(`      ${more}`);
    }
    if (s.items.length > limit) lines.push(`  ${fill(W.moreItems, lang, { n: s.items.length - limit })}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** For $GITHUB_STEP_SUMMARY: headings and lists, locations as code. */
export function reportMarkdown(report: TeamReport, lang: Lang): string {
  const sections = reportSections(report, lang);
  const lines = [`## ${mdEscape(heading(report, lang))}`, ''];
  if (quiet(sections)) return [...lines, fill(W.allClear, lang), ''].join('\n');
  for (const s of sections) {
    lines.push(`### ${mdEscape(s.title)} (${s.items.length})`, '');
    if (s.note) lines.push(mdEscape(s.note), '');
    if (s.items.length === 0) lines.push(fill(W.nothing, lang), '');
    for (const item of s.items) {
      const where = item.at.map((at) => `\`${placeOf(at, lang)}\``).join(', ');
      const more = moreText(item, lang);
      lines.push(`- ${mdEscape(item.text)} — ${where}${more ? ` ${mdEscape(more)}` : ''}`);
    }
    if (s.items.length > 0) lines.push('');
  }
  return lines.join('\n');
}

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
code{font:0.95em ui-monospace,monospace;background:#f2f2f2;padding:0 .2em;overflow-wrap:anywhere}
li{margin:.4rem 0}.note,.none{color:#444}`;

/** One HTML file that needs nothing else: inline style, no script, no external resource. */
export function reportHtml(report: TeamReport, lang: Lang): string {
  const sections = reportSections(report, lang);
  const e = escapeXml;
  const body: string[] = [`<h1>${e(heading(report, lang))}</h1>`, `<p>${e(fill(W.intro, lang))}</p>`];
  if (quiet(sections)) body.push(`<p>${e(fill(W.allClear, lang))}</p>`);
  else {
    for (const s of sections) {
      body.push(`<section><h2>${e(s.title)} (${s.items.length})</h2>`);
      if (s.note) body.push(`<p class="note">${e(s.note)}</p>`);
      if (s.items.length === 0) body.push(`<p class="none">${e(fill(W.nothing, lang))}</p>`);
      else {
        body.push('<ul>');
        for (const item of s.items) {
          const where = item.at.map((at) => `<code>${e(placeOf(at, lang))}</code>`).join(', ');
          const more = moreText(item, lang);
          body.push(`<li>${e(item.text)}<br>${where}${more ? ` ${e(more)}` : ''}</li>`);
        }
        body.push('</ul>');
      }
      body.push('</section>');
    }
  }
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(heading(report, lang))}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}
