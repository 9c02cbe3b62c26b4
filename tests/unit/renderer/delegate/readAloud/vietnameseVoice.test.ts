import { describe, expect, it } from 'vitest';
import { vietnameseVoiceOf } from '../../../../../src/renderer/delegate/readAloud/vietnameseVoice';

const voice = (name: string, lang: string, localService = true) => ({ name, lang, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;

describe('the Vietnamese voice "Đọc to" uses', () => {
  it('finds a voice tagged vi-VN, vi_VN or vi, and prefers one on the device', () => {
    expect(vietnameseVoiceOf([voice('Samantha', 'en-US'), voice('Linh', 'vi-VN')])?.name).toBe('Linh');
    expect(vietnameseVoiceOf([voice('Linh', 'vi_VN')])?.name).toBe('Linh');
    expect(vietnameseVoiceOf([voice('Online', 'vi-VN', false), voice('Linh', 'vi')])?.name).toBe('Linh');
  });

  it('finds none on a device with no Vietnamese voice (the button then says so)', () => {
    expect(vietnameseVoiceOf([])).toBeNull();
    expect(vietnameseVoiceOf([voice('Samantha', 'en-US'), voice('Viktor', 'sv-SE')])).toBeNull();
  });
});
