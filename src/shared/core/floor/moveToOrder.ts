/**
 * The items put in the order of `ids`; items not named keep their relative
 * order after the named ones, and unknown ids are skipped, so replaying an
 * event against a queue that changed since never loses a request.
 */
export function moveToOrder<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const ordered = ids.flatMap((id) => {
    const item = byId.get(id);
    byId.delete(id);
    return item ? [item] : [];
  });
  return [...ordered, ...byId.values()];
}
