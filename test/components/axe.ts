/**
 * Accessibility check for component tests. Two axe rules are off because
 * jsdom cannot evaluate them: `color-contrast` needs computed colours and
 * layout jsdom does not have; `region` expects a whole page with landmarks,
 * while these tests render one component (the sidebar lives in a shadow root
 * on someone else's page; its own panel is a landmark and is checked as such).
 */
import axe from 'axe-core';
import { expect } from 'vitest';

export async function expectNoAxeViolations(container: Element): Promise<void> {
  const result = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const problems = result.violations.map(
    (violation) => `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.html).join('\n  ')}`,
  );
  expect(problems).toEqual([]);
}
