/**
 * The delegate app's text size (Cỡ chữ): Bình thường, Lớn, Rất lớn. Kept on
 * the device, and applied as the CSS custom property `--app-text-scale` on
 * the root element, which the app's type and touch targets are sized by
 * (other parts size their text in rem/em, and the root's font size follows).
 */
import { create } from 'zustand';

export const TEXT_SIZES = { normal: 1, large: 1.25, largest: 1.5 } as const;
export type TextSize = keyof typeof TEXT_SIZES;

const STORAGE_KEY = 'chamber.textSize';

export function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'string' && Object.hasOwn(TEXT_SIZES, value);
}

function storedTextSize(): TextSize {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isTextSize(stored) ? stored : 'normal';
  } catch {
    return 'normal';
  }
}

/** Sets `--app-text-scale` on the root element. */
export function applyTextScale(size: TextSize, root: HTMLElement = document.documentElement): void {
  root.style.setProperty('--app-text-scale', String(TEXT_SIZES[size]));
  root.dataset.textSize = size;
}

interface TextSizeState {
  size: TextSize;
  choose(size: TextSize): void;
}

export const useTextSize = create<TextSizeState>((set) => ({
  size: storedTextSize(),
  choose(size) {
    try {
      localStorage.setItem(STORAGE_KEY, size);
    } catch {
      /* not remembered after a reload, still applied now */
    }
    applyTextScale(size);
    set({ size });
  },
}));

/** Applies the stored size before the first paint of the delegate app. */
export function applyStoredTextSize(): void {
  applyTextScale(useTextSize.getState().size);
}
