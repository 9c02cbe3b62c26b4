/**
 * What the session tab sends when the secretary saves: only what changed, as
 * the commands the core knows (`session.update`, `sitting.add/update/remove`,
 * `settings.update`, and the vote labels). Pure, so it is tested on its own.
 */
import type { Command, SessionInfoChanges, SessionSettingsChanges, SessionState } from '../../../shared/protocol';
import type { SessionDraft } from '../lobby/sessionDraft';
import { LABEL_SETS } from '../lobby/sessionDraft';
import { SPEECH_KINDS } from '../lobby/sessionModel';
import type { ValidSession } from '../lobby/validateSessionDraft';

type SittingChanges = Extract<Command, { type: 'sitting.update' }>['changes'];

/**
 * The commands that take the session from `state` to `edited`. `initial` is the form as it opened:
 * the label set and default rule are sent only when the secretary picked another one there, so labels
 * typed in the votes tab are not replaced by a preset on an unrelated save.
 */
export function sessionEdits(state: SessionState, initial: SessionDraft, edited: ValidSession, draft: SessionDraft): Command[] {
  const session = state.session;
  if (!session) return [];
  const commands: Command[] = [];

  const info: SessionInfoChanges = {};
  if (edited.title !== session.title) info.title = edited.title;
  if (edited.council !== session.council) info.council = edited.council;
  if (edited.councilLevel !== session.councilLevel) info.councilLevel = edited.councilLevel;
  if (edited.term !== session.term) info.term = edited.term;
  if (edited.number !== session.number) info.number = edited.number;
  if (edited.kind !== session.kind) info.kind = edited.kind;
  if (edited.place !== session.place) info.place = edited.place;
  if (edited.startDate !== session.startDate) info.startDate = edited.startDate;
  if (edited.endDate !== session.endDate) info.endDate = edited.endDate;
  if (Object.keys(info).length > 0) commands.push({ type: 'session.update', changes: info });

  const kept = new Set(edited.sittings.map((sitting) => sitting.key));
  for (const sitting of edited.sittings) {
    const before = state.sittings.find((existing) => existing.id === sitting.key);
    if (!before) {
      commands.push({ type: 'sitting.add', title: sitting.title, date: sitting.date, period: sitting.period });
      continue;
    }
    const changes: SittingChanges = {};
    if (sitting.title !== before.title) changes.title = sitting.title;
    if (sitting.date !== before.date) changes.date = sitting.date;
    if (sitting.period !== before.period) changes.period = sitting.period;
    if (Object.keys(changes).length > 0) commands.push({ type: 'sitting.update', sittingId: before.id, changes });
  }
  // Removals last: a sitting that still has items is refused, after everything else was saved.
  for (const sitting of state.sittings) if (!kept.has(sitting.id)) commands.push({ type: 'sitting.remove', sittingId: sitting.id });

  const settings: SessionSettingsChanges = {};
  const now = state.settings;
  const { quorum, speechLimitsMinutes } = edited.settings;
  if (quorum.numerator !== now.quorum.numerator || quorum.denominator !== now.quorum.denominator) settings.quorum = quorum;
  if (SPEECH_KINDS.some((kind) => now.speechLimitsMinutes[kind] !== speechLimitsMinutes[kind])) settings.speechLimitsMinutes = speechLimitsMinutes;
  if (edited.settings.allowBallotChange !== now.allowBallotChange) settings.allowBallotChange = edited.settings.allowBallotChange;
  if (edited.settings.guestsMayAnswer !== now.guestsMayAnswer) settings.guestsMayAnswer = edited.settings.guestsMayAnswer;
  if (draft.defaultRule !== initial.defaultRule) settings.defaultRule = { ...edited.settings.defaultRule };
  if (Object.keys(settings).length > 0) commands.push({ type: 'settings.update', changes: settings });

  if (draft.labelSet !== initial.labelSet) commands.push({ type: 'settings.setVoteLabels', labels: { ...LABEL_SETS[draft.labelSet] } });
  return commands;
}
