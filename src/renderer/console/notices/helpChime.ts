/**
 * A short two-note chime made with the Web Audio API when a help request
 * arrives, so the secretary hears it from another tab or across the desk.
 * No sound file is shipped. Where the browser refuses to play (no user
 * gesture yet, no audio device), it stays silent: the badge still shows.
 */
let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (context) return context;
  const Constructor = globalThis.AudioContext as typeof AudioContext | undefined;
  if (!Constructor) return null;
  context = new Constructor();
  return context;
}

/** Plays the chime; never throws. */
export function playHelpChime(): void {
  try {
    const audio = audioContext();
    if (!audio) return;
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
    const start = audio.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.18, 660],
    ] as const) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      // A soft attack and a quick fade, so it is heard without startling the hall.
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.3, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.3);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.32);
    }
  } catch {
    // No audio here: the badge carries the alert alone.
  }
}
