/** Storage names used by operation tracking (fixed: the queue triggers name them in their registrations). */
export const OPERATIONS_TABLE = 'asmoperations';
export const POLL_QUEUE = 'asm-operation-polls';
/** Where the Functions host moves a poll message after maxDequeueCount failed attempts (`<queue>-poison`). */
export const POLL_POISON_QUEUE = 'asm-operation-polls-poison';
export const EVENTS_QUEUE = 'asm-operation-events';
