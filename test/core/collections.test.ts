import { describe, expect, it } from 'vitest';
import { compareText, definedOnly, groupBy, memo } from '../../src/core/collections.ts';

describe('groupBy', () => {
  it('keeps the items in order within a group and the groups in order of first appearance', () => {
    const groups = groupBy(
      [
        { t: 'b', n: 1 },
        { t: 'a', n: 2 },
        { t: 'b', n: 3 },
      ],
      (x) => x.t,
    );
    expect([...groups.keys()]).toEqual(['b', 'a']);
    expect(groups.get('b')!.map((x) => x.n)).toEqual([1, 3]);
  });
});

describe('compareText', () => {
  it('sorts by code unit, not by locale: upper case before lower, ä after z', () => {
    expect(['b', 'ä', 'B', 'a', 'z'].sort(compareText)).toEqual(['B', 'a', 'b', 'z', 'ä']);
    expect(compareText('A-1', 'A-1')).toBe(0);
  });
});

describe('definedOnly', () => {
  it('drops undefined values so a spread keeps the defaults, but keeps empty strings and null', () => {
    const own = definedOnly({ title: 'Otsikko', summary: undefined, note: '', extra: null });
    expect({ title: 'Title', summary: 'Summary', ...own }).toEqual({
      title: 'Otsikko',
      summary: 'Summary',
      note: '',
      extra: null,
    });
    expect('summary' in own).toBe(false);
  });
});

describe('memo', () => {
  it('works a value out once per owner and name, undefined included', () => {
    const once = memo<object, number | undefined>();
    const [a, b] = [{}, {}];
    let made = 0;
    const make = (v: number | undefined) => () => {
      made++;
      return v;
    };
    expect(once(a, 'x', make(1))).toBe(1);
    expect(once(a, 'x', make(2))).toBe(1);
    expect(once(a, 'y', make(undefined))).toBeUndefined();
    expect(once(a, 'y', make(3))).toBeUndefined();
    expect(once(b, 'x', make(4))).toBe(4);
    expect(made).toBe(3);
  });
});
