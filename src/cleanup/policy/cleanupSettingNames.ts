/** The app settings of the cleanup feature. */
export const CLEANUP_SETTINGS = {
    schedule: 'CLEANUP_SCHEDULE',
    policy: 'CLEANUP_POLICY',
    policyBlob: 'CLEANUP_POLICY_BLOB',
} as const;

/** When CLEANUP_SCHEDULE is unset: daily at 02:00 UTC (six-field NCRONTAB). */
export const DEFAULT_CLEANUP_SCHEDULE = '0 0 2 * * *';
