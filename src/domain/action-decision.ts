/**
 * Recording a decision on an action (`npm run action -- A-2026-016 done 12.5.2026 "…"`): which
 * cells of its row in actions.csv change, and the timeline row action-updates.csv gains. Pure,
 * so the rules a team relies on — done means completed and 100 %, declined carries its reason,
 * anything but done has no completed date — are tested without files.
 */
import { ACTION_STATUSES, STATUS_SYNONYMS, type ActionStatus } from '../schemas/action.ts';
import { parseDate, parsePercent } from '../core/dates.ts';
import type { Lang } from '../core/lang.ts';

export interface Decision {
  status: ActionStatus;
  /** ISO date the decision holds from. */
  date: string;
  /** What happened, in the site's default language; for declined, the reason. */
  note: string;
  /** A new progress in per cent; done is always 100. */
  progress?: number;
}

/** How the file writes its dates, so a new date looks like its neighbours. */
export type DateStyle = 'finnish' | 'iso';

export function dateStyleOf(cells: readonly string[]): DateStyle {
  const written = cells.map((c) => c.trim()).filter((c) => c !== '');
  const finnish = written.filter((c) => /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(c)).length;
  return finnish > written.length - finnish ? 'finnish' : 'iso';
}

export function writeDate(iso: string, style: DateStyle): string {
  if (style === 'iso') return iso;
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** Canonical column → new cell text, for the action's row in actions.csv. */
export function actionRowChanges(
  current: Readonly<Record<string, string>>,
  decision: Decision,
  defaultLang: Lang,
  style: DateStyle,
): Map<string, string> {
  const changes = new Map<string, string>([['status', decision.status]]);
  changes.set('completed', decision.status === 'done' ? writeDate(decision.date, style) : '');
  if (decision.status === 'done') changes.set('progress', '100');
  else if (decision.progress !== undefined) changes.set('progress', String(decision.progress));
  else if (current['status'] === 'done' || parsePercent(current['progress'] ?? '') === 100) {
    // Re-opening a done action: 100 % would contradict the new status on the page.
    changes.set('progress', '');
  }
  if (decision.status === 'declined') changes.set(`reason_${defaultLang}`, decision.note);
  for (const [column, value] of [...changes]) if ((current[column] ?? '') === value) changes.delete(column);
  return changes;
}

/** Canonical column → cell text of the new timeline row. */
export function timelineRow(
  actionId: string,
  decision: Decision,
  defaultLang: Lang,
  style: DateStyle,
): Record<string, string> {
  const progress = decision.status === 'done' ? 100 : decision.progress;
  return {
    action: actionId,
    date: writeDate(decision.date, style),
    status: decision.status,
    progress: progress === undefined ? '' : String(progress),
    [`note_${defaultLang}`]: decision.note,
  };
}

export type DecisionArgs =
  | { ok: true; id: string; decision: Decision }
  | { ok: false; reason: 'usage' | 'status' | 'date' | 'note' | 'progress'; value?: string };

/** `A-2026-016 done 12.5.2026 "Uusi aikataulu käytössä" [--progress 60]`, already split into words. */
export function parseDecisionArgs(words: readonly string[]): DecisionArgs {
  const rest = [...words];
  let progress: number | undefined;
  const p = rest.indexOf('--progress');
  if (p !== -1) {
    const value = rest[p + 1] ?? '';
    const n = parsePercent(value);
    if (n === undefined || n < 0 || n > 100) return { ok: false, reason: 'progress', value };
    progress = n;
    rest.splice(p, 2);
  }
  const [id, written, date, ...note] = rest;
  if (!id || !written || !date) return { ok: false, reason: 'usage' };
  // The Finnish and Swedish words the validator accepts in actions.csv (valmis, pågående …) work here too.
  const status = (ACTION_STATUSES as readonly string[]).includes(written)
    ? written
    : STATUS_SYNONYMS[written.toLowerCase()];
  if (status === undefined) return { ok: false, reason: 'status', value: written };
  const parsed = parseDate(date);
  if (!parsed.ok) return { ok: false, reason: 'date', value: date };
  const text = note.join(' ').trim();
  if (status === 'declined' && text === '') return { ok: false, reason: 'note' };
  const decision: Decision = { status: status as ActionStatus, date: parsed.iso, note: text };
  if (progress !== undefined) decision.progress = progress;
  return { ok: true, id, decision };
}
