import type { RetryContext, TriggerMetadata } from '@azure/functions';

/** What a trigger hands to one invocation. */
export interface InvocationInput {
    /** The trigger input, the handler's first argument (HttpRequest, Timer, queue item…). */
    readonly trigger: unknown;
    /** `context.triggerMetadata` (undefined for HTTP and timer triggers, as in the library). */
    readonly triggerMetadata?: TriggerMetadata;
    readonly retryContext?: RetryContext;
    /** Why it runs, for the "Executing" line (the host's Reason). */
    readonly reason: string;
}
