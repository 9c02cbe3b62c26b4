/** A guest as the add/edit form holds it, and the changed fields an edit sends. */
import type { Guest, GuestRole } from '../../../shared/protocol';

export interface GuestDraft {
  name: string;
  office: string;
  role: GuestRole;
}

/** The fields of the draft that differ from the guest as it is. */
export function guestChanges(before: Guest, draft: GuestDraft): Partial<GuestDraft> {
  const changes: Partial<GuestDraft> = {};
  if (draft.name !== before.name) changes.name = draft.name;
  if (draft.office !== before.office) changes.office = draft.office;
  if (draft.role !== before.role) changes.role = draft.role;
  return changes;
}
