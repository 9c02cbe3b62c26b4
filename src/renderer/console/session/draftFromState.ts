/** The session tab's form starts from the session as it is now, in the same shape as the create-session form. */
import type { SessionState, VoteLabels } from '../../../shared/protocol';
import { RULE_PRESETS } from '../votePresets';
import type { RulePreset } from '../votePresets';
import { emptySessionDraft, LABEL_SETS, speechLimitTexts, splitTerm } from '../lobby/sessionDraft';
import type { LabelSet, SessionDraft } from '../lobby/sessionDraft';

export function draftFromState(state: SessionState): SessionDraft {
  const session = state.session;
  const base = emptySessionDraft();
  if (!session) return base;
  const { settings } = state;
  return {
    ...base,
    council: session.council,
    councilLevel: session.councilLevel,
    ...splitTerm(session.term),
    number: session.number === null ? '' : String(session.number),
    kind: session.kind,
    title: session.title,
    titleEdited: true,
    place: session.place,
    startDate: session.startDate ?? '',
    endDate: session.endDate ?? '',
    sittings: state.sittings.map((sitting) => ({ key: sitting.id, title: sitting.title, titleEdited: true, date: sitting.date, period: sitting.period })),
    labelSet: labelSetOf(state.voteLabels) ?? base.labelSet,
    defaultRule: rulePresetOf(settings.defaultRule) ?? base.defaultRule,
    quorumNumerator: String(settings.quorum.numerator),
    quorumDenominator: String(settings.quorum.denominator),
    speechLimits: speechLimitTexts(settings.speechLimitsMinutes),
    allowBallotChange: settings.allowBallotChange,
    guestsMayAnswer: settings.guestsMayAnswer,
  };
}

/** Which of the two usual label sets the session uses; null for labels typed in the votes tab. */
export function labelSetOf(labels: VoteLabels): LabelSet | null {
  const found = (Object.keys(LABEL_SETS) as LabelSet[]).find((set) => {
    const preset = LABEL_SETS[set];
    return preset.for === labels.for && preset.against === labels.against && preset.abstain === labels.abstain;
  });
  return found ?? null;
}

function rulePresetOf(rule: SessionState['settings']['defaultRule']): RulePreset | null {
  const found = (Object.keys(RULE_PRESETS) as RulePreset[]).find((preset) => {
    const known = RULE_PRESETS[preset];
    return known.numerator === rule.numerator && known.denominator === rule.denominator && known.comparison === rule.comparison && known.base === rule.base;
  });
  return found ?? null;
}
