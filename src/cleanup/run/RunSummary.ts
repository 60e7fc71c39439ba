/** The readable result of a run: counts by decision and reason, what was (or would be) deleted, what went wrong. */
export interface RunSummary {
    readonly services: { readonly total: number; readonly processed: number; readonly failed: number };
    /** Decisions by action. */
    readonly decisions: { readonly keep: number; readonly mark: number; readonly delete: number };
    /** Decisions by `action:reason`, e.g. `keep:too-young`. */
    readonly reasons: Readonly<Record<string, number>>;
    /** What became of the deletions. */
    readonly outcomes: { readonly wouldDelete: number; readonly deleted: number; readonly skipped: number; readonly errors: number; readonly pending: number };
    /** `service/deployment` or `service (hosted service)`; at most LIST_LIMIT each (the run's items have all). */
    readonly deleted: readonly string[];
    readonly wouldDelete: readonly string[];
    readonly skipped: readonly { readonly target: string; readonly reason: string }[];
    readonly errors: readonly { readonly target: string; readonly message: string }[];
    /** Some list was cut at LIST_LIMIT entries. */
    readonly truncated: boolean;
}
