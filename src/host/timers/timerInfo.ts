import type { Timer } from '@azure/functions';

/** The `Timer` a timer handler receives (the host's TimerInfo, camel-cased as the library does). */
export function timerInfo(isPastDue: boolean, last: Date, next: Date | undefined, lastUpdated: Date): Timer {
    return {
        schedule: { adjustForDST: true },
        scheduleStatus: {
            last: last.toISOString(),
            next: next === undefined ? '' : next.toISOString(),
            lastUpdated: lastUpdated.toISOString(),
        },
        isPastDue,
    };
}
