import assert from 'node:assert/strict';
import { test } from 'node:test';

import { catalogue } from '../../../src/asm/operations/catalogue';
import { handlers } from '../../../src/emulator/state/handlers/registry';
import { assertAsmError, harness } from './requests';

test('every catalogue operation has a handler (none forgotten), and every handler a catalogue operation', () => {
    const names = catalogue.map((op) => op.name);
    assert.deepEqual(names.filter((n) => handlers[n] === undefined), []);
    assert.deepEqual(Object.keys(handlers).filter((n) => !names.includes(n)), []);
});

test('an operation without a handler answers a clear 501', () => {
    const h = harness();
    const op = catalogue[0];
    assert.ok(op !== undefined);
    const state = h.state;
    assertAsmError(
        () =>
            state.handle({
                operation: { ...op, name: 'listReservedIps' },
                subscriptionId: 'x',
                pathParams: {},
                query: {},
                body: undefined,
                requestId: '0'.repeat(32),
                xMsVersion: op.xMsVersion,
            }),
        501,
        'NotImplemented',
        "The emulator has no handler for the operation 'listReservedIps'.",
    );
});
