import { CLEANUP_SETTINGS, DEFAULT_CLEANUP_SCHEDULE } from './cleanupSettingNames';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The timer's schedule as registered: `%CLEANUP_SCHEDULE%` (resolved by the host from the app setting) when the
 * setting is set, else the default NCRONTAB itself — a `%X%` naming an unset setting stops the host from indexing
 * the function, so the default has to be supplied here, in the worker, where the app settings are visible.
 */
export function cleanupScheduleExpression(env: Env = process.env): string {
    const set = env[CLEANUP_SETTINGS.schedule]?.trim();
    return set === undefined || set === '' ? DEFAULT_CLEANUP_SCHEDULE : `%${CLEANUP_SETTINGS.schedule}%`;
}
