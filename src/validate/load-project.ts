import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { same } from '../core/lang.ts';
import { toAction } from '../schemas/action.ts';
import { toFeedback } from '../schemas/feedback.ts';
import { didYouMean, LANGUAGES, type Lang } from '../schemas/fields.ts';
import type { ContentKind, Project } from '../schemas/project.ts';

export type { Project };
import { asOfDate } from './as-of.ts';
import { readContent, readSite, type Content } from './content.ts';
import { readDataFiles, type DataFiles } from './data-files.ts';
import { describePersonalData, findPersonalData } from './personal-data.ts';
import { error, warning, type Problem, type ProblemAt } from '../core/problem.ts';
import { checkReference, checkUniqueIds, type Target } from './references.ts';
import type { Located } from '../core/position.ts';
import { checkSurveyResults } from './survey-results.ts';
import { checkTimelines } from './timelines.ts';
import { checkVoteAgainstResults, checkVoteResults } from './vote-results.ts';

export interface LoadResult {
  project?: Project;
  problems: Problem[];
  /** What was read, for the summary line. */
  counts: Record<string, number>;
}

function at(file: string, line: number, column: number | undefined): ProblemAt {
  return { file, line, column: column ?? 0 };
}

/** What a slug may name: every entry with a default-language file, even one with its own mistakes. */
function targetOf(existing: Content['existing'], kind: ContentKind, noun: string, lang: Lang): Target {
  return { noun, known: existing[kind], definedIn: (slug) => `content/${kind}/${lang}/${slug}.mdx` };
}

function push(problems: Problem[], problem: Problem | undefined): void {
  if (problem) problems.push(problem);
}

/** Residents' words go on a public page only without personal data in them (PRODUCT.md §6). */
function checkPublishedFeedbackText(row: Located<{ text?: string; publish: boolean }>, problems: Problem[]): void {
  const text = row.value.text;
  if (!row.value.publish || !text) return;
  for (const match of findPersonalData(text)) {
    problems.push(
      error(
        at(row.file, row.line, row.columns['text']),
        `personal-data.${match.kind}`,
        `text contains ${describePersonalData(match.kind)} ("${match.value}"), and publish is yes.`,
        {
          expected: 'published text without e-mail addresses, phone numbers, personal identity codes or bank accounts',
          fix: 'remove it from the text, or set publish to no',
        },
      ),
    );
  }
}

/**
 * Results whose survey or vote page does not exist would never be published. The "did you mean"
 * offers only pages that have no results yet: renaming onto an existing results file loses data.
 */
function orphanResults(
  file: string,
  id: string,
  noun: string,
  kind: string,
  known: ReadonlySet<string>,
  withResults: ReadonlyMap<string, unknown>,
  lang: Lang,
): Problem {
  const guess = didYouMean(id, [...known].filter((k) => !withResults.has(k)).sort());
  return error(
    at(file, 0, 0),
    `${noun}.no-page`,
    `these results belong to no ${noun}: there is no content/${kind}/${lang}/${id}.mdx.`,
    {
      expected: `a ${noun} page named like the CSV file`,
      fix: guess
        ? `did you mean ${guess}? Rename the file to data/${kind}/${guess}.csv`
        : `add content/${kind}/${lang}/${id}.mdx, or rename the CSV to match an existing ${noun}`,
    },
  );
}

/** Ids of rows left out for problems of their own: they exist, the author just has to fix the row. */
function rejectedIds(
  file: { rejected: readonly { values: Readonly<Record<string, string>> }[] } | undefined,
): Set<string> {
  return new Set((file?.rejected ?? []).map((row) => row.values['id'] ?? '').filter((id) => id !== ''));
}

function checkData(
  data: DataFiles,
  content: Pick<Content, 'surveys' | 'votes' | 'existing'>,
  lang: Lang,
  asOf: string,
  problems: Problem[],
): void {
  const themes = targetOf(content.existing, 'themes', 'a theme', lang);
  const meetings = targetOf(content.existing, 'meetings', 'a meeting', lang);

  const feedbackRows = data.feedback.flatMap((f) => f.rows);
  problems.push(
    ...checkUniqueIds(
      feedbackRows.map((r) => ({ id: r.value.id, at: at(r.file, r.line, r.columns['id']) })),
      'piece of feedback',
    ),
  );
  for (const row of feedbackRows) {
    push(
      problems,
      checkReference(
        { value: row.value.theme, key: 'theme', at: at(row.file, row.line, row.columns['theme']) },
        themes,
      ),
    );
    checkPublishedFeedbackText(row, problems);
  }

  const actionRows = data.actions?.rows ?? [];
  problems.push(
    ...checkUniqueIds(
      actionRows.map((r) => ({ id: r.value.id, at: at(r.file, r.line, r.columns['id']) })),
      'action',
    ),
  );
  for (const row of actionRows) {
    for (const theme of row.value.themes)
      push(
        problems,
        checkReference({ value: theme, key: 'themes', at: at(row.file, row.line, row.columns['themes']) }, themes),
      );
    if (row.value.meeting)
      push(
        problems,
        checkReference(
          { value: row.value.meeting, key: 'meeting', at: at(row.file, row.line, row.columns['meeting']) },
          meetings,
        ),
      );
  }
  // An unreadable actions.csv, or an action row with its own problems, is already reported;
  // checking those actions' updates now would add a misleading "not an action" per update.
  if (data.actionUpdates && (!data.actions || data.actions.readable)) {
    const rejected = rejectedIds(data.actions);
    const updates = data.actionUpdates.rows.filter((u) => !rejected.has(u.value.action));
    problems.push(
      ...checkTimelines(
        updates,
        actionRows.map((r) => ({ ...r, value: toAction(r.value) })),
      ),
    );
  }

  const surveyIds = new Set(content.surveys.map((s) => s.slug));
  for (const survey of content.surveys) {
    const results = data.surveyResults.get(survey.slug);
    const surveyFile = survey.translations[lang]?.file ?? `content/surveys/${lang}/${survey.slug}.mdx`;
    if (!results) {
      problems.push(
        error(at(surveyFile, 0, 0), 'survey.no-results', `the survey "${survey.slug}" has no results file.`, {
          expected: `data/surveys/${survey.slug}.csv`,
          fix: `add data/surveys/${survey.slug}.csv with columns round, question, n1…n5`,
        }),
      );
    } else if (results.readable) {
      problems.push(...checkSurveyResults(results.rows, Object.keys(survey.data.questions), surveyFile));
    }
  }
  for (const [id, results] of data.surveyResults) {
    if (!surveyIds.has(id))
      problems.push(orphanResults(results.file, id, 'survey', 'surveys', surveyIds, data.surveyResults, lang));
  }

  const voteIds = new Set(content.votes.map((v) => v.slug));
  for (const vote of content.votes) {
    const results = data.voteResults.get(vote.slug);
    const file = vote.translations[lang]?.file ?? `content/votes/${lang}/${vote.slug}.mdx`;
    if (!results)
      problems.push(
        ...checkVoteResults([], `data/votes/${vote.slug}.csv`).map((p) => ({
          ...p,
          file,
          fix: same(`add data/votes/${vote.slug}.csv with one row per option (option_${lang}, votes)`),
        })),
      );
    else if (results.readable) {
      problems.push(...checkVoteResults(results.rows, results.file, 1));
      problems.push(
        ...checkVoteAgainstResults(
          {
            opens: vote.data.opens,
            electorate: vote.data.electorate,
            file,
            electorateAt: vote.positions['electorate'],
          },
          results.rows,
          results.file,
          asOf,
        ),
      );
    }
  }
  for (const [id, results] of data.voteResults) {
    if (!voteIds.has(id))
      problems.push(orphanResults(results.file, id, 'vote', 'votes', voteIds, data.voteResults, lang));
  }
}

function checkContentReferences(
  content: Pick<Content, 'meetings' | 'votes' | 'existing'>,
  actionIds: ReadonlySet<string>,
  lang: Lang,
  problems: Problem[],
): void {
  const bodies = targetOf(content.existing, 'bodies', 'a body', lang);
  const actions: Target = {
    noun: 'an action',
    known: actionIds,
    definedIn: (id) => `a row with id ${id} in data/actions.csv`,
  };
  for (const meeting of content.meetings) {
    const pos = meeting.positions['body'];
    if (pos) push(problems, checkReference({ value: meeting.data.body, key: 'body', at: pos }, bodies));
  }
  for (const vote of content.votes) {
    const bodyPos = vote.positions['body'];
    if (vote.data.body && bodyPos)
      push(problems, checkReference({ value: vote.data.body, key: 'body', at: bodyPos }, bodies));
    const actionPos = vote.positions['action'];
    if (vote.data.action && actionPos)
      push(problems, checkReference({ value: vote.data.action, key: 'action', at: actionPos }, actions));
  }
}

/** The line a top-level YAML key is written on (0 when it cannot be found): site.yaml keys carry no positions. */
function keyLine(root: string, file: string, key: string): number {
  try {
    const lines = readFileSync(join(root, file), 'utf8').split(/\r?\n/);
    return lines.findIndex((l) => l.startsWith(`${key}:`)) + 1;
  } catch {
    return 0;
  }
}

function sum(rows: readonly { rows: readonly unknown[] }[]): number {
  return rows.reduce((n, f) => n + f.rows.length, 0);
}

export async function loadProject(root: string, env: NodeJS.ProcessEnv = process.env): Promise<LoadResult> {
  const problems: Problem[] = [];
  const siteResult = readSite(root);
  problems.push(...siteResult.problems);
  const site = siteResult.site;
  // Without readable settings every language is allowed: one typo in site.yaml must not turn
  // each Swedish and English file into a second, misleading problem.
  const languages: readonly Lang[] = site?.languages ?? LANGUAGES;
  const lang = languages[0] ?? 'fi';

  const asOf = asOfDate(root, site?.timezone ?? 'Europe/Helsinki', env);
  const content = await readContent(root, languages, asOf?.date ?? '9999-12-31');
  problems.push(...content.problems);
  const data = readDataFiles(root, languages, problems);

  checkData(data, content, lang, asOf?.date ?? '9999-12-31', problems);
  if (site?.feedbackPage) {
    const at = { file: 'content/site.yaml', line: keyLine(root, 'content/site.yaml', 'feedbackPage'), column: 1 };
    push(
      problems,
      checkReference(
        { value: site.feedbackPage, key: 'feedbackPage', at },
        targetOf(content.existing, 'pages', 'a page', lang),
      ),
    );
  }
  const actionIds = new Set([...(data.actions?.rows ?? []).map((r) => r.value.id), ...rejectedIds(data.actions)]);
  if (data.actions?.readable) checkContentReferences(content, actionIds, lang, problems);
  else if (!data.actions) {
    problems.push(
      warning(
        at('data/actions.csv', 0, 0),
        'actions.missing',
        'there is no data/actions.csv, so the site shows no actions ("we did").',
        { expected: 'data/actions.csv', fix: 'add data/actions.csv with the actions taken on feedback' },
      ),
    );
  }

  const feedbackRows = data.feedback.flatMap((f) => f.rows);
  const dataDates = feedbackRows.map((r) => r.value.date).sort();
  if (!asOf) {
    problems.push(
      warning(
        at('content/site.yaml', 0, 0),
        'as-of.unknown',
        'kuultu could not tell the date of this data: SOURCE_DATE_EPOCH is not set and the folder is not a git checkout, so "now" is taken as the newest feedback date.',
        {
          expected: 'a git checkout, or SOURCE_DATE_EPOCH set to a Unix time',
          fix: 'build from a git clone, or set SOURCE_DATE_EPOCH',
        },
      ),
    );
  }
  const counts = {
    'content files': content.fileCount,
    'feedback rows': feedbackRows.length,
    actions: data.actions?.rows.length ?? 0,
    'action updates': data.actionUpdates?.rows.length ?? 0,
    'survey rows': sum([...data.surveyResults.values()]),
    'vote options': sum([...data.voteResults.values()]),
  };
  if (problems.some((p) => p.severity === 'error') || !site) return { problems, counts };

  const project: Project = {
    root,
    site,
    languages,
    defaultLang: lang,
    asOf: asOf?.date ?? dataDates.at(-1) ?? '1970-01-01',
    themes: content.themes,
    bodies: content.bodies,
    meetings: content.meetings,
    surveys: content.surveys,
    votes: content.votes,
    pages: content.pages,
    feedback: feedbackRows.map((r) => toFeedback(r.value)),
    actions: (data.actions?.rows ?? []).map((r) => toAction(r.value)),
    actionUpdates: (data.actionUpdates?.rows ?? []).map((r) => r.value),
    surveyResults: Object.fromEntries([...data.surveyResults].map(([id, f]) => [id, f.rows.map((r) => r.value)])),
    voteResults: Object.fromEntries([...data.voteResults].map(([id, f]) => [id, f.rows.map((r) => r.value)])),
  };
  return { project, problems, counts };
}
