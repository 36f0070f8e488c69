/**
 * `npm run report [-- --root DIR] [-- --lang fi|sv|en] [-- --out FILE]`: "heard, not yet
 * answered" — rising themes without an answer, overdue actions, meetings without minutes or
 * past their day, missing translations and feedback text waiting for a publish decision, each
 * with the file and line to edit. Printed, written as one HTML file outside dist/ (the team's,
 * not the public's), and in GitHub Actions added to the job summary.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { sortProblems } from '../src/core/problem.ts';
import { parseDate, parseInteger } from '../src/core/dates.ts';
import { cellAt, readCsv } from '../src/csv/read.ts';
import { teamReport, type ReportAction, type ReportEntry, type ReportFeedback } from '../src/domain/report.ts';
import { ACTION_HEADER_ALIASES } from '../src/schemas/action.ts';
import { FEEDBACK_HEADER_ALIASES } from '../src/schemas/feedback.ts';
import { CONTENT_KIND_NAMES } from '../src/schemas/kinds.ts';
import type { Entry, Project } from '../src/schemas/project.ts';
import { reportHtml, reportMarkdown, reportText } from '../src/site/team-report.ts';
import { loadProject } from '../src/validate/load-project.ts';
import { fill, formatProblems, parseCommand, runCommand, type CommandIo } from './lib/command.ts';

/** Items per list in the terminal; the HTML file lists every one. */
const TERMINAL_ITEMS = 10;

const W = {
  invalid: {
    fi: 'raporttia ei voi koota, koska tiedostoissa on virheitä; korjaa ne ensin:',
    sv: 'rapporten kan inte sammanställas eftersom filerna har fel; rätta dem först:',
    en: 'the report cannot be put together while the files have errors; fix them first:',
  },
  written: {
    fi: 'raportti kirjoitettiin tiedostoon {file} (tiimin käyttöön, ei julkaista)',
    sv: 'rapporten skrevs till {file} (för teamet, publiceras inte)',
    en: 'the report was written to {file} (for the team, not published)',
  },
  unknownOption: {
    fi: 'tuntematon valinta {arg} (valinnat: --root KANSIO, --lang fi|sv|en, --out TIEDOSTO)',
    sv: 'okänt alternativ {arg} (alternativ: --root MAPP, --lang fi|sv|en, --out FIL)',
    en: 'unknown option {arg} (options: --root DIR, --lang fi|sv|en, --out FILE)',
  },
};

function isoDate(cell: string | undefined): string | undefined {
  const parsed = parseDate(cell ?? '');
  return parsed.ok ? parsed.iso : undefined;
}

function listCsv(root: string, dir: string): string[] {
  try {
    return readdirSync(join(root, dir))
      .filter((f) => f.toLowerCase().endsWith('.csv'))
      .sort()
      .map((f) => `${dir}/${f}`);
  } catch {
    return [];
  }
}

/** Feedback as written: the project keeps only published text, the report needs the undecided too. */
function feedbackRows(root: string): ReportFeedback[] {
  const out: ReportFeedback[] = [];
  for (const file of listCsv(root, 'data/feedback')) {
    const { table } = readCsv(file, readFileSync(join(root, file)), { aliases: FEEDBACK_HEADER_ALIASES });
    if (!table) continue;
    for (const row of table.rows) {
      const date = isoDate(row.values['date']);
      if (!date) continue;
      out.push({
        theme: row.values['theme'] ?? '',
        date,
        count: parseInteger(row.values['count'] ?? '') ?? 1,
        hasText: (row.values['text'] ?? '') !== '',
        publishDecided: (row.values['publish'] ?? '') !== '',
        // The validator's place: text line, Excel row and column, the row's id.
        at: cellAt(table, row, 'publish'),
      });
    }
  }
  return out;
}

function actionRows(root: string, project: Project): ReportAction[] {
  const file = 'data/actions.csv';
  let table: ReturnType<typeof readCsv>['table'];
  try {
    table = readCsv(file, readFileSync(join(root, file)), { aliases: ACTION_HEADER_ALIASES }).table;
  } catch {
    return [];
  }
  const rowOf = new Map((table?.rows ?? []).map((r) => [r.values['id'], r]));
  return project.actions.map((a) => {
    const row = rowOf.get(a.id);
    const cell = (name: string) => (table && row ? cellAt(table, row, name) : { file, line: 0, column: 0, id: a.id });
    const action: ReportAction = {
      id: a.id,
      themes: a.themes,
      status: a.status,
      at: cell('due'),
      missingTitles: project.languages
        .slice(1)
        .filter((lang) => !a.title[lang])
        .map((lang) => ({ lang, at: cell(`title_${lang}`) })),
    };
    if (a.due) action.due = a.due;
    if (a.completed) action.completed = a.completed;
    return action;
  });
}

function entries(project: Project): ReportEntry[] {
  return CONTENT_KIND_NAMES.flatMap((kind) =>
    (project[kind] as readonly Entry<unknown>[]).map((e) => ({
      kind,
      slug: e.slug,
      languages: project.languages.filter((l) => e.translations[l]),
      file: e.translations[project.defaultLang]?.file ?? `content/${kind}/${project.defaultLang}/${e.slug}.mdx`,
    })),
  );
}

export async function main(io: CommandIo): Promise<number> {
  const parsed = parseCommand(io.argv, io.env, io.cwd);
  if (!parsed.ok) {
    io.print(`kuultu: ${parsed.message}`);
    return 1;
  }
  const { root, lang, words } = parsed.args;
  let out = join(root, '.kuultu', 'report.html');
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '--out' && words[i + 1]) out = words[++i]!;
    else {
      io.print(`kuultu: ${fill(lang, W.unknownOption, { arg: words[i]! })}`);
      return 1;
    }
  }
  const loaded = await loadProject(root, io.env);
  if (!loaded.project) {
    io.print(`kuultu: ${fill(lang, W.invalid)}\n`);
    const errors = sortProblems(loaded.problems.filter((p) => p.severity === 'error'));
    io.print(formatProblems(errors, lang));
    return 1;
  }
  const project = loaded.project;
  const report = teamReport({
    asOf: project.asOf,
    languages: project.languages,
    themes: project.themes.map((t) => ({
      slug: t.slug,
      title: t.data.title,
      file: t.translations[project.defaultLang]?.file ?? `content/themes/${project.defaultLang}/${t.slug}.mdx`,
    })),
    feedback: feedbackRows(root),
    actions: actionRows(root, project),
    meetings: project.meetings.map((m) => ({
      slug: m.slug,
      status: m.data.status,
      date: m.data.date,
      hasMinutes: m.translations[project.defaultLang]?.hasBody ?? false,
      at: m.positions['status'] ?? {
        file: `content/meetings/${project.defaultLang}/${m.slug}.mdx`,
        line: 1,
        column: 1,
      },
    })),
    entries: entries(project),
  });
  io.print(reportText(report, lang, TERMINAL_ITEMS));
  const file = resolve(io.cwd, out);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, reportHtml(report, lang));
  io.print(`\nkuultu: ${fill(lang, W.written, { file })}`);
  if (io.env.GITHUB_STEP_SUMMARY) appendFileSync(io.env.GITHUB_STEP_SUMMARY, reportMarkdown(report, lang));
  return 0;
}

if (import.meta.main) process.exitCode = await runCommand(main);
