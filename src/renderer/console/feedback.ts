/** Short messages to the secretary after an action: what went wrong, in their language, or that it was saved. */
import { create } from 'zustand';

export interface Feedback {
  id: number;
  tone: 'ok' | 'error';
  text: string;
}

interface FeedbackState {
  items: Feedback[];
  show(tone: Feedback['tone'], text: string): void;
  dismiss(id: number): void;
}

let nextId = 1;

export const useFeedback = create<FeedbackState>((set, get) => ({
  items: [],
  show(tone, text) {
    const id = nextId++;
    set({ items: [...get().items.slice(-2), { id, tone, text }] });
    setTimeout(() => get().dismiss(id), tone === 'error' ? 8000 : 2500);
  },
  dismiss(id) {
    set({ items: get().items.filter((item) => item.id !== id) });
  },
}));
