/** Ends an exhaustive switch: adding a union member without handling it fails to type-check. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
