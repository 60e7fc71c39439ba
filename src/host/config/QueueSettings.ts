/** host.json `extensions.queues`, resolved with the storage queues extension's (5.x) defaults. */
export interface QueueSettings {
    /** Longest wait between polls of an empty queue (backoff ceiling), ms. */
    readonly maxPollingIntervalMs: number;
    /** How long a failed message stays invisible before its next attempt, ms. */
    readonly visibilityTimeoutMs: number;
    /** Messages fetched per receive (1..32). */
    readonly batchSize: number;
    /** Attempts before a message moves to `<queue>-poison`. */
    readonly maxDequeueCount: number;
    /** Fetch the next batch once this few messages are still running. */
    readonly newBatchThreshold: number;
    /** `base64` (the 5.x default) or `none`: how message bodies are stored. */
    readonly messageEncoding: 'base64' | 'none';
}
