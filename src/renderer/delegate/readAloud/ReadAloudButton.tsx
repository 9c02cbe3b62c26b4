/**
 * "Đọc to": reads the current page's text aloud with the device's Vietnamese
 * voice; while it speaks the button stops it. With no Vietnamese voice (or no
 * speech at all) the button is disabled and says why; an image-only page says
 * it has no text to read.
 */
import { useEffect, useRef, useState } from 'react';
import type { LoadedPdf } from '../../pdf/loadedPdf';
import { pageTextOf, speechChunks } from '../../pdf/pageText';
import { useT } from '../../ui/language';
import { useVietnameseVoice } from './vietnameseVoice';

type Speaking = 'idle' | 'reading' | 'speaking' | 'noText' | 'failed';

export function ReadAloudButton({ pdf, page }: { pdf: LoadedPdf | null; page: number }) {
  const t = useT();
  const voice = useVietnameseVoice();
  const [speaking, setSpeaking] = useState<Speaking>('idle');
  const run = useRef(0);

  const stop = () => {
    run.current += 1;
    if ('speechSynthesis' in window) window.speechSynthesis.cancel();
    setSpeaking('idle');
  };

  // A new page or document stops the reading of the old one.
  useEffect(() => stop, [pdf, page]);

  if (voice.kind !== 'ready') {
    const reason = voice.kind === 'none' ? t('readAloud.noVoice') : t('readAloud.unsupported');
    return (
      <button type="button" className="button reader-read-aloud reader-read-aloud-unavailable" disabled data-testid="read-aloud" data-state="unavailable" title={reason}>
        <span className="reader-read-aloud-label">🔈 {t('readAloud.start')}</span>
        <span className="reader-read-aloud-reason">{reason}</span>
      </button>
    );
  }

  const start = async () => {
    if (!pdf) return;
    const mine = ++run.current;
    setSpeaking('reading');
    try {
      const text = await pageTextOf(pdf.proxy, page);
      if (mine !== run.current) return;
      const chunks = speechChunks(text);
      if (chunks.length === 0) {
        setSpeaking('noText');
        return;
      }
      window.speechSynthesis.cancel();
      chunks.forEach((chunk, index) => {
        const utterance = new SpeechSynthesisUtterance(chunk);
        utterance.lang = 'vi-VN';
        utterance.voice = voice.voice;
        if (index === chunks.length - 1) utterance.onend = () => mine === run.current && setSpeaking('idle');
        utterance.onerror = () => mine === run.current && setSpeaking('failed');
        window.speechSynthesis.speak(utterance);
      });
      setSpeaking('speaking');
    } catch {
      if (mine === run.current) setSpeaking('failed');
    }
  };

  if (speaking === 'speaking' || speaking === 'reading') {
    return (
      <button type="button" className="button button-primary reader-read-aloud" onClick={stop} data-testid="read-aloud" data-state="speaking">
        ■ {t('readAloud.stop')}
      </button>
    );
  }
  return (
    <button type="button" className="button reader-read-aloud" onClick={() => void start()} disabled={!pdf} data-testid="read-aloud" data-state={speaking}>
      {speaking === 'noText' ? t('readAloud.noText') : speaking === 'failed' ? t('readAloud.failed') : `🔈 ${t('readAloud.start')}`}
    </button>
  );
}
