import type { MeetingSchedule } from '../entities/group.entity.js';
import { Weekday } from '../entities/group.enums.js';
import { GroupsErrorReason, GroupsException } from '../groups.exception.js';

const WEEK: readonly Weekday[] = Object.values(Weekday);

/** A URL-safe slug from a name: `Young Adults & Cancer` → `young-adults-cancer`; empty when nothing is left. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Tags are compared as lower-case words joined by hyphens: `Young Adults` → `young-adults`. */
export function normalizeTag(tag: string): string {
  return tag.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, '-');
}

export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normalizeTag).filter((tag) => tag !== ''))];
}

export function assertTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new GroupsException(GroupsErrorReason.INVALID_TIME_ZONE, `"${timeZone}" is not a known IANA time zone.`, {
      fields: { timeZone: 'must be an IANA time zone such as Europe/Paris' },
    });
  }
}

/** Checks a schedule and returns it with its weekdays de-duplicated in week order. */
export function normalizeSchedule(schedule: MeetingSchedule): MeetingSchedule {
  const fields: Record<string, string> = {};
  const match = /^(\d{2}):(\d{2})$/.exec(schedule.startTime);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) fields['schedule.startTime'] = 'must be HH:MM (24-hour)';
  if (!Number.isInteger(schedule.durationMinutes) || schedule.durationMinutes < 5 || schedule.durationMinutes > 24 * 60) {
    fields['schedule.durationMinutes'] = 'must be between 5 and 1440';
  }
  if (schedule.weekdays.length === 0) fields['schedule.weekdays'] = 'must name at least one day';
  if (Object.keys(fields).length > 0) {
    throw new GroupsException(GroupsErrorReason.INVALID_SCHEDULE, 'The meeting schedule is not valid.', { fields });
  }
  return {
    frequency: schedule.frequency,
    weekdays: WEEK.filter((day) => schedule.weekdays.includes(day)),
    startTime: schedule.startTime,
    durationMinutes: schedule.durationMinutes,
  };
}
