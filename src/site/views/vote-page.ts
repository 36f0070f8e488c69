/**
 * What a vote's page shows, assembled without Astro (src/pages/[lang]/votes/[slug].astro only
 * writes it out): the result with its winner sentence, the turnout, the phase, the organising
 * body and the action taken on the result.
 */
import { formatPercent } from '../../domain/i18n-format.ts';
import { votePhase, voteResult, type VotePhase } from '../../domain/votes.ts';
import { useTranslations } from '../../i18n/index.ts';
import type { Action } from '../../schemas/action.ts';
import type { Body } from '../../schemas/body.ts';
import type { Lang } from '../../schemas/fields.ts';
import type { Entry, Project } from '../../schemas/project.ts';
import type { Vote } from '../../schemas/vote.ts';
import { indexesOf } from '../indexes.ts';
import { localizeEntry, pickText, type LocalizedEntry, type Shown } from '../localize.ts';

/** Marks where the option names go in the translated winner sentence. */
const MARK = '\u0001';

export interface VotePageView {
  vote: LocalizedEntry<Vote>;
  phase: VotePhase;
  total: number;
  /** Share of the electorate that voted (0–1), when the electorate is known. */
  turnout: number | undefined;
  /** Each option in the file's order, with its name as shown and its share formatted. */
  options: { text: Shown<string>; votes: number; share: string }[];
  /**
   * The winner sentence, translated whole, around the winners' names: `before`, the names
   * (each with its own language), `after`. The page joins the names the language's way.
   */
  winnerSentence: { before: string; winners: Shown<string>[]; after: string };
  body: LocalizedEntry<Body> | undefined;
  action: { action: Action; title: Shown<string> } | undefined;
}

export function votePageView(project: Project, item: Entry<Vote>, lang: Lang): VotePageView {
  const { defaultLang } = project;
  const t = useTranslations(lang);
  const { opens, closes, electorate } = item.data;
  const result = voteResult(project.voteResults[item.slug] ?? [], electorate, defaultLang);
  const optionText = (option: (typeof result.options)[number]['option']) =>
    pickText(option, lang, defaultLang) ?? { value: '', lang, fallback: false };
  const percent = (share: number) => formatPercent(share / 100, lang);
  const winners = result.winners.map((w) => optionText(w.option));
  const top = result.winners[0];
  // Tied options can differ by a point in the rounded table shares; "each" needs one exact figure.
  const winnerShare = !top
    ? ''
    : winners.length === 1
      ? percent(top.share)
      : formatPercent(top.votes / result.total, lang);
  const winnerParams = { votes: t('votes.votesCount', { n: top?.votes ?? 0 }), share: winnerShare };
  const sentence =
    winners.length === 1
      ? t('votes.winnerOne', { ...winnerParams, option: MARK })
      : t('votes.winnerTie', { ...winnerParams, options: MARK });
  const [before = '', after = ''] = sentence.split(MARK);
  const bodyEntry = item.data.body ? project.bodies.find((b) => b.slug === item.data.body) : undefined;
  const action = item.data.action ? indexesOf(project).actionsById.get(item.data.action) : undefined;
  const actionTitle = action ? pickText(action.title, lang, defaultLang) : undefined;
  return {
    vote: localizeEntry(item, lang, defaultLang),
    phase: votePhase(opens, closes, project.asOf),
    total: result.total,
    turnout: result.turnout,
    options: result.options.map((o) => ({ text: optionText(o.option), votes: o.votes, share: percent(o.share) })),
    winnerSentence: { before, winners, after },
    body: bodyEntry ? localizeEntry(bodyEntry, lang, defaultLang) : undefined,
    action: action && actionTitle ? { action, title: actionTitle } : undefined,
  };
}

export interface VoteCard {
  vote: LocalizedEntry<Vote>;
  opens: string;
  closes: string;
  phase: VotePhase;
  total: number;
  /** The option(s) with the most votes, each in the language it is shown in. */
  winners: Shown<string>[];
}

/** The votes index (src/pages/[lang]/votes/index.astro): every vote, the most recently closed first. */
export function votesIndexView(project: Project, lang: Lang): { votes: VoteCard[]; anyOpen: boolean } {
  const { defaultLang } = project;
  const votes = project.votes
    .map((entry) => {
      const result = voteResult(project.voteResults[entry.slug] ?? [], entry.data.electorate, defaultLang);
      return {
        vote: localizeEntry(entry, lang, defaultLang),
        opens: entry.data.opens,
        closes: entry.data.closes,
        phase: votePhase(entry.data.opens, entry.data.closes, project.asOf),
        total: result.total,
        winners: result.winners.map((w) => pickText(w.option, lang, defaultLang)).filter((w) => w !== undefined),
      };
    })
    .sort((a, b) => (a.closes === b.closes ? (a.vote.slug < b.vote.slug ? -1 : 1) : a.closes > b.closes ? -1 : 1));
  // Only a vote still open or coming makes the page depend on the build's date.
  return { votes, anyOpen: votes.some((v) => v.phase !== 'closed') };
}
