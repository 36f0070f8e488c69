/** The synthetic cities the bench measures, generated once per run into the scratch folder. */
import { join } from 'node:path';
import { generateCity } from '../generate-city.ts';
import { type BenchContext, fmtMs, SIZES, type SizeName } from './lib.ts';

const generated = new Map<SizeName, string>();

/** The content root of a city of the given size, generated on first use. */
export function city(ctx: BenchContext, size: SizeName): string {
  let root = generated.get(size);
  if (!root) {
    root = join(ctx.work, `city-${size}`);
    const s = SIZES[size];
    const started = performance.now();
    generateCity({ out: root, ...s, seed: 1 });
    console.log(
      `generated the ${size} city: ${s.feedback.toLocaleString('en')} feedback rows, ${s.actions} actions, ${s.meetings} meetings in ${fmtMs(performance.now() - started)}`,
    );
    generated.set(size, root);
  }
  return root;
}
