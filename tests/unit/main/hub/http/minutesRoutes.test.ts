import { describe, expect, it } from 'vitest';
import { parseMinutesQuery } from '../../../../../src/main/hub/http/minutesRoutes';

const parse = (query: string) => parseMinutesQuery(new URLSearchParams(query));

describe('the /api/minutes query', () => {
  it('asks for the whole session, a sitting or a count report', () => {
    const whole = parse('format=docx');
    expect(whole.ok && whole.scope('s1')).toEqual({ kind: 'minutes', sessionId: 's1', sitting: null });
    const sitting = parse('format=pdf&sitting=2');
    expect(sitting.ok && sitting.format).toBe('pdf');
    expect(sitting.ok && sitting.scope('s1')).toEqual({ kind: 'minutes', sessionId: 's1', sitting: 2 });
    const report = parse('format=pdf&countReport=vote-1');
    expect(report.ok && report.scope('s1')).toEqual({ kind: 'countReport', sessionId: 's1', voteId: 'vote-1' });
  });

  it.each([
    ['', 'format must be docx or pdf'],
    ['format=odt', 'format must be docx or pdf'],
    ['format=pdf&sitting=0', 'sitting must be a sitting number (1, 2, …)'],
    ['format=pdf&sitting=1.5', 'sitting must be a sitting number (1, 2, …)'],
    ['format=pdf&sitting=2&countReport=v', 'Ask for a sitting or a count report, not both'],
    ['format=pdf&countReport=../x', 'countReport must be a vote id'],
    ['format=pdf&format=docx', '"format" is given more than once'],
    ['format=pdf&path=/etc/passwd', 'Unknown parameter "path"'],
    ['format=pdf&lang=fr', 'lang must be vi or en'],
  ])('refuses "%s": %s', (query, message) => {
    expect(parse(query)).toEqual({ ok: false, message });
  });
});
