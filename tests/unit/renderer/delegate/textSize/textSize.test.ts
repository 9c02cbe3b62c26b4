import { describe, expect, it } from 'vitest';
import { applyTextScale, isTextSize, TEXT_SIZES } from '../../../../../src/renderer/delegate/textSize/textSize';

/** The part of the root element the setting writes to. */
function fakeRoot() {
  const properties = new Map<string, string>();
  const root = { style: { setProperty: (name: string, value: string) => void properties.set(name, value) }, dataset: {} as Record<string, string> };
  return { root: root as unknown as HTMLElement, properties, dataset: root.dataset };
}

describe('the delegate app’s text size (Cỡ chữ)', () => {
  it('offers Bình thường, Lớn and Rất lớn, each larger than the last', () => {
    expect(Object.keys(TEXT_SIZES)).toEqual(['normal', 'large', 'largest']);
    expect(TEXT_SIZES.normal).toBe(1);
    expect(TEXT_SIZES.large).toBeGreaterThan(TEXT_SIZES.normal);
    expect(TEXT_SIZES.largest).toBeGreaterThan(TEXT_SIZES.large);
  });

  it('sets --app-text-scale on the root element, the property the app’s type and touch targets are sized by', () => {
    const { root, properties, dataset } = fakeRoot();
    applyTextScale('largest', root);
    expect(properties.get('--app-text-scale')).toBe('1.5');
    expect(dataset.textSize).toBe('largest');
  });

  it('takes only the three sizes from storage, so a tampered value falls back to normal', () => {
    expect(isTextSize('large')).toBe(true);
    expect(isTextSize('huge')).toBe(false);
    expect(isTextSize('toString')).toBe(false);
    expect(isTextSize(null)).toBe(false);
  });
});
