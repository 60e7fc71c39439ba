import type { AppServices } from '../app/AppServices';
import type { FacadeFunction } from '../facade/FacadeFunction';
import { failureResponse } from '../facade/output/failureResponse';
import { jsonResponse } from '../facade/output/jsonResponse';
import { ProblemError } from '../facade/problems/ProblemError';
import { MAX_LIST_TOP } from './listTrackedOperations';
import { TRACKED_STATUSES, type TrackedStatus } from './TrackedOperation';

function invalid(path: string, message: string): ProblemError {
    return new ProblemError({ kind: 'invalid-request', code: 'InvalidInput', detail: `${path}: ${message}`, errors: [{ path, message }] });
}

/**
 * `GET /api/operations[?status=InProgress][&top=100]`: the operations the tracker follows for this app's
 * subscription, newest first, as `{ value: [...] }` (see TrackedOperationView). Function-level key, like the facade.
 */
export function listOperationsFunction(services: () => AppServices): FacadeFunction {
    return {
        name: 'listOperations',
        options: {
            methods: ['GET'],
            route: 'operations',
            authLevel: 'function',
            handler: async (request, context) => {
                try {
                    const status = request.query.get('status') ?? undefined;
                    if (status !== undefined && !(TRACKED_STATUSES as readonly string[]).includes(status)) {
                        throw invalid('query.status', `must be one of ${TRACKED_STATUSES.join(', ')}`);
                    }
                    const topText = request.query.get('top') ?? undefined;
                    const top = topText === undefined ? undefined : Number(topText);
                    if (top !== undefined && (!/^\d+$/.test(topText ?? '') || top < 1 || top > MAX_LIST_TOP)) {
                        throw invalid('query.top', `must be a whole number from 1 to ${MAX_LIST_TOP}`);
                    }
                    const app = services();
                    const tracking = app.operationTracker();
                    if (tracking === undefined) throw new ProblemError({ kind: 'not-found', code: 'TrackingDisabled', detail: 'Operation tracking is off in this app.' });
                    const value = await tracking.list({
                        subscriptionId: app.config().subscriptionId,
                        ...(status === undefined ? {} : { status: status as TrackedStatus }),
                        ...(top === undefined ? {} : { top }),
                    });
                    return jsonResponse(200, { value });
                } catch (err) {
                    return failureResponse(err, context, { instance: '/api/operations', operationId: 'listOperations', invocationId: context.invocationId });
                }
            },
        },
    };
}
