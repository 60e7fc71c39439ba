import type { PollMessage } from './PollMessage';

/**
 * What a state transition asks the edges to do, as data:
 * - `schedulePoll`: send `message` to the poll queue, visible after `delaySeconds`;
 * - `complete`: run the completion (event + callback) for the record just written — only ever returned together
 *   with a record that carries a fresh completion claim, and acted on only by the writer whose ETag write won.
 */
export type TrackingAction =
    | { readonly type: 'schedulePoll'; readonly message: PollMessage; readonly delaySeconds: number }
    | { readonly type: 'complete' };
