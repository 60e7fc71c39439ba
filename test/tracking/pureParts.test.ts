import assert from 'node:assert/strict';
import { test } from 'node:test';

import { operations } from '../../src/asm/operations/catalogue';
import { ProblemError } from '../../src/facade/problems/ProblemError';
import { buildCompletionEvent } from '../../src/tracking/buildCompletionEvent';
import { describeTarget } from '../../src/tracking/describeTarget';
import { fromOperationEntity } from '../../src/tracking/fromOperationEntity';
import { parsePollMessage } from '../../src/tracking/parsePollMessage';
import { formatPollMessage } from '../../src/tracking/formatPollMessage';
import type { PollMessage } from '../../src/tracking/PollMessage';
import { pollDelaySeconds } from '../../src/tracking/pollDelaySeconds';
import { readTrackingHeaders } from '../../src/tracking/readTrackingHeaders';
import { signCallbackBody } from '../../src/tracking/signCallbackBody';
import { verifyCallbackSignature } from '../../src/tracking/verifyCallbackSignature';
import { simulateTrackedPolling } from '../../src/tracking/simulateTrackedPolling';
import { operationFilter } from '../../src/tracking/operationFilter';
import { toOperationEntity } from '../../src/tracking/toOperationEntity';
import { validateTrackRequest } from '../../src/tracking/validateTrackRequest';
import { sampleRecord, T0 } from './helpers/sampleRecord';

test('pollDelaySeconds: the client schedule in whole seconds, at least 1 s, never past the deadline', () => {
    const table: [number, number, number, number][] = [
        // elapsedMs, pollsSoFar, remainingMs, seconds
        [0, 0, 600_000, 1],
        [1_000, 1, 600_000, 4], // the second poll at 5 s
        [1_400, 1, 600_000, 4], // 3.6 s → 4 s
        [60_000, 30, 600_000, 6],
        [61_000, 31, 600_000, 7], // 6.1 s → 7 s
        [3_600_000, 300, 600_000, 15],
        [60_000, 30, 2_500, 3], // the deadline comes first
        [60_000, 30, 0, 1],
        [60_000, 30, -5_000, 1],
    ];
    for (const [elapsedMs, pollsSoFar, remainingMs, seconds] of table) {
        assert.equal(pollDelaySeconds({ elapsedMs, pollsSoFar, remainingMs }), seconds, `${elapsedMs} ms, ${pollsSoFar} polls, ${remainingMs} ms left`);
    }
});

test('simulateTrackedPolling: a 60 s operation (the README numbers)', () => {
    const sim = simulateTrackedPolling(60_000, { maxPollingIntervalMs: 2_000 });
    assert.deepEqual(sim.client, { calls: 13, detectedAtMs: 60_500, latencyMs: 500 });
    assert.deepEqual(sim.tracker, { calls: 13, detectedAtMs: 61_000, latencyMs: 1_000 });
    assert.equal(sim.worstPickupLatencyMs, 2_000);
});

test('simulateTrackedPolling: the tracker detects as late as the client schedule allows, + 1 s of rounding', () => {
    for (let d = 500; d <= 1_800_000; d += d < 60_000 ? 97 : 1_999) {
        const { tracker } = simulateTrackedPolling(d);
        const bound = d <= 1_000 ? 1_000 : d <= 55_000 ? 5_000 : 0.1 * d;
        assert.ok(tracker.latencyMs <= bound + 1_000, `latency ${tracker.latencyMs} ms for ${d} ms`);
    }
});

test('poll messages: JSON text round trip; base64 and pre-parsed objects accepted; junk rejected', () => {
    const m: PollMessage = { v: 1, subscriptionId: 'sub', requestId: 'req', attempt: 2, dueAt: new Date(T0).toISOString(), reason: 'poll' };
    const text = formatPollMessage(m);
    assert.deepEqual(parsePollMessage(text), m);
    assert.deepEqual(parsePollMessage(Buffer.from(text).toString('base64')), m);
    assert.deepEqual(parsePollMessage(JSON.parse(text)), m);
    assert.deepEqual(parsePollMessage(Buffer.from(text)), m);
    assert.equal(parsePollMessage({ ...m, reason: 'other' })?.reason, 'poll');
    for (const bad of ['', 'nope', '{"v":2}', { ...m, attempt: -1 }, { ...m, attempt: 1.5 }, { ...m, requestId: '' }, { ...m, dueAt: 'x' }, null, 42]) {
        assert.equal(parsePollMessage(bad), undefined, JSON.stringify(bad));
    }
});

test('table rows: every field survives the round trip; absent fields stay absent', () => {
    const full = sampleRecord({
        correlationId: 'corr-1',
        callbackUrl: 'https://hooks.example/x',
        status: 'Failed',
        attempts: 7,
        lastPolledAt: T0 + 9_000,
        lastStatus: 'Failed',
        pollErrors: 2,
        lastError: { code: 'ServiceUnavailable', message: 'busy', httpStatusCode: 503 },
        recoveries: 1,
        completedAt: T0 + 9_000,
        error: { code: 'ConflictError', message: 'in use', httpStatusCode: 409 },
        completion: 'done',
        completionClaimedUntil: T0 + 129_000,
        eventSentAt: T0 + 9_100,
        callback: { status: 'delivered', attempts: 2, httpStatus: 204, at: T0 + 10_000 },
    });
    assert.deepEqual(fromOperationEntity(toOperationEntity(full)), full);
    const minimal = sampleRecord();
    const row = toOperationEntity(minimal);
    assert.equal('correlationId' in row, false);
    assert.equal(row.startedAt, '2026-01-01T00:00:00.000Z');
    assert.deepEqual(fromOperationEntity(row), minimal);
    assert.throws(() => fromOperationEntity({ ...row, status: 'Weird' }), /status/);
    assert.throws(() => fromOperationEntity({ ...row, startedAt: 'never' }), /startedAt/);
});

test('OData filters of the list and the sweep', () => {
    assert.equal(operationFilter({}), undefined);
    assert.equal(operationFilter({ status: 'InProgress', subscriptionId: "o'brien" }), "PartitionKey eq 'o''brien' and status eq 'InProgress'");
    assert.equal(operationFilter({ nextPollBefore: T0 }), "status eq 'InProgress' and nextPollAt lt '2026-01-01T00:00:00.000Z'");
    assert.equal(operationFilter({ completionClaimExpiredBefore: T0 }), "completion eq 'pending' and completionClaimedUntil lt '2026-01-01T00:00:00.000Z'");
});

test('completion event: every documented field, deterministic', () => {
    const record = sampleRecord({ status: 'Failed', completedAt: T0 + 42_000, attempts: 9, error: { code: 'ConflictError', message: 'x' }, correlationId: 'c-1' });
    const event = buildCompletionEvent(record);
    assert.deepEqual(event, {
        type: 'asm.operation.completed',
        eventId: `${record.subscriptionId}/${record.requestId}`,
        requestId: record.requestId,
        subscriptionId: record.subscriptionId,
        operation: 'deleteDeployment',
        target: 'hostedservices/svc/deployments/dep',
        status: 'Failed',
        error: { code: 'ConflictError', message: 'x' },
        httpStatusCode: null,
        durationMs: 42_000,
        correlationId: 'c-1',
        startedAt: '2026-01-01T00:00:00.000Z',
        completedAt: '2026-01-01T00:00:42.000Z',
        polls: 9,
    });
    assert.equal(JSON.stringify(buildCompletionEvent(record)), JSON.stringify(event));
    assert.throws(() => buildCompletionEvent(sampleRecord()), /InProgress/);
});

test('callback signature: HMAC-SHA256 of the exact body, hex, sha256= prefix', () => {
    // Known vector: HMAC-SHA256(key "key", "The quick brown fox jumps over the lazy dog").
    assert.equal(
        signCallbackBody('The quick brown fox jumps over the lazy dog', 'key'),
        'sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8',
    );
    const sig = signCallbackBody('{"a":1}', 's3cret');
    assert.ok(verifyCallbackSignature('{"a":1}', 's3cret', sig));
    assert.ok(!verifyCallbackSignature('{"a": 1}', 's3cret', sig));
    assert.ok(!verifyCallbackSignature('{"a":1}', 'other', sig));
    assert.ok(!verifyCallbackSignature('{"a":1}', 's3cret', undefined));
});

test('track requests: table-key characters and callback URLs are checked', () => {
    const ok = { subscriptionId: 'sub', requestId: 'req', operation: 'deleteDeployment', target: 't' };
    validateTrackRequest(ok);
    validateTrackRequest({ ...ok, callbackUrl: 'https://hooks.example/x' });
    validateTrackRequest({ ...ok, callbackUrl: 'http://127.0.0.1:8080/x' });
    for (const [bad, pattern] of [
        [{ ...ok, requestId: 'a/b' }, /requestId/],
        [{ ...ok, subscriptionId: '' }, /subscriptionId/],
        [{ ...ok, requestId: 'a#b' }, /requestId/],
        [{ ...ok, callbackUrl: 'http://hooks.example/x' }, /https/],
        [{ ...ok, callbackUrl: 'ftp://127.0.0.1/x' }, /https/],
        [{ ...ok, callbackUrl: 'https://u:p@hooks.example/x' }, /credentials/],
        [{ ...ok, callbackUrl: '/relative' }, /absolute/],
    ] as const) {
        assert.throws(() => validateTrackRequest(bad), pattern);
    }
});

test('describeTarget: the ASM path without the subscription, with the body-named resource appended', () => {
    assert.equal(describeTarget(operations.deleteDeployment, { serviceName: 'svc', deploymentName: 'dep' }), 'services/hostedservices/svc/deployments/dep');
    assert.equal(describeTarget(operations.createStorageAccount, { serviceName: 'acct', label: 'x' }), 'services/storageservices/acct');
    assert.equal(describeTarget(operations.createHostedService, { serviceName: 'svc' }), 'services/hostedservices/svc');
});

test('readTrackingHeaders: callback URL and correlation id, checked before anything starts', () => {
    const headers = (h: Record<string, string>) => new Headers(h);
    assert.deepEqual(readTrackingHeaders(headers({})), {});
    assert.deepEqual(readTrackingHeaders(headers({ 'x-callback-url': 'https://hooks.example/a', 'x-correlation-id': 'c1' })), {
        callbackUrl: 'https://hooks.example/a',
        correlationId: 'c1',
    });
    assert.deepEqual(readTrackingHeaders(headers({ 'x-ms-client-request-id': 'c2' })), { correlationId: 'c2' });
    const bad = (() => {
        try {
            readTrackingHeaders(headers({ 'x-callback-url': 'http://hooks.example/a' }));
        } catch (err) {
            return err;
        }
        return undefined;
    })();
    assert.ok(bad instanceof ProblemError);
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.errors?.map((e) => e.path), ['headers.x-callback-url']);
    assert.throws(() => readTrackingHeaders(headers({ 'x-correlation-id': 'x'.repeat(300) })), ProblemError);
});
