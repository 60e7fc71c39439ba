import { appContext } from '../app/appContext';
import type { OperationTracking } from './OperationTracking';

/** The instance's operation tracking (the composition root's), for the queue and timer functions. */
export function appTracking(): OperationTracking {
    const tracking = appContext().operationTracker();
    if (tracking === undefined) throw new Error('Operation tracking is turned off in this app.');
    return tracking;
}
