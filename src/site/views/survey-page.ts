/**
 * What a survey's page shows, assembled without Astro (src/pages/[lang]/surveys/[slug].astro
 * only writes it out): per question a one-line headline (the share answering 4–5 now and in the
 * first round), the answers of each round as coloured segments with their percentages, the mean
 * on the 1–5 axis, a cautious trend sentence and one table that holds every figure; and for the
 * survey the changes (actions naming it in actions.csv) placed between the rounds they fell
 * between — "change something, then ask again" (PRODUCT.md §0: distributions and n, no
 * over-interpretation).
 */
import { formatDate, formatDecimal, formatNumber, formatPercent } from '../../domain/i18n-format.ts';
import {
  changesBetweenRounds,
  MIN_N_FOR_TREND,
  meanTrend,
  positiveShare,
  roundsWithFewAnswers,
  surveyQuestionSeries,
  surveyRounds,
  type ChangePlace,
  type MeanTrend,
  type PlacedChange,
  type SurveyRoundResult,
} from '../../domain/surveys.ts';
import { listParts, numberInCase } from '../../domain/wording.ts';
import { useTranslations } from '../../i18n/index.ts';
import type { Action } from '../../schemas/action.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { Entry, Project } from '../../schemas/project.ts';
import type { Survey } from '../../schemas/survey.ts';
import { LIKERT_COLOURS, meanPosition } from '../likert.ts';
import { localizeEntry, pickText, type LocalizedEntry, type Shown } from '../localize.ts';
import { paths } from '../paths.ts';

export interface ScaleStep {
  /** 1..5 */
  value: number;
  /** "1 Täysin eri mieltä": the number and the author's label. */
  label: string;
  /** The author's label alone. */
  word: string;
  lang: Lang;
  colour: string;
}

export interface SurveyRoundView {
  /** The day the round closed, as the page writes it. */
  label: string;
  n: string;
  noAnswer: string;
  /**
   * 1..5 in order; `share` in whole % of those who answered, `text` as written on the segment
   * ("38 %"), and the same split into its figure and its unit ("38" + " %") for a narrow table
   * whose heading carries the unit.
   */
  segments: { share: number; text: string; figure: string; unit: string; colour: string }[];
  mean: string;
  /** Where the mean sits on the 1–5 axis (0–100 % of its width); undefined when nobody answered. */
  meanAt: number | undefined;
  /**
   * "2 muutosta": the changes made since the previous round, which this round is the first to
   * measure; empty when there were none (or this is the first round).
   */
  changesBefore: string;
}

export interface SurveyQuestionView {
  id: string;
  text: string;
  textLang: Lang;
  /** "62 %" + "answered positively (4–5) in the latest round (round 1: 41 %)"; undefined when the latest round has no answers. */
  headline: { share: string; rest: string } | undefined;
  trend: string;
  rounds: SurveyRoundView[];
}

export interface SurveyChangeView {
  id: string;
  href: string;
  title: Shown<string>;
  /** "valmistui 8.1.2024", "aloitettiin 23.5.2024"; empty for a planned one, whose group says so. */
  made: string;
}

export interface SurveyPageView {
  survey: LocalizedEntry<Survey>;
  scale: ScaleStep[];
  /** Some of the scale or the questions are shown in the default language (said once, above the questions). */
  untranslated: boolean;
  questions: SurveyQuestionView[];
  /** The survey's changes by where they fall among the rounds, oldest first. */
  changes: { heading: string; items: SurveyChangeView[] }[];
}

export function surveyPageView(project: Project, item: Entry<Survey>, lang: Lang): SurveyPageView {
  const { defaultLang } = project;
  const t = useTranslations(lang);
  const own = item.translations[lang]?.data;
  const rows = project.surveyResults[item.slug] ?? [];
  const date = (iso: string) => formatDate(iso, lang);
  const percent = (share: number) => formatPercent(share / 100, lang);

  // A translation may leave the scale or a question untranslated; those keep the default language.
  const scaleLang = own?.scale ? lang : defaultLang;
  const scale = (own?.scale ?? item.data.scale).map((word, i) => ({
    value: i + 1,
    label: t('surveys.scaleLabel', { value: String(i + 1), label: word }),
    word,
    lang: scaleLang,
    colour: LIKERT_COLOURS[i] ?? LIKERT_COLOURS[2],
  }));

  const answering = project.actions.filter((a) => a.survey === item.slug);
  const placed = changesBetweenRounds(surveyRounds(rows), answering);
  const madeBefore = new Map(
    placed.flatMap((g) => (g.place.kind === 'between' ? [[g.place.next, g.changes.length] as const] : [])),
  );

  const roundView = (r: SurveyRoundResult): SurveyRoundView => ({
    label: date(r.round),
    n: formatNumber(r.n, lang),
    noAnswer: formatNumber(r.noAnswer, lang),
    segments: r.shares.map((share, i) => {
      const text = percent(share);
      const figure = formatNumber(share, lang);
      const split = text.startsWith(figure);
      return {
        share,
        text,
        figure: split ? figure : text,
        unit: split ? text.slice(figure.length) : '',
        colour: scale[i]?.colour ?? '',
      };
    }),
    mean: r.mean === undefined ? t('surveys.noMean') : formatDecimal(r.mean, lang),
    meanAt: r.mean === undefined ? undefined : meanPosition(r.mean),
    changesBefore: madeBefore.has(r.round) ? t('surveys.changesMarker', { n: madeBefore.get(r.round)! }) : '',
  });

  const questions = Object.keys(item.data.questions).map((id): SurveyQuestionView => {
    const translated = own?.questions?.[id];
    const series = surveyQuestionSeries(rows, id);
    return {
      id,
      text: translated ?? item.data.questions[id]!,
      textLang: translated ? lang : defaultLang,
      headline: headline(series, t, percent),
      trend: trendSentence(meanTrend(series), roundsWithFewAnswers(series), lang),
      rounds: series.map(roundView),
    };
  });

  const changes = placed.map((group) => ({
    heading: placeHeading(group.place, t, date),
    items: group.changes.map((c) => changeView(c, project, lang)),
  }));

  return {
    survey: localizeEntry(item, lang, defaultLang),
    scale,
    untranslated:
      item.translations[lang] !== undefined && (scaleLang !== lang || questions.some((q) => q.textLang !== lang)),
    questions,
    changes,
  };
}

type T = ReturnType<typeof useTranslations>;

function headline(
  series: readonly SurveyRoundResult[],
  t: T,
  percent: (share: number) => string,
): SurveyQuestionView['headline'] {
  const last = series[series.length - 1];
  const now = last ? positiveShare(last) : undefined;
  if (now === undefined) return undefined;
  const first = series.length > 1 ? positiveShare(series[0]!) : undefined;
  return {
    share: percent(now),
    rest: first === undefined ? t('surveys.headlineOne') : t('surveys.headline', { first: percent(first) }),
  };
}

function placeHeading(place: ChangePlace, t: T, date: (iso: string) => string): string {
  switch (place.kind) {
    case 'before':
      return t('surveys.changes.before', { next: date(place.next) });
    case 'between':
      return t('surveys.changes.between', { previous: date(place.previous), next: date(place.next) });
    case 'after':
      return t('surveys.changes.after', { previous: date(place.previous) });
    case 'planned':
      return t('actions.status.planned');
  }
}

function changeView(change: PlacedChange<Action>, project: Project, lang: Lang): SurveyChangeView {
  const t = useTranslations(lang);
  const { action } = change;
  const day = formatDate(change.day, lang);
  return {
    id: action.id,
    href: paths.action(lang, action.id),
    title: pickText(action.title, lang, project.defaultLang) ?? { value: action.id, lang, fallback: false },
    made:
      change.made === 'done'
        ? t('surveys.changes.done', { date: day })
        : change.made === 'started'
          ? t('surveys.changes.started', { date: day })
          : '',
  };
}

/** The trend in words; no direction when a round is too small to carry one (MIN_N_FOR_TREND). */
function trendSentence(trend: MeanTrend, few: readonly SurveyRoundResult[], lang: Lang): string {
  const t = useTranslations(lang);
  const date = (iso: string) => formatDate(iso, lang);
  const mean = (value: number) => formatDecimal(value, lang);
  if (trend.withheld === 'few-answers') {
    const dates = few.map((r) => date(r.round));
    const rounds = listParts(dates.length, lang)
      .map((p) => (p.kind === 'item' ? dates[p.index] : p.text))
      .join('');
    return t('surveys.withheld.few-answers', { n: few.length, rounds, min: MIN_N_FOR_TREND });
  }
  if (trend.withheld || !trend.direction || !trend.first || !trend.last)
    return t(`surveys.withheld.${trend.withheld ?? 'one-round'}`);
  const { first, last } = trend;
  const common = { firstRound: date(first.round), lastRound: date(last.round), nFrom: first.n, nTo: last.n };
  if (trend.direction === 'flat') return t('surveys.trend.flat', { ...common, mean: mean(last.mean!) });
  return t(`surveys.trend.${trend.direction}`, {
    ...common,
    from: numberInCase(mean(first.mean!), lang, 'elative'),
    to: numberInCase(mean(last.mean!), lang, 'illative'),
  });
}

export interface SurveyCard {
  survey: LocalizedEntry<Survey>;
  /** The rounds' dates, oldest first. */
  rounds: string[];
  /** The latest round's date ('' without results). */
  latest: string;
  questionCount: number;
}

/** The surveys index (src/pages/[lang]/surveys/index.astro): the most recently answered first. */
export function surveysIndexView(project: Project, lang: Lang): SurveyCard[] {
  return project.surveys
    .map((entry) => {
      const rounds = surveyRounds(project.surveyResults[entry.slug] ?? []);
      return {
        survey: localizeEntry(entry, lang, project.defaultLang),
        rounds,
        latest: rounds.at(-1) ?? '',
        questionCount: Object.keys(entry.data.questions).length,
      };
    })
    .sort((a, b) => (a.latest === b.latest ? (a.survey.slug < b.survey.slug ? -1 : 1) : a.latest > b.latest ? -1 : 1));
}
