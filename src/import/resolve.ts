/**
 * Looks values up in the mapping, then in what matches without asking, and remembers both:
 * the lines the first import writes, and the values nobody has mapped yet (reported, never guessed).
 */
import type { ProblemAt } from '../core/problem.ts';
import { type Mapping, type MappingLine, type MappingSection, mappingKey } from './mapping.ts';

export interface Unmapped {
  section: MappingSection;
  key: string;
  /** Where the value first appears in the export: text line, Excel row, column and the row's id. */
  at: ProblemAt;
  note?: string;
}

export class Resolver {
  readonly lines: MappingLine[] = [];
  readonly unmapped: Unmapped[] = [];
  private readonly seen = new Map<string, string | undefined>();
  private readonly mapping: Mapping;

  constructor(mapping: Mapping) {
    this.mapping = mapping;
  }

  /** Whether the author's mapping file has a line for `key`. */
  mapped(section: MappingSection, key: string): boolean {
    return this.mapping.sections[section].has(mappingKey(section, key));
  }

  /** Whether the file has the line for `key` with its meaning still empty. */
  blank(section: MappingSection, key: string): boolean {
    return this.mapping.blank[section].has(mappingKey(section, key));
  }

  /**
   * The meaning of `key` in `section`: the author's line wins over an automatic match, so a
   * mapping can correct what kuultu would otherwise have matched.
   */
  resolve(
    section: MappingSection,
    key: string,
    auto: () => string | undefined,
    at: ProblemAt & { note?: string },
  ): string | undefined {
    const id = `${section}\u0000${key}`;
    if (this.seen.has(id)) return this.seen.get(id);
    const mapped = this.mapping.sections[section].get(mappingKey(section, key));
    const value = mapped ?? auto();
    this.seen.set(id, value);
    this.lines.push({ section, key, value, note: at.note });
    if (value === undefined) {
      const { note, ...where } = at;
      this.unmapped.push({ section, key, at: where, ...(note === undefined ? {} : { note }) });
    }
    return value;
  }
}
