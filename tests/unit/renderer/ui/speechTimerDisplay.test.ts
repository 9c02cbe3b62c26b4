import { describe, expect, it } from 'vitest';
import { SPEECH_WARNING_MS, timerDisplay } from '../../../../src/renderer/ui/speechTimerDisplay';

describe('what a speaker timer shows', () => {
  it('counts down in m:ss, rounding up, so the full limit shows until a whole second has gone', () => {
    expect(timerDisplay(7 * 60_000)).toEqual({ phase: 'running', text: '7:00' });
    expect(timerDisplay(7 * 60_000 - 1)).toEqual({ phase: 'running', text: '7:00' });
    expect(timerDisplay(7 * 60_000 - 1000)).toEqual({ phase: 'running', text: '6:59' });
  });

  it('warns in the last 30 seconds', () => {
    expect(timerDisplay(SPEECH_WARNING_MS + 1).phase).toBe('running');
    expect(timerDisplay(SPEECH_WARNING_MS)).toEqual({ phase: 'warning', text: '0:30' });
    expect(timerDisplay(1)).toEqual({ phase: 'warning', text: '0:01' });
  });

  it('shows the overrun counted up with a plus sign once the time is out', () => {
    expect(timerDisplay(0)).toEqual({ phase: 'overrun', text: '+0:00' });
    expect(timerDisplay(-12_400)).toEqual({ phase: 'overrun', text: '+0:12' });
    expect(timerDisplay(-75_000)).toEqual({ phase: 'overrun', text: '+1:15' });
  });
});
