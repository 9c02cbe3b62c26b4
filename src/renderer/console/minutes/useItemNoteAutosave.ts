/**
 * Autosave of the secretary's notes on one agenda item: a pause in typing, or
 * leaving the box, sends the text to the hub (`minutes.noteSet`). The state
 * says whether the hub has it ('saved'), a save is under way, the text
 * changed since ('editing'), or the last save failed ('failed', retried on the
 * next change, on leaving the box, when the connection is back, or on demand).
 * The text typed stays in the box, and in the browser's storage, until the hub
 * has acknowledged it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionConnection } from '../../client/connectSession';
import { useSessionView } from '../../ui/useSessionView';
import { dropNoteDraft, keepNoteDraft, readNoteDraft } from './noteDrafts';

export type NoteSaveState = 'saved' | 'editing' | 'saving' | 'failed';

/** The pause in typing after which the notes are saved. */
export const NOTE_AUTOSAVE_DELAY_MS = 1200;

interface Autosave {
  text: string;
  status: NoteSaveState;
  change(text: string): void;
  /** Saves now (leaving the box, the retry button). */
  saveNow(): void;
}

export function useItemNoteAutosave(connection: SessionConnection, sessionId: string, itemId: string, stored: string): Autosave {
  const [text, setText] = useState(() => readNoteDraft(sessionId, itemId) ?? stored);
  const [status, setStatus] = useState<NoteSaveState>(() => (readNoteDraft(sessionId, itemId) ?? stored) === stored ? 'saved' : 'editing');
  const latest = useRef({ text, itemId, dirty: text !== stored });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const save = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { text: sent, itemId: target, dirty } = latest.current;
    if (!dirty) return;
    setStatus('saving');
    const outcome = await connection.sendCommand({ type: 'minutes.noteSet', itemId: target, text: sent });
    if (outcome.ok) dropNoteDraft(sessionId, target, sent);
    // Another item, or more typing, since: that text has its own save.
    if (latest.current.itemId !== target || latest.current.text !== sent) return;
    if (outcome.ok) latest.current.dirty = false;
    setStatus(outcome.ok ? 'saved' : 'failed');
  }, [connection, sessionId]);

  // Another item: the pending text of the one left is saved first, then the new item's draft or stored notes show.
  useEffect(() => {
    if (latest.current.itemId === itemId) return;
    if (latest.current.dirty) void save();
    const draft = readNoteDraft(sessionId, itemId);
    const next = draft ?? stored;
    latest.current = { text: next, itemId, dirty: next !== stored };
    setText(next);
    setStatus(next === stored ? 'saved' : 'editing');
    // A draft a failed save or a reload left behind goes to the hub now.
    if (next !== stored) void save();
  }, [itemId, sessionId, stored, save]);

  // The hub's notes changed (another console): shown unless the secretary is typing here.
  useEffect(() => {
    if (latest.current.itemId !== itemId || latest.current.dirty) return;
    latest.current.text = stored;
    setText(stored);
    setStatus('saved');
  }, [stored, itemId]);

  // Back in sync after a lost connection: what could not be saved is sent again.
  const synced = useSessionView(connection.store, (view) => view.synced);
  useEffect(() => {
    if (synced && latest.current.dirty) void save();
  }, [synced, save]);

  // A draft left from before (a failed save, a reload) is sent when the box opens; leaving the panel saves what is pending.
  useEffect(() => {
    if (latest.current.dirty) void save();
    return () => {
      if (latest.current.dirty) void save();
    };
  }, [save]);

  const change = useCallback(
    (next: string) => {
      latest.current = { text: next, itemId: latest.current.itemId, dirty: true };
      keepNoteDraft(sessionId, latest.current.itemId, next);
      setText(next);
      setStatus('editing');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void save(), NOTE_AUTOSAVE_DELAY_MS);
    },
    [save, sessionId],
  );

  return { text, status, change, saveNow: () => void save() };
}
