/** A timer trigger's schedule: NCRONTAB or a TimeSpan interval. */
export interface Schedule {
    /** The schedule as written (after `%SETTING%` resolution). */
    readonly text: string;
    /** The first occurrence strictly after `after`; undefined when there is none. */
    next(after: Date): Date | undefined;
}
