import { DEFAULT_TRACKING_SETTINGS, type TrackingSettings } from './TrackingSettings';

function positive(env: Readonly<Record<string, string | undefined>>, name: string): number | undefined {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`App setting ${name} must be a positive number, not '${raw}'.`);
    return n;
}

/**
 * Tracking settings from app settings: `ASM_CALLBACK_SECRET` (HMAC key of callbacks; without it callbacks are
 * recorded as skipped), `OPERATION_DEADLINE_MINUTES` (default 120), `OPERATION_SWEEP_STALE_SECONDS` (default 120).
 * The sweep's schedule is `%OPERATION_SWEEP_SCHEDULE%` in its registration.
 */
export function loadTrackingSettings(env: Readonly<Record<string, string | undefined>>): TrackingSettings {
    const deadlineMinutes = positive(env, 'OPERATION_DEADLINE_MINUTES');
    const staleSeconds = positive(env, 'OPERATION_SWEEP_STALE_SECONDS');
    const secret = env['ASM_CALLBACK_SECRET'];
    return {
        ...DEFAULT_TRACKING_SETTINGS,
        ...(deadlineMinutes === undefined ? {} : { defaultDeadlineMs: deadlineMinutes * 60_000 }),
        ...(staleSeconds === undefined ? {} : { staleAfterMs: staleSeconds * 1000 }),
        ...(secret === undefined || secret === '' ? {} : { callbackSecret: secret }),
    };
}
