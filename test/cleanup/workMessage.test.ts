import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { parseWorkMessage } from '../../src/cleanup/queue/WorkMessage';
import { summarizeRun } from '../../src/cleanup/run/summarizeRun';
import type { ItemRecord } from '../../src/cleanup/store/ItemRecord';

describe('work messages', () => {
    const message = { runId: '20260110T020000Z-3fa9c1', subscriptionId: 'sub', serviceName: 'web-frontend' };
    it('reads an object, JSON text and base64 JSON (host.json messageEncoding none or base64)', () => {
        assert.deepEqual(parseWorkMessage(message), message);
        assert.deepEqual(parseWorkMessage(JSON.stringify(message)), message);
        assert.deepEqual(parseWorkMessage(Buffer.from(JSON.stringify(message)).toString('base64')), message);
    });
    it('refuses anything else (the message is poison)', () => {
        assert.throws(() => parseWorkMessage({ ...message, serviceName: '../x' }), /serviceName/);
        assert.throws(() => parseWorkMessage({ runId: 'r' }), /subscriptionId/);
        assert.throws(() => parseWorkMessage(42), /JSON object/);
    });
});

describe('summarizeRun', () => {
    const item = (n: number, outcome: ItemRecord['outcome'], action: ItemRecord['action'] = 'delete'): ItemRecord => ({
        key: `d~s~d${n}`,
        kind: 'deployment',
        serviceName: 's',
        deploymentName: `d${String(n).padStart(3, '0')}`,
        action,
        reason: action === 'delete' ? 'stale' : 'too-young',
        detail: '',
        seq: n,
        outcome,
        ...(outcome === 'skipped' ? { outcomeDetail: 'redeployed: new privateId' } : {}),
        attempts: 0,
        updatedAt: '',
    });
    it('counts by decision and reason, lists outcomes, caps long lists', () => {
        const items = [...Array.from({ length: 205 }, (_, i) => item(i, 'deleted')), item(300, 'skipped'), item(301, 'none', 'keep')];
        const s = summarizeRun(3, items, [{ key: 'w~s', serviceName: 's', state: 'done', reserved: 0, claims: 1, updatedAt: '', error: 'boom' }]);
        assert.deepEqual(s.decisions, { keep: 1, mark: 0, delete: 206 });
        assert.deepEqual(s.reasons, { 'delete:stale': 206, 'keep:too-young': 1 });
        assert.equal(s.outcomes.deleted, 205);
        assert.equal(s.deleted.length, 200);
        assert.equal(s.truncated, true);
        assert.deepEqual(s.skipped, [{ target: 's/d300', reason: 'redeployed: new privateId' }]);
        assert.deepEqual(s.errors, [{ target: 's (hosted service)', message: 'boom' }]);
        assert.deepEqual(s.services, { total: 3, processed: 1, failed: 1 });
    });
});
