/** The rows and options each kind of vote offers. */
import { CONFIDENCE_OPTIONS, ELECTED_OPTION, MOTION_ROW, RESOLUTION_OPTIONS } from '../../protocol';
import type { VoteInfo, VoteKind, VoteLabels } from '../../protocol';

export const DEFAULT_VOTE_LABELS: VoteLabels = { for: 'Tán thành', against: 'Không tán thành', abstain: 'Không biểu quyết' };

const CONFIDENCE_LABELS: Record<(typeof CONFIDENCE_OPTIONS)[number], string> = {
  high: 'Tín nhiệm cao',
  confidence: 'Tín nhiệm',
  low: 'Tín nhiệm thấp',
};

export function layoutOf(kind: VoteKind, title: string, names: string[], labels: VoteLabels, newId: () => string): Pick<VoteInfo, 'rows' | 'options'> {
  switch (kind) {
    case 'resolution':
    case 'hands':
      return { rows: [{ id: MOTION_ROW, label: title.slice(0, 120) }], options: RESOLUTION_OPTIONS.map((id) => ({ id, label: labels[id] })) };
    case 'election':
      return { rows: names.map((label) => ({ id: newId(), label })), options: [{ id: ELECTED_OPTION, label: 'Bầu' }] };
    case 'confidence':
      return { rows: names.map((label) => ({ id: newId(), label })), options: CONFIDENCE_OPTIONS.map((id) => ({ id, label: CONFIDENCE_LABELS[id] })) };
  }
}
