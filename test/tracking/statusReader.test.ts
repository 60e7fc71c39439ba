import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { OperationState, OperationStatusReader } from '../../src/facade/status/OperationStatusReader';
import { createTrackingStorage } from '../../src/tracking/createTrackingStorage';
import { listTrackedOperations } from '../../src/tracking/listTrackedOperations';
import { TrackedOperationStatusReader } from '../../src/tracking/TrackedOperationStatusReader';
import { useAzurite } from '../helpers/startAzurite';
import { sampleRecord, T0 } from './helpers/sampleRecord';

const azurite = useAzurite();
const SUB = '00000000-0000-0000-0000-0000000000aa';

/** The live reader the tracked one falls back to: answers what it is asked, remembers the ids. */
function liveDouble(): OperationStatusReader & { readonly asked: string[] } {
    const asked: string[] = [];
    return {
        asked,
        read: async (requestId): Promise<OperationState> => {
            asked.push(requestId);
            return { requestId, status: 'Succeeded', httpStatusCode: 200 };
        },
    };
}

test('GET /api/operations/{id} from the table; live for ids not tracked and for records the tracker gave up on', async () => {
    const storage = createTrackingStorage({ connectionString: azurite().connectionString });
    await storage.ensure();
    const id = (n: number): string => `0000000000000000000000000000000${n}`;
    const rows = [
        sampleRecord({ subscriptionId: SUB, requestId: id(1) }),
        sampleRecord({ subscriptionId: SUB, requestId: id(2), status: 'Succeeded', resultHttpStatusCode: 200, completedAt: T0 + 5_000 }),
        sampleRecord({ subscriptionId: SUB, requestId: id(3), status: 'Failed', error: { code: 'ConflictError', message: 'busy', httpStatusCode: 409 } }),
        sampleRecord({ subscriptionId: SUB, requestId: id(4), status: 'TimedOut', error: { code: 'OperationTimedOut', message: 'x' } }),
        sampleRecord({ subscriptionId: SUB, requestId: id(5), status: 'Poisoned', error: { code: 'PollMessagePoisoned', message: 'x' } }),
        sampleRecord({ subscriptionId: 'other-subscription', requestId: id(6) }),
    ];
    for (const r of rows) await storage.store.create(r);
    const live = liveDouble();
    const reader = new TrackedOperationStatusReader(storage.store, () => SUB, live);

    assert.deepEqual(await reader.read(id(1)), { requestId: id(1), status: 'InProgress' });
    assert.deepEqual(await reader.read(id(2)), { requestId: id(2), status: 'Succeeded', httpStatusCode: 200 });
    assert.deepEqual(await reader.read(id(3)), { requestId: id(3), status: 'Failed', httpStatusCode: 409, error: { code: 'ConflictError', message: 'busy' } });
    const dashed = '00000000-0000-0000-0000-000000000001';
    assert.deepEqual(await reader.read(dashed), { requestId: dashed, status: 'InProgress' }, 'the GUID form finds the 32-hex row');
    assert.deepEqual(live.asked, [], 'no live call for tracked ids');

    await reader.read(id(4));
    await reader.read(id(5));
    await reader.read(id(6)); // another subscription's record is not this app's
    await reader.read('ffffffffffffffffffffffffffffffff');
    assert.deepEqual(live.asked, [id(4), id(5), id(6), 'ffffffffffffffffffffffffffffffff']);

    const inProgress = await listTrackedOperations(storage.store, { status: 'InProgress', subscriptionId: SUB });
    assert.deepEqual(inProgress.map((v) => v.requestId), [id(1)]);
    assert.equal(inProgress[0]?.nextPollAt, new Date(T0 + 1_000).toISOString());
    const all = await listTrackedOperations(storage.store, {});
    assert.equal(all.length, 6);
    assert.equal((await listTrackedOperations(storage.store, { top: 2 })).length, 2);
    const failed = (await listTrackedOperations(storage.store, { status: 'Failed' }))[0];
    assert.deepEqual(failed?.error, { code: 'ConflictError', message: 'busy', httpStatusCode: 409 });
});

test('the status reader answers live while the table cannot be read', async () => {
    const down = new Error('table unavailable');
    const store = {
        create: () => Promise.reject(down),
        get: () => Promise.reject(down),
        replace: () => Promise.reject(down),
        list: () => Promise.reject(down),
    };
    const live = liveDouble();
    const reader = new TrackedOperationStatusReader(store, () => SUB, live);
    assert.deepEqual(await reader.read('abc'), { requestId: 'abc', status: 'Succeeded', httpStatusCode: 200 });
    assert.deepEqual(live.asked, ['abc']);
});
