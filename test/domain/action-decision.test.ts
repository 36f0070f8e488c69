import { describe, expect, it } from 'vitest';
import { actionRowChanges, dateStyleOf, parseDecisionArgs, timelineRow } from '../../src/domain/action-decision.ts';

describe('recording a decision', () => {
  it('reads the command words, Finnish status words included', () => {
    expect(parseDecisionArgs(['A-1', 'valmis', '12.5.2026', 'Uusi', 'aikataulu'])).toEqual({
      ok: true,
      id: 'A-1',
      decision: { status: 'done', date: '2026-05-12', note: 'Uusi aikataulu' },
    });
    expect(parseDecisionArgs(['A-1', 'done', '31.2.2026'])).toEqual({ ok: false, reason: 'date', value: '31.2.2026' });
    expect(parseDecisionArgs(['A-1', 'declined', '1.1.2026'])).toEqual({ ok: false, reason: 'note' });
    expect(parseDecisionArgs(['A-1', 'planned', '1.1.2026', '--progress', '120'])).toMatchObject({
      reason: 'progress',
    });
  });

  it('takes --progress with a per cent sign, as the CSV does', () => {
    expect(parseDecisionArgs(['A-1', 'käynnissä', '1.1.2026', '--progress', '60%'])).toMatchObject({
      ok: true,
      decision: { status: 'in-progress', progress: 60 },
    });
    expect(parseDecisionArgs(['A-1', 'planned', '1.1.2026', '--progress', '120 %'])).toEqual({
      ok: false,
      reason: 'progress',
      value: '120 %',
    });
  });

  it('re-opening an action whose progress was written "100 %" clears it', () => {
    const reopened = actionRowChanges(
      { status: 'in-progress', completed: '', progress: '100 %' },
      { status: 'planned', date: '2026-06-01', note: '' },
      'fi',
      'iso',
    );
    expect(reopened.get('progress')).toBe('');
  });

  it('done sets completed and 100; any other status clears completed; unchanged cells are left alone', () => {
    const current = { status: 'in-progress', completed: '', progress: '40' };
    const done = actionRowChanges(current, { status: 'done', date: '2026-05-12', note: '' }, 'fi', 'finnish');
    expect([...done]).toEqual([
      ['status', 'done'],
      ['completed', '12.5.2026'],
      ['progress', '100'],
    ]);
    const reopened = actionRowChanges(
      { status: 'done', completed: '2026-05-12', progress: '100' },
      { status: 'in-progress', date: '2026-06-01', note: '' },
      'fi',
      'iso',
    );
    expect([...reopened]).toEqual([
      ['status', 'in-progress'],
      ['completed', ''],
      ['progress', ''],
    ]);
    const declined = actionRowChanges(
      current,
      { status: 'declined', date: '2026-06-01', note: 'Ei rahaa.' },
      'sv',
      'iso',
    );
    expect(declined.get('reason_sv')).toBe('Ei rahaa.');
  });

  it('writes the timeline row, and dates in the style the file uses', () => {
    expect(dateStyleOf(['1.2.2026', '2026-03-01', '3.3.2026'])).toBe('finnish');
    expect(dateStyleOf(['2026-03-01', ''])).toBe('iso');
    expect(timelineRow('A-1', { status: 'done', date: '2026-05-12', note: 'Valmis.' }, 'fi', 'iso')).toEqual({
      action: 'A-1',
      date: '2026-05-12',
      status: 'done',
      progress: '100',
      note_fi: 'Valmis.',
    });
  });
});
