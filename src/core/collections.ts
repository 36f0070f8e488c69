/**
 * Small helpers every part of kuultu needs the same way: grouping rows by a key, comparing
 * text in a stable order, dropping left-out keys, and working a value out once.
 */

/** The items by key, each list in the items' order; keys in the order they first appear. */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Code-unit order, the same on every machine and in every locale: ids, slugs and ISO dates sort
 * by it. Text shown to residents in alphabetical order uses `Intl.Collator` instead.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The object without its `undefined` values, so spreading it over defaults keeps the defaults. */
export function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * A value worked out once per owner and name: what a build computes from the project once, not
 * once per page or per language. The values go with their owner (the map holds it weakly).
 */
export function memo<O extends object, V>(): (owner: O, name: string, make: () => V) => V {
  const made = new WeakMap<O, Map<string, V>>();
  return (owner, name, make) => {
    let values = made.get(owner);
    if (!values) {
      values = new Map();
      made.set(owner, values);
    }
    if (values.has(name)) return values.get(name) as V;
    const value = make();
    values.set(name, value);
    return value;
  };
}
