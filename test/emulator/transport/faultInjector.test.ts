import assert from 'node:assert/strict';
import { test } from 'node:test';

import { FaultConfigError, faultForDraw, parseFaultConfig } from '../../../src/emulator/server/faults/FaultConfig';
import { FaultInjector } from '../../../src/emulator/server/faults/FaultInjector';
import { mulberry32 } from '../../../src/util/mulberry32';

test('mulberry32: same seed, same numbers in [0, 1); another seed, other numbers', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 100 }, () => a());
    assert.deepEqual(Array.from({ length: 100 }, () => b()), xs);
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    assert.notDeepEqual(Array.from({ length: 100 }, mulberry32(43)), xs);
});

test('one draw picks from consecutive bands: reset, redirect, 500, 503, 429, then nothing', () => {
    const rule = { resetRate: 0.1, redirectRate: 0.1, rate500: 0.1, rate503: 0.1, rate429: 0.1 };
    assert.equal(faultForDraw(rule, 0.05), 'reset');
    assert.equal(faultForDraw(rule, 0.15), 'redirect');
    assert.equal(faultForDraw(rule, 0.25), '500');
    assert.equal(faultForDraw(rule, 0.35), '503');
    assert.equal(faultForDraw(rule, 0.45), '429');
    assert.equal(faultForDraw(rule, 0.55), undefined);
    assert.equal(faultForDraw({}, 0), undefined);
});

test('the injector: latency adds up over matching rules, maxFaults caps a rule, the redirect target never redirects', () => {
    const faults = new FaultInjector(1);
    faults.set({ rules: [{ latencyMs: 10 }, { operation: 'listHostedServices', latencyMs: 5, rate503: 1, retryAfterSeconds: 3, maxFaults: 1 }] });
    assert.deepEqual(faults.decide('listHostedServices', true), { latencyMs: 15, fault: '503', retryAfterSeconds: 3 });
    assert.deepEqual(faults.decide('listHostedServices', true), { latencyMs: 15 });
    assert.deepEqual(faults.decide('createHostedService', true), { latencyMs: 10 });

    faults.set({ rules: [{ redirectRate: 1 }] });
    assert.equal(faults.decide('x', false).fault, undefined);
    assert.equal(faults.decide('x', true).fault, 'redirect');
});

test('the sequence depends only on the seed and the requests, not on which faults fired', () => {
    const run = () => {
        const f = new FaultInjector(9);
        f.set({ rules: [{ rate500: 0.3 }, { rate503: 0.3 }] });
        return Array.from({ length: 50 }, () => f.decide('op', true).fault ?? '-').join('');
    };
    assert.equal(run(), run());
    assert.match(run(), /500/);
    assert.match(run(), /503/);
});

test('fault configurations are validated', () => {
    const known = (name: string) => name === 'listHostedServices';
    assert.deepEqual(parseFaultConfig({ seed: 5, rules: [{ operation: 'listHostedServices', rate429: 1 }] }, known), {
        seed: 5,
        rules: [{ operation: 'listHostedServices', rate429: 1 }],
    });
    for (const bad of [null, [], { rules: {} }, { seed: 1.5, rules: [] }, { rules: [{ rate500: 'often' }] }, { rules: [{ operation: 'other' }] }, { rules: [null] }]) {
        assert.throws(() => parseFaultConfig(bad, known), FaultConfigError, JSON.stringify(bad));
    }
});
