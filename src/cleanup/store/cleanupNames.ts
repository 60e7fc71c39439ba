/** Storage names of the cleanup feature (fixed: the queue trigger names its queue in its registration). */
export const CLEANUP_NAMES = {
    /** Run entities (PartitionKey `run`, RowKey runId) and the one-active-run lock (PartitionKey `lock`). */
    runsTable: 'asmcleanupruns',
    /** Plan and outcome items, one entity per decision, partitioned by runId. */
    itemsTable: 'asmcleanupitems',
    /** Grace-period marks, partitioned by subscription. */
    marksTable: 'asmcleanupmarks',
    /** One message per hosted service of a run. */
    workQueue: 'asm-cleanup-work',
    /** One completion event per run. */
    eventsQueue: 'asm-cleanup-events',
} as const;
