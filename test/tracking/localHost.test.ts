import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { QueueServiceClient } from '@azure/storage-queue';
import { request } from 'undici';

import { appContext } from '../../src/app/appContext';
import type { RunningLocalHost } from '../../src/host/RunningLocalHost';
import { startLocalHost } from '../../src/host/startLocalHost';
import { SIGNATURE_HEADER } from '../../src/tracking/callbackHeaders';
import type { CompletionEvent } from '../../src/tracking/CompletionEvent';
import { EVENTS_QUEUE } from '../../src/tracking/trackingNames';
import { verifyCallbackSignature } from '../../src/tracking/verifyCallbackSignature';
import { projectRoot } from '../helpers/projectPaths';
import { type RunningAzurite, startAzurite } from '../helpers/startAzurite';
import { startEmulator, type TestEmulator } from '../helpers/startEmulator';

// The whole path as deployed: the project's host.json, the registrations in functions/ (facade + tracking), the
// composition root over app settings (process.env, as in Azure), real Azurite, the real emulator, HTTP in and a
// signed callback out; the host's own queue listener runs pollOperation.
const SECRET = 'e2e-callback-secret';
let emu: TestEmulator;
let azurite: RunningAzurite;
let host: RunningLocalHost;
let receiver: Server;
let callbackUrl: string;
const callbacks: { body: string; valid: boolean }[] = [];
const lines: string[] = [];

before(async () => {
    [emu, azurite] = await Promise.all([startEmulator(), startAzurite()]);
    receiver = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
            const body = Buffer.concat(chunks);
            callbacks.push({ body: body.toString('utf8'), valid: verifyCallbackSignature(body, SECRET, req.headers[SIGNATURE_HEADER] as string | undefined) });
            res.statusCode = 204;
            res.end();
        });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/asm-events`;
    const paths = emu.paths;
    if (paths === undefined) throw new Error('The test emulator has no state directory.');
    Object.assign(process.env, {
        AzureWebJobsStorage: azurite.connectionString,
        ASM_SUBSCRIPTION_ID: emu.subscriptionId,
        ASM_ENDPOINT: emu.endpoint,
        ASM_CA_FILE: paths.ca,
        ASM_CERT_FILE: paths.management,
        ASM_CALLBACK_SECRET: SECRET,
    });
    const functions = ['storageAccounts', 'operations', 'listOperations', 'pollOperation', 'operationPoison', 'sweepOperations'];
    host = await startLocalHost({
        root: projectRoot(),
        main: path.join(__dirname, '..', '..', 'functions', `{${functions.join(',')}}.js`),
        port: 0,
        settings: process.env,
        developmentStorage: azurite.connectionString,
        logger: (level, message, fn) => lines.push(`${level} ${fn ?? '-'} ${message}`),
    });
});

after(async () => {
    await host?.stop();
    await appContext().close();
    await new Promise((resolve) => receiver?.close(resolve));
    await Promise.all([emu?.close(), azurite?.stop()]);
});

async function call(method: 'GET' | 'POST', url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
    const res = await request(url, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.body.text();
    return { status: res.statusCode, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms. Host log:\n${lines.slice(-40).join('\n')}`);
        await new Promise((r) => setTimeout(r, 200));
    }
}

test('the local host runs the facade and the tracking functions with the project’s host.json', () => {
    assert.deepEqual(host.errors, []);
    for (const name of ['createStorageAccount', 'getOperationStatus', 'listOperations', 'pollOperation', 'operationPoison', 'sweepOperations']) {
        assert.ok(host.functions.some((f) => f.name === name), name);
    }
});

test('POST → 202 → tracked → polled by the host’s queue trigger → one event, one signed callback, status and list from the table', async () => {
    emu.state.scriptOperation('createStorageAccount', { outcome: 'succeed', durationMs: 1_500 });
    const accepted = await call('POST', `${host.baseUrl}/storageaccounts`, { serviceName: 'e2etracked', label: 'e2e', location: 'West US' }, {
        'x-callback-url': callbackUrl,
        'x-correlation-id': 'e2e-corr',
    });
    assert.equal(accepted.status, 202);
    const { requestId, statusUrl } = accepted.body as { requestId: string; statusUrl: string };
    assert.deepEqual((await call('GET', statusUrl)).body, { requestId, status: 'InProgress', statusUrl });
    assert.ok((await call('GET', `${host.baseUrl}/operations?status=InProgress`)).body !== undefined);

    const [callback] = await until('the callback', () => (callbacks.length > 0 ? callbacks : undefined));
    assert.ok(callback?.valid, 'signed with ASM_CALLBACK_SECRET');
    const event = JSON.parse(callback?.body ?? '{}') as CompletionEvent;
    assert.deepEqual([event.requestId, event.status, event.operation, event.target, event.correlationId], [
        requestId,
        'Succeeded',
        'createStorageAccount',
        'services/storageservices/e2etracked',
        'e2e-corr',
    ]);

    assert.deepEqual((await call('GET', statusUrl)).body, { requestId, status: 'Succeeded', statusUrl, httpStatusCode: 200 });
    const listed = (await call('GET', `${host.baseUrl}/operations?status=Succeeded`)).body as { value: { requestId: string; callback?: { status?: string } }[] };
    const mine = await until('the callback outcome on the record', async () => {
        const row = ((await call('GET', `${host.baseUrl}/operations?status=Succeeded`)).body as typeof listed).value.find((v) => v.requestId === requestId);
        return row?.callback?.status === undefined ? undefined : row;
    });
    assert.equal(mine.callback?.status, 'delivered');

    const events = QueueServiceClient.fromConnectionString(azurite.connectionString).getQueueClient(EVENTS_QUEUE);
    const { receivedMessageItems } = await events.receiveMessages({ numberOfMessages: 32 });
    assert.deepEqual(
        receivedMessageItems.map((m) => JSON.parse(m.messageText) as CompletionEvent).filter((e) => e.requestId === requestId).map((e) => e.status),
        ['Succeeded'],
    );
    assert.equal(callbacks.length, 1);
});

test('a callback URL we would not call is a 400 before anything is started', async () => {
    emu.resetCounters();
    const res = await call('POST', `${host.baseUrl}/storageaccounts`, { serviceName: 'e2enever', label: 'x', location: 'West US' }, {
        'x-callback-url': 'http://hooks.example.com/asm',
    });
    assert.equal(res.status, 400);
    assert.match(JSON.stringify(res.body), /x-callback-url/);
    assert.equal(emu.counters().byOperation['createStorageAccount'], undefined, 'ASM was not called');
});

test('GET /api/operations rejects an unknown status', async () => {
    const res = await call('GET', `${host.baseUrl}/operations?status=Sleeping`);
    assert.equal(res.status, 400);
    assert.match(JSON.stringify(res.body), /query\.status/);
});
