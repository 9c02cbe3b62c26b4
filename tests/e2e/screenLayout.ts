/** Checks shared by the big-screen tests: the whole screen inside the viewport, and no text cut off. */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Every element of the screen lies inside the viewport, the page does not scroll, and no box clips its own content. */
export async function expectScreenFits(screen: Page, size: { width: number; height: number }): Promise<void> {
  const problems = await screen.getByTestId('screen').evaluate((root, viewport) => {
    const found: string[] = [];
    const name = (element: Element) => `${element.tagName.toLowerCase()}.${String(element.className)}`;
    for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.left < -0.5 || box.top < -0.5 || box.right > viewport.width + 0.5 || box.bottom > viewport.height + 0.5) {
        found.push(`${name(element)} outside the viewport: ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`);
      }
      if (element instanceof HTMLElement && element.tagName !== 'CANVAS') {
        const style = getComputedStyle(element);
        const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
        if (clips && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) {
          found.push(`${name(element)} clips its content: ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`);
        }
      }
    }
    return found;
  }, size);
  expect(problems).toEqual([]);
  const page = await screen.evaluate(() => ({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight }));
  expect(page.height).toBeLessThanOrEqual(size.height);
  expect(page.width).toBeLessThanOrEqual(size.width);
}

/** The font size of an element in CSS pixels. */
export async function fontSizeOf(screen: Page, testId: string): Promise<number> {
  return screen.getByTestId(testId).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}
