import { Cron } from 'croner';

import { parseTimeSpan } from '../config/parseTimeSpan';
import type { Schedule } from './Schedule';

/**
 * Parses a timer trigger's `schedule` as the host does: an NCRONTAB expression with six fields
 * (`{second} {minute} {hour} {day} {month} {day-of-week}`, five-field accepted with second 0) evaluated in
 * `timezone` (UTC unless WEBSITE_TIME_ZONE says otherwise), day and day-of-week both required to match as in
 * NCrontab; or a TimeSpan (`00:05:00`) meaning that interval after the previous occurrence. Throws on anything else.
 */
export function parseSchedule(expression: string, timezone = 'UTC'): Schedule {
    const text = expression.trim();
    if (/^\d+(\.\d+)?:\d+(:\d+)?$/.test(text) || /^\d+\.\d+:\d+:\d+$/.test(text)) {
        const interval = parseTimeSpan(text, 'schedule');
        if (interval <= 0) throw new Error(`The schedule '${expression}' must be a positive interval.`);
        return { text, next: (after) => new Date(after.getTime() + interval) };
    }
    const fields = text.split(/\s+/);
    if (fields.length !== 5 && fields.length !== 6) {
        throw new Error(`The schedule expression '${expression}' was not recognized as a valid cron expression or timespan string.`);
    }
    let cron: Cron;
    try {
        cron = new Cron(fields.length === 5 ? `0 ${text}` : text, { timezone, legacyMode: false, paused: true });
    } catch (err) {
        throw new Error(`The schedule expression '${expression}' was not recognized as a valid cron expression: ${(err as Error).message}`);
    }
    return { text, next: (after) => cron.nextRun(after) ?? undefined };
}
