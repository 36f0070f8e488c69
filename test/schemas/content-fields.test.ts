import { describe, expect, it } from 'vitest';
import { optionalId } from '../../src/schemas/content-fields.ts';
import { fieldMeta } from '../../src/schemas/fields.ts';

const meeting = optionalId({ fi: 'Kokous.', sv: 'Möte.', en: 'Meeting.' }, 'nuorisovaltuusto-2025-03');

describe('optionalId (actions.csv kokous, a vote’s body)', () => {
  it('reads a left-out, empty or blank value as none, in a CSV cell and in frontmatter alike', () => {
    for (const value of [undefined, null, '', '   '])
      expect(meeting.safeParse(value)).toEqual({ success: true, data: undefined });
  });

  it('checks a given id like any id', () => {
    expect(meeting.safeParse(' A-2025_01 ')).toEqual({ success: true, data: 'A-2025_01' });
    expect(meeting.safeParse('kokous 3').success).toBe(false);
  });

  it('documents itself as an optional id', () => {
    expect(fieldMeta(meeting)).toMatchObject({ kind: 'id', required: false });
  });
});
