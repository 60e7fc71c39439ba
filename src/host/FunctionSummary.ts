/** One loaded function, for the start-up listing and `GET /admin/functions`. */
export interface FunctionSummary {
    readonly name: string;
    readonly triggerType: string;
    /** HTTP: `[GET,POST] <url>`; timer: its schedule; queue: its queue. */
    readonly description: string;
}
