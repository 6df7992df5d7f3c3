import { describe, expect, it } from '@jest/globals';
import { MeetingFrequency, Weekday } from '../entities/group.enums.js';
import { assertTimeZone, normalizeSchedule, normalizeTags, slugify } from './group-fields.js';

describe('group fields', () => {
  it.each([
    ['Young Adults & Cancer', 'young-adults-cancer'],
    ["  Parkinson's — Café São Paulo ", 'parkinson-s-cafe-sao-paulo'],
    ['日本語のグループ', ''],
    ['a'.repeat(100), 'a'.repeat(60)],
  ])('slugifies %j as %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('normalizes tags to lower-case hyphenated words, once each', () => {
    expect(normalizeTags(['Young Adults', ' young  adults ', 'LGBTQ+', ''])).toEqual(['young-adults', 'lgbtq+']);
  });

  it('accepts IANA time zones only', () => {
    expect(() => assertTimeZone('America/Sao_Paulo')).not.toThrow();
    expect(() => assertTimeZone('UTC')).not.toThrow();
    expect(() => assertTimeZone('Mars/Olympus')).toThrow(expect.objectContaining({ reason: 'INVALID_TIME_ZONE' }));
  });

  it('orders and de-duplicates weekdays, and names every bad field of a schedule', () => {
    const schedule = { frequency: MeetingFrequency.WEEKLY, startTime: '07:05', durationMinutes: 45 };
    expect(normalizeSchedule({ ...schedule, weekdays: [Weekday.SUNDAY, Weekday.MONDAY, Weekday.SUNDAY] }).weekdays).toEqual([
      Weekday.MONDAY,
      Weekday.SUNDAY,
    ]);
    expect(() => normalizeSchedule({ ...schedule, weekdays: [], startTime: '24:00', durationMinutes: 2 })).toThrow(
      expect.objectContaining({
        reason: 'INVALID_SCHEDULE',
        details: { fields: { 'schedule.startTime': expect.any(String), 'schedule.durationMinutes': expect.any(String), 'schedule.weekdays': expect.any(String) } },
      }),
    );
  });
});
