/**
 * The device's Vietnamese voice for "Đọc to", from the Web Speech API. The
 * voice list may arrive late (`voiceschanged`), and may be empty: then there
 * is no voice, and the button says so rather than failing silently.
 */
import { useEffect, useState } from 'react';

/** A voice whose language is Vietnamese ("vi", "vi-VN", "vi_VN"), a local one first. */
export function vietnameseVoiceOf(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const vietnamese = voices.filter((voice) => /^vi([-_]|$)/i.test(voice.lang));
  return vietnamese.find((voice) => voice.localService) ?? vietnamese[0] ?? null;
}

export type VoiceAvailability = { kind: 'unsupported' } | { kind: 'none' } | { kind: 'ready'; voice: SpeechSynthesisVoice };

function currentAvailability(): VoiceAvailability {
  if (typeof window === 'undefined' || !('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return { kind: 'unsupported' };
  const voice = vietnameseVoiceOf(window.speechSynthesis.getVoices());
  return voice ? { kind: 'ready', voice } : { kind: 'none' };
}

/** Whether this device can read Vietnamese aloud, kept up to date as its voices load. */
export function useVietnameseVoice(): VoiceAvailability {
  const [availability, setAvailability] = useState(currentAvailability);
  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const update = () => setAvailability(currentAvailability());
    window.speechSynthesis.addEventListener('voiceschanged', update);
    update();
    return () => window.speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  return availability;
}
