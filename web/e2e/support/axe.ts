import axe from 'axe-core';
import type { Page } from 'playwright-core';

export type AxeViolation = { id: string; impact: string | null; nodes: string[] };

/**
 * Runs axe-core in the page against WCAG 2.x A and AA (2.2 included) and returns the violations,
 * each with the selectors of the elements at fault.
 */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy forbids inline scripts.
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}
