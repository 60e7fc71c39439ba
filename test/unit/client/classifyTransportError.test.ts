import assert from 'node:assert/strict';
import { test } from 'node:test';

import { errors } from 'undici';

import { classifyTransportError } from '../../../src/client';

const withCode = (code: string, message = code): Error => Object.assign(new Error(message), { code });

test('only connect-phase errors count as never having reached the server', () => {
    const table: [unknown, string, boolean][] = [
        [withCode('ECONNREFUSED'), 'connect', false],
        [withCode('ENOTFOUND'), 'connect', false],
        [withCode('EAI_AGAIN'), 'connect', false],
        [withCode('EHOSTUNREACH'), 'connect', false],
        [withCode('ENETUNREACH'), 'connect', false],
        [new errors.ConnectTimeoutError(), 'connect', false],
        [new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'all addresses refused'), 'connect', false],
        [withCode('ECONNRESET'), 'reset', true],
        [withCode('EPIPE'), 'reset', true],
        [withCode('ETIMEDOUT'), 'reset', true],
        [new errors.SocketError('other side closed'), 'reset', true],
        [new errors.HeadersTimeoutError(), 'timeout', true],
        [new errors.BodyTimeoutError(), 'timeout', true],
        [withCode('ASM_ATTEMPT_TIMEOUT'), 'timeout', true],
        [withCode('ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED'), 'tls', true],
        [withCode('DEPTH_ZERO_SELF_SIGNED_CERT'), 'tls', true],
        [withCode('ERR_TLS_CERT_ALTNAME_INVALID'), 'tls', true],
        [new errors.ClientDestroyedError(), 'other', true],
        [new Error('no code'), 'other', true],
        ['a string', 'other', true],
    ];
    for (const [err, kind, reachedServer] of table) {
        const got = classifyTransportError(err);
        assert.equal(got.kind, kind, String((err as Error).message ?? err));
        assert.equal(got.reachedServer, reachedServer, String((err as Error).message ?? err));
    }
});
