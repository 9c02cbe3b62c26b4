import type { MajorityRule } from '../../shared/protocol';

/** The rules councils use, as the form offers them; the default is the first. */
export const RULE_PRESETS = {
  half_seated: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'seated' },
  two_thirds_seated: { numerator: 2, denominator: 3, comparison: 'at_least', base: 'seated' },
  half_present: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'present' },
  half_cast: { numerator: 1, denominator: 2, comparison: 'more_than', base: 'cast' },
} as const satisfies Record<string, MajorityRule>;

export type RulePreset = keyof typeof RULE_PRESETS;

export function presetOf(rule: MajorityRule): RulePreset | null {
  const match = Object.entries(RULE_PRESETS).find(
    ([, preset]) =>
      preset.numerator === rule.numerator && preset.denominator === rule.denominator && preset.comparison === rule.comparison && preset.base === rule.base,
  );
  return (match?.[0] as RulePreset | undefined) ?? null;
}
