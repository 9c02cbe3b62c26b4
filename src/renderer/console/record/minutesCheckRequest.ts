/**
 * Sends a minutes file to the hub's check (`POST /api/record/minutes-check`)
 * and reads the answer with the shared schema. A refusal comes back as its
 * code ("not_minutes", "no_stamp", "other_session", …), which the console words.
 */
import { minutesCheckAnswerSchema } from '../../../shared/protocol/minutesCheck';
import type { MinutesCheckAnswer } from '../../../shared/protocol/minutesCheck';
import type { RecordResult, RecordTarget } from './recordRequests';

export async function checkMinutesFile(target: RecordTarget, file: Blob): Promise<RecordResult<MinutesCheckAnswer>> {
  try {
    const response = await fetch(`${target.httpBase}/api/record/minutes-check`, {
      method: 'POST',
      cache: 'no-store',
      headers: { Authorization: `Bearer ${target.token}`, 'Content-Type': 'application/octet-stream' },
      body: file,
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const code = typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string' ? body.error : `http_${response.status}`;
      return { ok: false, code };
    }
    const parsed = minutesCheckAnswerSchema.safeParse(body);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, code: 'internal' };
  } catch {
    return { ok: false, code: 'offline' };
  }
}
