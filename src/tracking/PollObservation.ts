import type { TrackedError } from './TrackedOperation';

/**
 * What one poll step learned, fed to nextState:
 * - `status`: the Operation document of getOperationStatus (`InProgress`, `Succeeded`, `Failed`);
 * - `transientError`: the status call failed in a way worth retrying later (503, 429, network, timeout);
 * - `poisoned`: the poll message failed maxDequeueCount times and reached the poison queue.
 */
export type PollObservation =
    | {
          readonly kind: 'status';
          readonly status: string;
          readonly httpStatusCode?: number;
          readonly error?: { readonly code?: string; readonly message?: string };
      }
    | { readonly kind: 'transientError'; readonly error: TrackedError }
    | { readonly kind: 'poisoned'; readonly reason: string };
