import { describe, expect, it } from 'vitest';
import { parseMinutesArgs } from '../../../../src/main/cli/minutesCommand';

describe('minutes command arguments', () => {
  it('reads a sitting, the format and the output file', () => {
    expect(parseMinutesArgs(['--data', '/d', '--sitting', '2', '--format', 'pdf', '--out', 'b.pdf'])).toEqual({
      ok: true,
      request: { dataDir: '/d', sessionId: undefined, sitting: 2, countReport: undefined, format: 'pdf', out: 'b.pdf', locale: 'vi' },
    });
  });

  it.each([
    [['--data', '/d', '--out', 'x'], '--format docx|pdf is required'],
    [['--data', '/d', '--format', 'odt', '--out', 'x'], '--format must be docx or pdf, not "odt"'],
    [['--data', '/d', '--format', 'pdf'], '--out FILE is required'],
    [['--format', 'pdf', '--out', 'x', '--sitting', 'two'], '--sitting must be a sitting number (1, 2, …), not "two"'],
    [['--format', 'pdf', '--out', 'x', '--sitting', '1', '--count-report', 'v'], 'Choose --sitting or --count-report, not both'],
    [['--format', 'pdf', '--out', 'x', '--lang', 'fr'], '--lang must be vi or en, not "fr"'],
  ])('refuses %j: %s', (args, message) => {
    expect(parseMinutesArgs(args)).toEqual({ ok: false, message });
  });

  it('refuses an unknown option', () => {
    expect(parseMinutesArgs(['--format', 'pdf', '--out', 'x', '--colour', 'red'])).toMatchObject({ ok: false, message: expect.stringContaining('--colour') });
  });
});
