import type { SessionSettings, SpeechKind } from '../../protocol';

/** The time limit of a turn of this kind, from the session's settings, in ms. */
export function speechLimitMs(settings: SessionSettings, kind: SpeechKind): number {
  return settings.speechLimitsMinutes[kind] * 60_000;
}
