/** Every 5 minutes (NCRONTAB, six fields). */
export const DEFAULT_SWEEP_SCHEDULE = '0 */5 * * * *';

/**
 * The sweep timer's schedule: the `%OPERATION_SWEEP_SCHEDULE%` app setting when set (the host resolves it),
 * else every 5 minutes — the host rejects a `%X%` expression whose setting is missing, hence the choice here.
 */
export function sweepSchedule(env: Readonly<Record<string, string | undefined>>): string {
    const value = env['OPERATION_SWEEP_SCHEDULE'];
    return value === undefined || value.trim() === '' ? DEFAULT_SWEEP_SCHEDULE : '%OPERATION_SWEEP_SCHEDULE%';
}
