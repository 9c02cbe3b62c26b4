/** Vietnam's time (UTC+7, no daylight saving), as the record states it to people. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** `29/11/2026 14:05 (UTC+7)` for an epoch time in milliseconds. */
export function formatVietnamTime(epochMs: number): string {
  const local = new Date(epochMs + VIETNAM_OFFSET_MS);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())} (UTC+7)`;
}
