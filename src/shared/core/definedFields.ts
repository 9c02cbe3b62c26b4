/** Drops keys whose value is undefined, so a partial change never blanks a field. */
export function definedFields<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The fields of `changes` that are given and differ from `current`: what an update really changes. */
export function changedFields<T extends object>(current: T, changes: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([key, value]) => value !== undefined && current[key as keyof T] !== value)) as Partial<T>;
}
