import { TableClient } from '@azure/data-tables';
import { QueueServiceClient } from '@azure/storage-queue';
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { readQueueSettings } from '../../src/host/config/readQueueSettings';
import { decodeQueueMessage } from '../../src/host/queues/decodeQueueMessage';
import { encodeQueueMessage } from '../../src/host/queues/encodeQueueMessage';
import { INITIAL_POLL_BACKOFF, nextPollDelay } from '../../src/host/queues/nextPollDelay';
import type { RunningLocalHost } from '../../src/host/RunningLocalHost';
import { startLocalHost } from '../../src/host/startLocalHost';
import { projectRoot } from '../helpers/projectPaths';
import { useAzurite } from '../helpers/startAzurite';
import { recorder } from './fixtures/recorder';
import { waitFor } from './waitFor';

describe('queue settings and encoding', () => {
    it('reads host.json extensions.queues with the documented defaults', () => {
        assert.deepEqual(readQueueSettings(undefined, false), {
            maxPollingIntervalMs: 60_000,
            visibilityTimeoutMs: 0,
            batchSize: 16,
            maxDequeueCount: 5,
            newBatchThreshold: 8,
            messageEncoding: 'base64',
        });
        assert.equal(readQueueSettings({}, true).maxPollingIntervalMs, 2000, 'Development: 2 s unless set');
        const s = readQueueSettings({ BatchSize: 4, visibilityTimeout: '00:00:30', maxPollingInterval: '00:00:05', messageEncoding: 'None' }, true);
        assert.deepEqual([s.batchSize, s.newBatchThreshold, s.visibilityTimeoutMs, s.maxPollingIntervalMs, s.messageEncoding], [4, 2, 30_000, 5000, 'none']);
        assert.throws(() => readQueueSettings({ batchSize: 33 }, true), /batchSize must be an integer from 1 to 32/);
        assert.throws(() => readQueueSettings({ messageEncoding: 'utf8' }, true), /messageEncoding/);
    });

    it('decodes and encodes message bodies per messageEncoding', () => {
        assert.equal(decodeQueueMessage(Buffer.from('{"a":1}').toString('base64'), 'base64'), '{"a":1}');
        assert.equal(decodeQueueMessage('not base64!', 'base64'), undefined);
        assert.equal(decodeQueueMessage('as is', 'none'), 'as is');
        assert.equal(encodeQueueMessage({ a: 1 }, 'base64'), Buffer.from('{"a":1}').toString('base64'));
        assert.equal(encodeQueueMessage('text', 'none'), 'text');
        assert.equal(encodeQueueMessage(Buffer.from([0, 255]), 'base64'), 'AP8=');
    });

    it('backs off polling exponentially from 100 ms to maxPollingInterval, and resets after a find', () => {
        let state = INITIAL_POLL_BACKOFF;
        const delays: number[] = [];
        for (let i = 0; i < 8; i++) {
            const next = nextPollDelay(state, false, 100, 2000, () => 0.5);
            delays.push(next.delayMs);
            state = next.state;
        }
        assert.deepEqual(delays, [100, 200, 300, 500, 900, 1700, 2000, 2000]);
        assert.equal(nextPollDelay(state, true, 100, 2000).delayMs, 100);
    });
});

const QUEUES = { ECHO_QUEUE: 'echo-q', FLAKY_QUEUE: 'flaky-q', SLOW_QUEUE: 'slow-q', FORWARD_IN: 'fwd-in', FORWARD_OUT: 'fwd-out', TABLE_IN: 'table-in' };
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('queue triggers against Azurite', { timeout: 60_000 }, () => {
    const azurite = useAzurite();
    let host: RunningLocalHost;
    let service: QueueServiceClient;
    const lines: string[] = [];
    const queue = (name: string) => service.getQueueClient(name);
    const count = async (name: string) => (await queue(name).getProperties()).approximateMessagesCount ?? 0;
    const peek = async (name: string) => (await queue(name).peekMessages({ numberOfMessages: 32 })).peekedMessageItems.map((m) => m.messageText);

    before(async () => {
        recorder.reset();
        service = QueueServiceClient.fromConnectionString(azurite().connectionString);
        host = await startLocalHost({
            root: projectRoot(),
            main: path.join(__dirname, 'fixtures', 'queueApp', '*.js'),
            port: 0,
            hostJson: {
                version: '2.0',
                extensions: {
                    queues: { batchSize: 2, newBatchThreshold: 0, maxDequeueCount: 3, visibilityTimeout: '00:00:01', maxPollingInterval: '00:00:00.500' },
                },
            },
            settings: { AzureWebJobsStorage: 'UseDevelopmentStorage=true', ...QUEUES },
            developmentStorage: azurite().connectionString,
            logger: (level, message, fn) => lines.push(`${level} ${fn ?? '-'} ${message}`),
        });
    });
    after(() => host?.stop());

    it('creates the trigger queues and lists the functions', async () => {
        assert.deepEqual(host.errors, []);
        assert.equal(host.functions.find((f) => f.name === 'echoQueue')?.description, 'queue echo-q');
        await waitFor('the queues', async () => {
            const names: string[] = [];
            for await (const q of service.listQueues()) names.push(q.name);
            return Object.values(QUEUES).every((q) => names.includes(q));
        });
    });

    it('hands a base64 JSON message to the handler as an object with trigger metadata, then deletes it', async () => {
        const sent = await queue('echo-q').sendMessage(b64('{"hello":"world"}'));
        const [call] = await waitFor('the echo', () => recorder.of('echoQueue').length === 1 && recorder.of('echoQueue'));
        assert.deepEqual(call?.input, { hello: 'world' });
        const meta = call?.extra?.['triggerMetadata'] as Record<string, unknown>;
        assert.equal(meta['id'], sent.messageId);
        assert.equal(meta['dequeueCount'], 1);
        assert.equal(meta['queueTrigger'], '{"hello":"world"}');
        assert.equal(meta['insertionTime'], sent.insertedOn.toISOString());
        assert.equal(meta['expirationTime'], sent.expiresOn.toISOString());
        assert.equal(typeof meta['nextVisibleTime'], 'string');
        assert.equal(typeof meta['popReceipt'], 'string');
        assert.equal((meta['sys'] as { methodName: string }).methodName, 'echoQueue');
        await waitFor('the deletion', async () => (await count('echo-q')) === 0 && (await queue('echo-q').receiveMessages()).receivedMessageItems.length === 0);
        await queue('echo-q').sendMessage(b64('just text'));
        await waitFor('the text echo', () => recorder.of('echoQueue').length === 2);
        assert.equal(recorder.of('echoQueue')[1]?.input, 'just text');
    });

    it('retries a failing message after visibilityTimeout with a higher dequeueCount, then deletes it on success', async () => {
        await queue('flaky-q').sendMessage(b64(JSON.stringify({ id: 'flaky', failTimes: 1 })));
        await waitFor('two attempts', () => recorder.of('flakyQueue').filter((c) => c.input === 'flaky').length === 2, 15_000);
        const attempts = recorder.of('flakyQueue').filter((c) => c.input === 'flaky');
        assert.deepEqual(attempts.map((c) => c.extra?.['dequeueCount']), [1, 2]);
        const gap = (attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0);
        assert.ok(gap >= 900, `the retry waited for visibilityTimeout (1 s), not ${gap} ms`);
        await waitFor('the deletion', async () => (await count('flaky-q')) === 0);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        assert.equal(recorder.of('flakyQueue').filter((c) => c.input === 'flaky').length, 2, 'no attempt after success');
    });

    it('moves a message that keeps failing to <queue>-poison after maxDequeueCount, content unchanged', async () => {
        const text = b64(JSON.stringify({ id: 'doomed', failTimes: 99 }));
        await queue('flaky-q').sendMessage(text);
        await waitFor('the poison queue', async () => (await queue('flaky-q-poison').exists()) && (await peek('flaky-q-poison')).includes(text), 20_000);
        assert.deepEqual(
            recorder.of('flakyQueue').filter((c) => c.input === 'doomed').map((c) => c.extra?.['dequeueCount']),
            [1, 2, 3],
        );
        assert.equal(await count('flaky-q'), 0);
        assert.ok(lines.some((l) => l.includes("Message has reached MaxDequeueCount of 3. Moving message to queue 'flaky-q-poison'.")));
    });

    it('sends a message that is not base64 straight to the poison queue', async () => {
        await queue('echo-q').sendMessage('not base64!');
        await waitFor('the poison message', async () => (await queue('echo-q-poison').exists()) && (await peek('echo-q-poison')).includes('not base64!'));
        assert.equal(recorder.of('echoQueue').length, 2, 'the handler never saw it');
    });

    it('runs at most batchSize + newBatchThreshold invocations at once', async () => {
        for (let i = 0; i < 6; i++) await queue('slow-q').sendMessage(b64(`m${i}`));
        await waitFor('six slow messages', () => recorder.of('slowQueue').length === 6, 20_000);
        const peak = Math.max(...recorder.of('slowQueue').map((c) => Number(c.extra?.['active'])));
        assert.equal(peak, 2);
        assert.deepEqual(recorder.of('slowQueue').map((c) => c.input).sort(), ['m0', 'm1', 'm2', 'm3', 'm4', 'm5']);
    });

    it('writes queue output bindings (one message per array item, base64) and wakes that queue’s listener', async () => {
        await queue('fwd-in').sendMessage(b64('{"n":7}'));
        const calls = await waitFor('both forwarded messages', () => recorder.of('forwardSink').length === 2 && recorder.of('forwardSink'));
        assert.deepEqual(calls.map((c) => c.input).sort(), ['plain text', { forwarded: { n: 7 } }].sort());
    });

    it('writes table output bindings (PartitionKey from the binding)', async () => {
        await queue('table-in').sendMessage(b64(JSON.stringify({ id: 'row-1', value: 42 })));
        const table = TableClient.fromConnectionString(azurite().connectionString, 'fixturerows', { allowInsecureConnection: true });
        const entity = await waitFor('the entity', async () => {
            try {
                return await table.getEntity<{ value: number }>('fixtures', 'row-1');
            } catch {
                return undefined;
            }
        });
        assert.equal(entity.value, 42);
    });
});
