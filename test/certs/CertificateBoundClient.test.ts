import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';

import { CertificateBoundClient } from '../../src/certs/CertificateBoundClient';
import type { CertificateLogEvent } from '../../src/certs/CertificateLogEvent';
import type { CertificateSource } from '../../src/certs/CertificateSource';
import { CertificateError } from '../../src/certs/errors/CertificateError';
import { thumbprintOfPem } from '../../src/emulator/certs/thumbprint';
import type { KeyAndCertificate } from '../../src/emulator/certs/KeyAndCertificate';
import { startVaultDoubles, type VaultDoubles } from '../doubles/startVaultDoubles';
import { startEmulator, type TestEmulator } from '../helpers/startEmulator';
import { assertNoSecrets, pfxSecret } from './fixtures/secretValues';
import { makeCertificate } from './fixtures/testCertificates';

let d: VaultDoubles;
let emu: TestEmulator;
let certA: KeyAndCertificate;
let certB: KeyAndCertificate;
let A: string;
let B: string;
const secrets: string[] = [];
let counter = 0;

before(async () => {
    [d, emu, certA, certB] = await Promise.all([
        startVaultDoubles(),
        startEmulator(),
        makeCertificate({ commonName: 'asm management A', key: 'bound-a' }),
        makeCertificate({ commonName: 'asm management B', key: 'bound-b' }),
    ]);
    A = thumbprintOfPem(certA.certPem);
    B = thumbprintOfPem(certB.certPem);
    secrets.push(certA.keyPem, certB.keyPem, pfxSecret(certA).value, pfxSecret(certB).value);
});
after(async () => {
    await emu.close();
    await d.close();
});

interface Harness {
    readonly name: string;
    readonly subscriptionId: string;
    readonly client: CertificateBoundClient;
    readonly source: CertificateSource;
    readonly events: CertificateLogEvent[];
    /** Management requests the emulator answered for this subscription's calls, by outcome. */
    counts(): { ok: number; forbidden: number };
}

/** A Key Vault secret holding certificate A, a fresh subscription accepting `accepted`, and a client for both. */
function harness(accepted: readonly KeyAndCertificate[], options: { now?: () => number } = {}): Harness {
    const name = `asm-bound-${++counter}`;
    d.vault.setSecret(name, pfxSecret(certA));
    const subscriptionId = randomUUID();
    for (const cert of accepted) emu.registerCertificate(subscriptionId, cert.certPem);
    const events: CertificateLogEvent[] = [];
    const source = d.source(name, {}, { log: (e) => events.push(e), ...(options.now === undefined ? {} : { now: options.now }) });
    const client = new CertificateBoundClient({
        subscriptionId,
        endpoint: emu.endpoint,
        ca: emu.ca,
        source,
        certificateLog: (e) => events.push(e),
        retry: { maxRetries: 0 },
    });
    emu.resetCounters();
    return {
        name,
        subscriptionId,
        client,
        source,
        events,
        counts: () => {
            const c = emu.counters();
            return { ok: c.byOperation['listHostedServices'] ?? 0, forbidden: c.byOperation['_forbidden'] ?? 0 };
        },
    };
}

function waitFor(events: CertificateLogEvent[], predicate: (e: CertificateLogEvent) => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
        const started = Date.now();
        const poll = () => {
            if (events.some(predicate)) resolve();
            else if (Date.now() - started > 5000) reject(new Error('event not seen'));
            else setTimeout(poll, 10);
        };
        poll();
    });
}

test('end to end: the client calls the emulator with the certificate taken from the Key Vault double', async () => {
    const h = harness([certA]);
    try {
        assert.deepEqual(await h.client.listHostedServices(), []);
        assert.equal(h.client.thumbprint, A);
        assert.equal(d.vault.fetches(h.name), 1);
        assert.deepEqual(h.counts(), { ok: 1, forbidden: 0 });
        assert.deepEqual(
            h.events.filter((e) => e.type === 'agentReplaced'),
            [{ type: 'agentReplaced', to: A }],
        );
    } finally {
        await h.client.close();
    }
});

test('1,000 calls through one client instance make exactly one Key Vault fetch', async () => {
    const h = harness([certA]);
    try {
        await Promise.all(Array.from({ length: 500 }, () => h.client.listHostedServices()));
        for (let i = 0; i < 500; i++) await h.client.listHostedServices();
        assert.equal(d.vault.fetches(h.name), 1);
        assert.deepEqual(h.counts(), { ok: 1000, forbidden: 0 });
        assert.equal(h.events.filter((e) => e.type === 'agentReplaced').length, 1);
    } finally {
        await h.client.close();
    }
});

test('rotation: Key Vault gets a new version, ASM accepts only the new certificate: the next call succeeds after exactly one refresh', async () => {
    const h = harness([certA]);
    try {
        await h.client.listHostedServices();
        assert.equal(d.vault.fetches(h.name), 1);

        d.vault.setSecret(h.name, pfxSecret(certB));
        emu.registerCertificate(h.subscriptionId, certB.certPem);
        assert.equal(emu.unregisterCertificate(h.subscriptionId, certA.certPem), true);
        emu.resetCounters();

        assert.deepEqual(await h.client.listHostedServices(), []);
        assert.equal(d.vault.fetches(h.name), 2, 'exactly one refresh');
        assert.deepEqual(h.counts(), { ok: 1, forbidden: 1 }, 'one rejected attempt, one retry');
        assert.equal(h.client.thumbprint, B);
        const rotationEvents = h.events.filter((e) => e.type !== 'certificateFetched').map((e) => e.type);
        assert.deepEqual(rotationEvents.slice(0, 4), ['agentReplaced', 'certificateRejected', 'certificateRotated', 'agentReplaced']);
        assert.ok(h.events.some((e) => e.type === 'certificateRejected' && e.thumbprint === A && e.operation === 'listHostedServices'));
        assert.ok(h.events.some((e) => e.type === 'agentReplaced' && e.from === A && e.to === B));
        await waitFor(h.events, (e) => e.type === 'agentClosed' && e.thumbprint === A);

        // Later calls use B straight away, without another fetch.
        await h.client.listHostedServices();
        assert.equal(d.vault.fetches(h.name), 2);
        assert.deepEqual(h.counts(), { ok: 2, forbidden: 1 });
        assertNoSecrets(h.events, secrets);
    } finally {
        await h.client.close();
    }
});

test('concurrent calls rejected together share one refresh', async () => {
    const h = harness([certA]);
    try {
        await h.client.listHostedServices();
        d.vault.setSecret(h.name, pfxSecret(certB));
        emu.registerCertificate(h.subscriptionId, certB.certPem);
        emu.unregisterCertificate(h.subscriptionId, certA.certPem);
        await Promise.all(Array.from({ length: 20 }, () => h.client.listHostedServices()));
        assert.equal(d.vault.fetches(h.name), 2);
        assert.equal(h.client.thumbprint, B);
    } finally {
        await h.client.close();
    }
});

test('rejected, and Key Vault holds no other certificate: CertificateError "rejected" after one refresh, without a retry', async () => {
    const h = harness([]);
    try {
        await assert.rejects(h.client.listHostedServices(), (err: unknown) => {
            assert.ok(err instanceof CertificateError);
            assert.equal(err.reason, 'rejected');
            assert.equal(err.thumbprint, A);
            assert.equal(err.operation, 'listHostedServices');
            assert.equal(err.status, 403);
            assert.match(err.message, /ASM rejected management certificate [0-9A-F]{40} for subscription .* and the source holds no other certificate/);
            assert.match(err.message, /Upload it to the subscription's management certificates/);
            assert.ok(err.requestId !== undefined);
            assertNoSecrets(err, secrets);
            return true;
        });
        assert.equal(d.vault.fetches(h.name), 2);
        assert.deepEqual(h.counts(), { ok: 0, forbidden: 1 });

        // ASM keeps refusing it: for a minute, further calls fail the same way without reading Key Vault again.
        await assert.rejects(h.client.listHostedServices(), (err: unknown) => err instanceof CertificateError && err.reason === 'rejected');
        assert.equal(d.vault.fetches(h.name), 2);
        assert.deepEqual(h.counts(), { ok: 0, forbidden: 2 });
    } finally {
        await h.client.close();
    }
});

test('rejected, refreshed, and the new certificate rejected too: CertificateError "rejected" naming both thumbprints', async () => {
    const h = harness([certA]);
    try {
        await h.client.listHostedServices();
        d.vault.setSecret(h.name, pfxSecret(certB));
        emu.unregisterCertificate(h.subscriptionId, certA.certPem);
        await assert.rejects(h.client.listHostedServices(), (err: unknown) => {
            assert.ok(err instanceof CertificateError);
            assert.equal(err.reason, 'rejected');
            assert.equal(err.thumbprint, B);
            assert.equal(err.previousThumbprint, A);
            assert.match(err.message, /even after it was refreshed/);
            return true;
        });
        assert.equal(d.vault.fetches(h.name), 2, 'refreshed once only');
        assert.deepEqual(h.counts(), { ok: 1, forbidden: 2 });
    } finally {
        await h.client.close();
    }
});

test('rejected, and the refresh fails (vault 503): CertificateError "rejected" saying so', async () => {
    const h = harness([certA]);
    try {
        await h.client.listHostedServices();
        emu.unregisterCertificate(h.subscriptionId, certA.certPem);
        d.vault.failNext(503);
        await assert.rejects(h.client.listHostedServices(), (err: unknown) => {
            assert.ok(err instanceof CertificateError);
            assert.equal(err.reason, 'rejected');
            assert.match(err.message, /refreshing it failed: .*Key Vault answered 503/);
            assertNoSecrets(err, secrets);
            return true;
        });
        // The cached certificate is still served for the next call (which ASM still refuses).
        assert.equal(h.source.peek()?.thumbprint, A);
    } finally {
        await h.client.close();
    }
});

test('rotation ahead of time: after the TTL the new version is bound before ASM ever refuses the old one', async () => {
    let now = Date.now();
    const h = harness([certA, certB], { now: () => now });
    try {
        await h.client.listHostedServices();
        d.vault.setSecret(h.name, pfxSecret(certB));
        now += 31 * 60_000;
        await h.client.listHostedServices();
        assert.equal(h.client.thumbprint, B);
        assert.equal(d.vault.fetches(h.name), 2);
        assert.deepEqual(h.counts(), { ok: 2, forbidden: 0 });
        await waitFor(h.events, (e) => e.type === 'agentClosed' && e.thumbprint === A);
    } finally {
        await h.client.close();
    }
});

test('a certificate problem at the source is the source\'s CertificateError (no ASM request is made)', async () => {
    const h = harness([certA]);
    try {
        d.vault.setEnabled(h.name, false);
        await assert.rejects(h.client.listHostedServices(), (err: unknown) => err instanceof CertificateError && err.reason === 'secretDisabled');
        assert.deepEqual(h.counts(), { ok: 0, forbidden: 0 });
    } finally {
        await h.client.close();
    }
});
