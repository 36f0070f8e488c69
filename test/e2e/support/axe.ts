/**
 * axe-core in the page, WCAG 2.1 A and AA rules only (what Act 306/2019 requires), with a
 * failure message a page engineer can act on: rule, help text, and the elements concerned.
 */
import axe from 'axe-core';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function axeViolations(page: Page): Promise<Result[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (options: object) => Promise<AxeResults> } }).axe.run({
        runOnly: { type: 'tag', values: tags },
      }),
    WCAG_TAGS,
  );
  return results.violations;
}

/** One paragraph per violation: `id (impact): help — url` and the first targets with their HTML. */
export function describeViolations(where: string, violations: readonly Result[]): string {
  if (violations.length === 0) return '';
  const lines = violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 5)
      .map(
        (n) =>
          `      ${n.target.join(' ')}\n        ${n.html.slice(0, 200)}\n        ${n.failureSummary?.split('\n').join(' ') ?? ''}`,
      );
    const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
    return `  ${v.id} (${v.impact ?? 'unknown'}): ${v.help} — ${v.helpUrl}\n${nodes.join('\n')}${more}`;
  });
  return `${where}: ${violations.length} WCAG violation(s)\n${lines.join('\n')}`;
}
