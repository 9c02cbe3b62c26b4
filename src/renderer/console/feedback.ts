/** Short messages to the secretary after an action: what went wrong, in their language, or that it was saved. */
import { create } from 'zustand';

export interface Feedback {
  id: number;
  /** A warning: the action went through, but the secretary must know something about it. */
  tone: 'ok' | 'warning' | 'error';
  text: string;
}

interface FeedbackState {
  items: Feedback[];
  show(tone: Feedback['tone'], text: string): void;
  dismiss(id: number): void;
}

/** How long each kind stays up: a warning is longer to read than an error. */
const DISPLAY_MS: Record<Feedback['tone'], number> = { ok: 2500, error: 8000, warning: 20_000 };

let nextId = 1;

export const useFeedback = create<FeedbackState>((set, get) => ({
  items: [],
  show(tone, text) {
    const id = nextId++;
    set({ items: [...get().items.slice(-2), { id, tone, text }] });
    setTimeout(() => get().dismiss(id), DISPLAY_MS[tone]);
  },
  dismiss(id) {
    set({ items: get().items.filter((item) => item.id !== id) });
  },
}));
