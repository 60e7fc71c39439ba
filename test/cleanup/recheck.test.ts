import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { DeletionTarget } from '../../src/cleanup/plan/DeletionTarget';
import type { InventoryService } from '../../src/cleanup/plan/Inventory';
import { plan } from '../../src/cleanup/plan/plan';
import { planMarkChanges } from '../../src/cleanup/plan/planMarkChanges';
import { recheckTarget } from '../../src/cleanup/plan/recheckTarget';
import { dep, markOf, NOW, policy, svc } from './helpers/planFixtures';

const planned = dep('d', { days: 30 });
const target: DeletionTarget = {
    kind: 'deployment',
    serviceName: 'a',
    deploymentName: 'd',
    slot: 'staging',
    privateId: planned.privateId ?? '',
    lastModifiedTime: planned.lastModifiedTime ?? '',
    deleteDisks: false,
};

describe('recheckTarget: the last look before a DELETE', () => {
    const table: readonly { name: string; current: InventoryService | undefined; policies?: Record<string, unknown>[]; expect: string }[] = [
        { name: 'unchanged: ok', current: svc('a', [planned]), expect: 'ok' },
        { name: 'service gone', current: undefined, expect: 'service-gone' },
        { name: 'deployment gone', current: svc('a', []), expect: 'deployment-gone' },
        { name: 'redeployed with the same name (new privateId)', current: svc('a', [{ ...planned, privateId: 'new' }]), expect: 'redeployed' },
        { name: 'modified (lastModifiedTime moved)', current: svc('a', [{ ...planned, lastModifiedTime: new Date(NOW).toISOString() }]), expect: 'modified' },
        { name: 'swapped to production', current: svc('a', [{ ...planned, slot: 'production' }]), expect: 'slot-changed' },
        { name: 'service protected since the plan', current: svc('a', [planned], { CleanupProtected: 'true' }), expect: 'protected-service' },
        { name: 'deployment protected since the plan', current: svc('a', [{ ...planned, extendedProperties: { CleanupProtected: 'true' } }]), expect: 'protected-deployment' },
        { name: 'the current policy excludes it now', current: svc('a', [planned]), policies: [{}, { exclude: { services: ['a'] } }], expect: 'excluded' },
        { name: 'the current policy wants older deployments now', current: svc('a', [planned]), policies: [{}, { maxAge: 'P90D' }], expect: 'too-young' },
        { name: 'names compare case-insensitively', current: svc('A', [{ ...planned, name: 'D' }]), expect: 'ok' },
    ];
    for (const c of table) {
        it(c.name, () => {
            const result = recheckTarget(target, c.current, (c.policies ?? [{}]).map((p) => policy(p)), NOW);
            assert.equal(result.ok ? 'ok' : result.reason, c.expect);
        });
    }

    it('a hosted service must still be empty, unprotected and selected', () => {
        const t: DeletionTarget = { kind: 'service', serviceName: 'e' };
        const on = [policy({ deleteEmptyHostedServices: true })];
        const check = (s: InventoryService | undefined, p = on) => {
            const r = recheckTarget(t, s, p, NOW);
            return r.ok ? 'ok' : r.reason;
        };
        assert.equal(check(svc('e', [])), 'ok');
        assert.equal(check(svc('e', [dep('new', { days: 0 })])), 'not-empty');
        assert.equal(check(svc('e', [], { CleanupProtected: 'true' })), 'protected-service');
        assert.equal(check(undefined), 'service-gone');
        assert.equal(check(svc('e', []), [policy()]), 'empty-services-disabled');
    });
});

describe('planMarkChanges', () => {
    const grace = policy({ gracePeriod: 'P3D' });
    it('sets marks when a grace period starts or restarts, not while pending', () => {
        const a = dep('a', { days: 30 });
        const b = dep('b', { days: 30 });
        const c = dep('c', { days: 30 });
        const marks = [markOf('s', b, 1), markOf('s', c, 1, { privateId: 'old' })];
        const inventory = [svc('s', [a, b, c])];
        const changes = planMarkChanges(inventory, plan(inventory, grace, marks, NOW), marks, 'run-1');
        assert.deepEqual(changes.set.map((m) => [m.deploymentName, m.privateId, m.runId]), [
            ['a', a.privateId, 'run-1'],
            ['c', c.privateId, 'run-1'],
        ]);
        assert.deepEqual(changes.clear, []);
    });

    it('clears marks of deployments now kept (protected, too young) or gone; keeps those to delete or held by the breaker', () => {
        const kept = dep('kept', { days: 30, props: { CleanupProtected: 'true' } });
        const old1 = dep('old1', { days: 30 });
        const old2 = dep('old2', { days: 40 });
        const marks = [markOf('s', kept, 10), markOf('s', old1, 10), markOf('s', old2, 10), markOf('s', dep('gone'), 10), markOf('other', dep('x'), 10)];
        const inventory = [svc('s', [kept, old1, old2])];
        const decisions = plan(inventory, policy({ gracePeriod: 'P3D', maxDeletionsPerRun: 1 }), marks, NOW);
        assert.deepEqual(
            decisions.map((d) => `${d.action}:${d.reason}`),
            ['keep:protected-deployment', 'keep:breaker', 'delete:grace-elapsed'],
        );
        const changes = planMarkChanges(inventory, decisions, marks, 'run-2');
        assert.deepEqual(changes.set, []);
        assert.deepEqual(changes.clear.map((m) => `${m.serviceName}/${m.deploymentName}`).sort(), ['s/gone', 's/kept']);
    });
});
