import type { TrackedOperation } from '../../../src/tracking/TrackedOperation';

export const T0 = Date.parse('2026-01-01T00:00:00.000Z');

/** An InProgress record started at T0, deadline T0 + 10 min, never polled; override any field. */
export function sampleRecord(overrides: Partial<TrackedOperation> = {}): TrackedOperation {
    return {
        subscriptionId: '00000000-0000-0000-0000-000000000001',
        requestId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
        operation: 'deleteDeployment',
        target: 'hostedservices/svc/deployments/dep',
        status: 'InProgress',
        startedAt: T0,
        deadline: T0 + 600_000,
        attempts: 0,
        nextPollAt: T0 + 1_000,
        pollErrors: 0,
        recoveries: 0,
        ...overrides,
    };
}
