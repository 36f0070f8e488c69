/**
 * The cache keys decide which pages a rebuild renders again and which it copies from the last
 * build: a key that stays the same when what its page shows changed publishes a stale page, so
 * each key must move with its page's data, and should stay put for another page's.
 */
import { describe, expect, it } from 'vitest';
import type { Project } from '../../src/schemas/project.ts';
import { actionKey, meetingKey, searchableDataDigest, siteFingerprint } from '../../src/site/cache-keys.ts';
import { smallProject } from '../support/small-project.ts';

// Keys are worked out once per project object: each variant is a project of its own.
const copy = (project: Project, change: Partial<Project> = {}): Project => ({ ...project, ...change });

describe('cache keys for a rebuild', () => {
  it('moves an action’s key with its own row and timeline, and not with another action’s', async () => {
    const base = await smallProject();
    const [first, second] = base.actions;
    expect(first && second).toBeTruthy();
    const renamed = copy(base, {
      actions: base.actions.map((a) => (a.id === second!.id ? { ...a, title: { ...a.title, fi: 'Uusi nimi' } } : a)),
    });
    expect(actionKey(copy(base), first!)).toBe(actionKey(copy(base), first!));
    expect(actionKey(renamed, first!)).toBe(actionKey(copy(base), first!));
    expect(actionKey(renamed, renamed.actions[1]!)).not.toBe(actionKey(copy(base), second!));

    const update = base.actionUpdates.find((u) => u.action === first!.id);
    expect(update).toBeTruthy();
    const retold = copy(base, {
      actionUpdates: base.actionUpdates.map((u) => (u === update ? { ...u, note: { ...u.note, fi: 'Toisin' } } : u)),
    });
    expect(actionKey(retold, first!)).not.toBe(actionKey(copy(base), first!));
  });

  it('moves every key with the site’s settings, which the layout shows on every page', async () => {
    const base = await smallProject();
    const later = copy(base, { asOf: '2099-01-01' });
    expect(siteFingerprint(later)).not.toBe(siteFingerprint(copy(base)));
    expect(actionKey(later, base.actions[0]!)).not.toBe(actionKey(copy(base), base.actions[0]!));
    const meeting = base.meetings[0]!;
    expect(meetingKey(later, meeting)).not.toBe(meetingKey(copy(base), meeting));
  });

  it('digests what search reads: an edited action moves it, new feedback does not', async () => {
    const base = await smallProject();
    const edited = copy(base, {
      actions: base.actions.map((a, i) => (i === 0 ? { ...a, title: { ...a.title, fi: 'Uusi nimi' } } : a)),
    });
    const moreFeedback = copy(base, { feedback: [...base.feedback, ...base.feedback.slice(0, 1)] });
    expect(searchableDataDigest(copy(base))).toBe(searchableDataDigest(copy(base)));
    expect(searchableDataDigest(edited)).not.toBe(searchableDataDigest(copy(base)));
    expect(searchableDataDigest(moreFeedback)).toBe(searchableDataDigest(copy(base)));
  });
});
