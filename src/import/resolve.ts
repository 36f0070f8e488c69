/**
 * Looks values up in the mapping, then in what matches without asking, and remembers both:
 * the lines the first import writes, and the values nobody has mapped yet (reported, never guessed).
 */
import type { ProblemAt } from '../core/problem.ts';
import { labelKey } from './likert.ts';
import type { Mapping, MappingLine, MappingSection } from './mapping.ts';

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
    return this.mapping.sections[section].has(
      section === 'answers' || section === 'questions' ? labelKey(key) : key.trim(),
    );
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
    const lookup = section === 'answers' || section === 'questions' ? labelKey(key) : key.trim();
    const mapped = this.mapping.sections[section].get(lookup);
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
