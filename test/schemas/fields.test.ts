import { describe, expect, it } from 'vitest';
import { didYouMean, ID_CHARACTERS, id } from '../../src/schemas/fields.ts';

const actionId = id({ fi: 'Tunnus.', sv: 'Id.', en: 'Id.' }, 'A-2025-014');

describe('ids: what the message says is what the rule accepts', () => {
  it('accepts letters a–z and A–Z, digits, - and _', () => {
    for (const ok of ['a', 'A-2025-014', 'Kouluruoka_2026', '9-b_C'])
      expect(actionId.safeParse(ok)).toEqual({ success: true, data: ok });
  });

  it('refuses other characters and a leading - or _, in the words it accepts by', () => {
    for (const bad of ['-a', '_a', 'a b', 'ä', 'a/b', 'a.b']) {
      const result = actionId.safeParse(bad);
      expect(result.success).toBe(false);
      const issue = result.error?.issues[0];
      expect(issue?.code === 'custom' ? issue.params?.expected?.en : undefined).toBe(
        `${ID_CHARACTERS.en}, e.g. A-2025-014`,
      );
    }
    expect(ID_CHARACTERS.en).toBe('letters a–z or A–Z, digits, - and _, starting with a letter or digit');
    expect(ID_CHARACTERS.fi).toBe('kirjaimia a–z tai A–Z, numeroita, - ja _, ensimmäisenä kirjain tai numero');
  });
});

describe('"did you mean"', () => {
  it('suggests the id written in another case before one an edit away', () => {
    const ids = ['A-2023-001', 'A-2023-002', 'A-2023-003'];
    expect(didYouMean('a-2023-002', ids)).toBe('A-2023-002');
    expect(didYouMean('A-2023-02', ids)).toBe('A-2023-002');
    expect(didYouMean('B-1999-777', ids)).toBeUndefined();
  });
});
