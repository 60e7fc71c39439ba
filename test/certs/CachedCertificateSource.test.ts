import assert from 'node:assert/strict';
import { test } from 'node:test';

import { CachedCertificateSource } from '../../src/certs/CachedCertificateSource';
import type { CertificateFetcher } from '../../src/certs/CertificateFetcher';
import type { CertificateLogEvent } from '../../src/certs/CertificateLogEvent';
import { CertificateError } from '../../src/certs/errors/CertificateError';
import { ManagementCertificate } from '../../src/certs/ManagementCertificate';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2030, 0, 1);

function cert(thumbprint: string, notAfter: number, notBefore = T0 - DAY): ManagementCertificate {
    return new ManagementCertificate({
        key: '-----BEGIN PRIVATE KEY-----\nSECRETKEYMATERIAL\n-----END PRIVATE KEY-----\n',
        cert: '-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n',
        chain: [],
        thumbprint,
        subject: `CN=${thumbprint}`,
        issuer: `CN=${thumbprint}`,
        notBefore: new Date(notBefore),
        notAfter: new Date(notAfter),
        source: 'fake source',
    });
}

/** A fetcher answering from a script: each entry is a certificate, an error, or a gate to wait on. */
function fakeFetcher() {
    const queue: (() => Promise<ManagementCertificate>)[] = [];
    const fetcher: CertificateFetcher & { calls: number } = {
        description: 'fake source',
        calls: 0,
        fetch() {
            fetcher.calls += 1;
            const next = queue.shift();
            if (next === undefined) return Promise.reject(new Error('unexpected fetch'));
            return next();
        },
    };
    return {
        fetcher,
        answer: (c: ManagementCertificate) => queue.push(() => Promise.resolve(c)),
        fail: (err: Error) => queue.push(() => Promise.reject(err)),
        /** The next fetch waits until `release` is called. */
        gate: (c: ManagementCertificate) => {
            let release!: () => void;
            const open = new Promise<void>((resolve) => (release = resolve));
            queue.push(() => open.then(() => c));
            return () => release();
        },
    };
}

function setup(options: { ttlMs?: number; renewBeforeExpiryMs?: number } = {}) {
    let now = T0;
    const f = fakeFetcher();
    const events: CertificateLogEvent[] = [];
    const source = new CachedCertificateSource(f.fetcher, {
        ttlMs: options.ttlMs ?? 30 * MIN,
        renewBeforeExpiryMs: options.renewBeforeExpiryMs ?? DAY,
        expiringRefreshIntervalMs: 5 * MIN,
        retryAfterFailureMs: MIN,
        now: () => now,
        log: (e) => events.push(e),
    });
    return { source, f, events, advance: (ms: number) => (now += ms), now: () => now };
}

function lastFetchReason(events: readonly CertificateLogEvent[]): string | undefined {
    const fetched = events.filter((e) => e.type === 'certificateFetched');
    const last = fetched[fetched.length - 1];
    return last?.type === 'certificateFetched' ? last.reason : undefined;
}

const vaultDown = () =>
    new CertificateError({ reason: 'vaultUnavailable', source: 'fake source', message: 'Key Vault answered 503 ServiceUnavailable; will retry later.', status: 503 });

test('one fetch serves every call until the TTL ends; concurrent first calls share one fetch', async () => {
    const { source, f, advance } = setup();
    const release = f.gate(cert('AAA', T0 + 365 * DAY));
    const calls = Array.from({ length: 1000 }, () => source.get());
    assert.equal(f.fetcher.calls, 1);
    release();
    const got = await Promise.all(calls);
    assert.ok(got.every((c) => c.thumbprint === 'AAA'));
    for (let i = 0; i < 1000; i++) await source.get();
    advance(29 * MIN);
    await source.get();
    assert.equal(f.fetcher.calls, 1);

    f.answer(cert('AAA', T0 + 365 * DAY));
    advance(2 * MIN);
    await source.get();
    assert.equal(f.fetcher.calls, 2, 'the TTL ended: read again');
});

test('a failed first fetch is an error (and the next call tries again)', async () => {
    const { source, f, events } = setup();
    f.fail(vaultDown());
    await assert.rejects(source.get(), (err: unknown) => err instanceof CertificateError && err.reason === 'vaultUnavailable');
    assert.equal(source.peek(), undefined);
    const failed = events.find((e) => e.type === 'certificateFetchFailed');
    assert.ok(failed && failed.type === 'certificateFetchFailed');
    assert.equal(failed.reason, 'initial');
    assert.equal(failed.servingThumbprint, undefined);
    f.answer(cert('AAA', T0 + 365 * DAY));
    assert.equal((await source.get()).thumbprint, 'AAA');
    assert.equal(f.fetcher.calls, 2);
});

test('a failed refresh keeps serving the still-valid certificate, logs it, and retries after the retry delay', async () => {
    const { source, f, events, advance } = setup();
    f.answer(cert('AAA', T0 + 365 * DAY));
    await source.get();
    advance(31 * MIN);
    f.fail(vaultDown());
    assert.equal((await source.get()).thumbprint, 'AAA');
    assert.equal(f.fetcher.calls, 2);
    const failed = events.filter((e) => e.type === 'certificateFetchFailed');
    assert.equal(failed.length, 1);
    assert.deepEqual(
        { ...failed[0], error: undefined },
        { type: 'certificateFetchFailed', source: 'fake source', reason: 'ttl', error: undefined, servingThumbprint: 'AAA', retryAt: new Date(T0 + 32 * MIN).toISOString() },
    );
    assert.doesNotMatch(JSON.stringify(events), /SECRETKEYMATERIAL|PRIVATE KEY/);

    // Within the retry delay: served from cache without a fetch.
    advance(30_000);
    assert.equal((await source.get()).thumbprint, 'AAA');
    assert.equal(f.fetcher.calls, 2);
    // After it: tried again, and a new version is picked up.
    advance(31_000);
    f.answer(cert('BBB', T0 + 400 * DAY));
    assert.equal((await source.get()).thumbprint, 'BBB');
    assert.equal(f.fetcher.calls, 3);
    assert.ok(events.some((e) => e.type === 'certificateRotated' && e.from === 'AAA' && e.to === 'BBB'));
});

test('near notAfter the source is read every expiringRefreshInterval, not only on the TTL', async () => {
    const { source, f, events, advance } = setup({ ttlMs: 12 * HOUR, renewBeforeExpiryMs: DAY });
    f.answer(cert('OLD', T0 + 2 * DAY));
    await source.get();
    // 12 h later the TTL ends (the renew window starts at T0 + 1 day).
    advance(12 * HOUR);
    f.answer(cert('OLD', T0 + 2 * DAY));
    await source.get();
    assert.equal(f.fetcher.calls, 2);
    advance(12 * HOUR); // now within a day of notAfter
    f.answer(cert('OLD', T0 + 2 * DAY));
    await source.get();
    assert.equal(f.fetcher.calls, 3);
    assert.equal(lastFetchReason(events), 'expiring');
    advance(4 * MIN);
    await source.get();
    assert.equal(f.fetcher.calls, 3, 'not before the 5-minute interval');
    advance(MIN);
    f.answer(cert('NEW', T0 + 400 * DAY));
    assert.equal((await source.get()).thumbprint, 'NEW');
    assert.equal(f.fetcher.calls, 4);
});

test('once the cached certificate expired, a failed fetch is an error, not the expired certificate', async () => {
    const { source, f, advance } = setup({ ttlMs: 10 * DAY });
    f.answer(cert('AAA', T0 + HOUR));
    await source.get();
    advance(2 * HOUR);
    f.fail(vaultDown());
    await assert.rejects(source.get(), (err: unknown) => err instanceof CertificateError && err.reason === 'vaultUnavailable');
});

test('a fetched certificate that is expired or not yet valid is refused (expired / notYetValid)', async () => {
    const { source, f } = setup();
    f.answer(cert('OLD', T0 - HOUR, T0 - 400 * DAY));
    await assert.rejects(source.get(), (err: unknown) => {
        assert.ok(err instanceof CertificateError);
        assert.equal(err.reason, 'expired');
        assert.equal(err.thumbprint, 'OLD');
        assert.match(err.message, /expired on 2029-12-31T23:00:00.000Z/);
        return true;
    });
    f.answer(cert('EARLY', T0 + 400 * DAY, T0 + DAY));
    await assert.rejects(source.get(), (err: unknown) => err instanceof CertificateError && err.reason === 'notYetValid');
    // Five minutes of clock skew on notBefore are tolerated.
    f.answer(cert('JUST', T0 + 400 * DAY, T0 + 4 * MIN));
    assert.equal((await source.get()).thumbprint, 'JUST');
});

test('refresh() fetches now, joins a fetch under way, and rejects when the fetch fails while get() keeps the cache', async () => {
    const { source, f, events } = setup();
    f.answer(cert('AAA', T0 + 365 * DAY));
    await source.get();
    const release = f.gate(cert('BBB', T0 + 365 * DAY));
    const a = source.refresh('certificateRejected');
    const b = source.refresh('manual');
    release();
    assert.equal((await a).thumbprint, 'BBB');
    assert.equal((await b).thumbprint, 'BBB');
    assert.equal(f.fetcher.calls, 2);
    assert.equal(lastFetchReason(events), 'certificateRejected');

    f.fail(vaultDown());
    await assert.rejects(source.refresh('manual'), CertificateError);
    assert.equal((await source.get()).thumbprint, 'BBB');
});
