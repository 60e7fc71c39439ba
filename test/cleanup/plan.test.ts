import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { Decision } from '../../src/cleanup/plan/Decision';
import type { InventoryService } from '../../src/cleanup/plan/Inventory';
import type { Mark } from '../../src/cleanup/plan/Mark';
import { plan } from '../../src/cleanup/plan/plan';
import { DAY, dep, markOf, NOW, policy, svc } from './helpers/planFixtures';

/** `service/deployment → action:reason` (or `service → …` for a service decision). */
function outcome(decisions: readonly Decision[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const d of decisions) out[d.kind === 'service' ? d.serviceName : `${d.serviceName}/${d.deploymentName}`] = `${d.action}:${d.reason}`;
    return out;
}

interface Case {
    readonly name: string;
    readonly policy?: Record<string, unknown>;
    readonly inventory: readonly InventoryService[];
    readonly marks?: readonly Mark[];
    readonly now?: number;
    readonly expect: Record<string, string>;
}

const staged = (days: number, extra = {}) => dep('d', { days, ...extra });

const cases: readonly Case[] = [
    // ---- maxAge (default P7D), its boundary, ageFrom (default lastModifiedTime)
    { name: 'default maxAge: 8 days old staging is deleted', inventory: [svc('a', [staged(8)])], expect: { 'a/d': 'delete:stale' } },
    { name: 'default maxAge: 6 days old is too young', inventory: [svc('a', [staged(6)])], expect: { 'a/d': 'keep:too-young' } },
    { name: 'boundary: exactly maxAge old is deleted', inventory: [svc('a', [staged(7)])], expect: { 'a/d': 'delete:stale' } },
    { name: 'boundary: one second under maxAge is kept', inventory: [svc('a', [staged(7 - 1 / 86_400)])], expect: { 'a/d': 'keep:too-young' } },
    { name: 'maxAge P30D', policy: { maxAge: 'P30D' }, inventory: [svc('a', [staged(29)]), svc('b', [staged(30)])], expect: { 'a/d': 'keep:too-young', 'b/d': 'delete:stale' } },
    { name: 'maxAge in hours', policy: { maxAge: 'PT12H' }, inventory: [svc('a', [staged(0.25)]), svc('b', [staged(0.5)])], expect: { 'a/d': 'keep:too-young', 'b/d': 'delete:stale' } },
    {
        name: 'ageFrom default lastModifiedTime: created long ago, modified yesterday → too young',
        inventory: [svc('a', [dep('d', { days: 1, createdDays: 100 })])],
        expect: { 'a/d': 'keep:too-young' },
    },
    {
        name: 'ageFrom createdTime: created long ago, modified yesterday → delete',
        policy: { ageFrom: 'createdTime' },
        inventory: [svc('a', [dep('d', { days: 1, createdDays: 100 })])],
        expect: { 'a/d': 'delete:stale' },
    },
    { name: 'no timestamp: never deleted', inventory: [svc('a', [dep('d', { noTimes: true })])], expect: { 'a/d': 'keep:no-timestamp' } },

    // ---- slots (default staging only; production only when listed)
    { name: 'default slots: production is never selected', inventory: [svc('a', [dep('p', { slot: 'production', days: 400 })])], expect: { 'a/p': 'keep:slot-not-selected' } },
    {
        name: 'slots [production, staging]: production opted in',
        policy: { slots: ['production', 'staging'] },
        inventory: [svc('a', [dep('p', { slot: 'production', days: 400 }), dep('s', { days: 10 })])],
        expect: { 'a/p': 'delete:stale', 'a/s': 'delete:stale' },
    },
    {
        name: 'slots [production] only: staging kept',
        policy: { slots: ['Production'] },
        inventory: [svc('a', [dep('p', { slot: 'production', days: 400 }), dep('s', { days: 10 })])],
        expect: { 'a/p': 'delete:stale', 'a/s': 'keep:slot-not-selected' },
    },

    // ---- protection marker (default CleanupProtected=true) on the service or the deployment
    { name: 'marker on the service protects every deployment', inventory: [svc('a', [staged(90), dep('p', { slot: 'production', days: 90 })], { CleanupProtected: 'true' })], expect: { 'a/d': 'keep:protected-service', 'a/p': 'keep:protected-service' } },
    { name: 'marker on the deployment protects it alone', inventory: [svc('a', [staged(90, { props: { CleanupProtected: 'true' } }), dep('e', { days: 90 })])], expect: { 'a/d': 'keep:protected-deployment', 'a/e': 'delete:stale' } },
    { name: 'marker compares case-insensitively', inventory: [svc('a', [staged(90)], { cleanupprotected: ' TRUE ' })], expect: { 'a/d': 'keep:protected-service' } },
    { name: 'marker with another value does not protect', inventory: [svc('a', [staged(90)], { CleanupProtected: 'false' })], expect: { 'a/d': 'delete:stale' } },
    {
        name: 'custom marker',
        policy: { protectionMarker: { name: 'Owner', value: 'platform' } },
        inventory: [svc('a', [staged(90)], { Owner: 'platform' }), svc('b', [staged(90)], { CleanupProtected: 'true' })],
        expect: { 'a/d': 'keep:protected-service', 'b/d': 'delete:stale' },
    },
    {
        name: 'protection wins over every other rule (even slots listing production)',
        policy: { slots: ['production', 'staging'], maxAge: 'PT1S' },
        inventory: [svc('a', [dep('p', { slot: 'production', days: 900, props: { CleanupProtected: 'true' } })])],
        expect: { 'a/p': 'keep:protected-deployment' },
    },

    // ---- include / exclude globs (* and ?) on service and deployment names
    {
        name: 'exclude.services glob',
        policy: { exclude: { services: ['shop-*'] } },
        inventory: [svc('shop-web', [staged(90)]), svc('blog', [staged(90)])],
        expect: { 'shop-web/d': 'keep:excluded', 'blog/d': 'delete:stale' },
    },
    {
        name: 'include.services glob: others not included',
        policy: { include: { services: ['test-*', 'ci-??'] } },
        inventory: [svc('test-1', [staged(90)]), svc('ci-01', [staged(90)]), svc('ci-001', [staged(90)]), svc('prod', [staged(90)])],
        expect: { 'test-1/d': 'delete:stale', 'ci-01/d': 'delete:stale', 'ci-001/d': 'keep:not-included', 'prod/d': 'keep:not-included' },
    },
    {
        name: 'exclude.deployments and include.deployments',
        policy: { include: { deployments: ['build-*', 'keep-me'] }, exclude: { deployments: ['*-pinned'] } },
        inventory: [svc('a', [dep('build-7', { days: 90 }), dep('build-pinned', { days: 90 }), dep('other', { days: 90 })])],
        expect: { 'a/build-7': 'delete:stale', 'a/build-pinned': 'keep:excluded', 'a/other': 'keep:not-included' },
    },
    { name: 'globs are case-insensitive and anchored', policy: { exclude: { services: ['SHOP'] } }, inventory: [svc('shop', [staged(90)]), svc('shop2', [staged(90)])], expect: { 'shop/d': 'keep:excluded', 'shop2/d': 'delete:stale' } },
    {
        name: 'exclude wins over include',
        policy: { include: { services: ['*'] }, exclude: { services: ['*'] } },
        inventory: [svc('a', [staged(90)])],
        expect: { 'a/d': 'keep:excluded' },
    },

    // ---- statuses (default any)
    { name: 'default statuses: any', inventory: [svc('a', [staged(90, { status: 'Suspended' })]), svc('b', [staged(90)])], expect: { 'a/d': 'delete:stale', 'b/d': 'delete:stale' } },
    {
        name: 'statuses [Suspended]: running kept',
        policy: { statuses: ['suspended'] },
        inventory: [svc('a', [staged(90, { status: 'Suspended' })]), svc('b', [staged(90)])],
        expect: { 'a/d': 'delete:stale', 'b/d': 'keep:status-not-selected' },
    },

    // ---- breaker (maxDeletionsPerRun, default 20): oldest first
    {
        name: 'breaker keeps the youngest beyond maxDeletionsPerRun',
        policy: { maxDeletionsPerRun: 2 },
        inventory: [svc('a', [staged(10)]), svc('b', [staged(30)]), svc('c', [staged(20)])],
        expect: { 'a/d': 'keep:breaker', 'b/d': 'delete:stale', 'c/d': 'delete:stale' },
    },
    { name: 'breaker at 0 deletes nothing', policy: { maxDeletionsPerRun: 0 }, inventory: [svc('a', [staged(90)])], expect: { 'a/d': 'keep:breaker' } },
    {
        name: 'default breaker is 20',
        inventory: [svc('a', Array.from({ length: 21 }, (_, i) => dep(`d${String(i).padStart(2, '0')}`, { days: 10 + i })))],
        expect: Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`a/d${String(i).padStart(2, '0')}`, i === 0 ? 'keep:breaker' : 'delete:stale'])),
    },

    // ---- empty hosted services (deleteEmptyHostedServices, default false)
    { name: 'empty service kept by default', inventory: [svc('e', [])], expect: { e: 'keep:empty-services-disabled' } },
    { name: 'empty service deleted when enabled', policy: { deleteEmptyHostedServices: true }, inventory: [svc('e', [])], expect: { e: 'delete:empty' } },
    { name: 'protected empty service kept', policy: { deleteEmptyHostedServices: true }, inventory: [svc('e', [], { CleanupProtected: 'true' })], expect: { e: 'keep:protected-service' } },
    { name: 'excluded empty service kept', policy: { deleteEmptyHostedServices: true, exclude: { services: ['e*'] } }, inventory: [svc('e', [])], expect: { e: 'keep:excluded' } },
    {
        name: 'service emptied by this plan is deleted after its deployments',
        policy: { deleteEmptyHostedServices: true },
        inventory: [svc('a', [staged(90)]), svc('b', [staged(90), dep('young', { days: 1 })])],
        expect: { 'a/d': 'delete:stale', a: 'delete:empty-after-cleanup', 'b/d': 'delete:stale', 'b/young': 'keep:too-young' },
    },
    {
        name: 'service deletion counts against the breaker',
        policy: { deleteEmptyHostedServices: true, maxDeletionsPerRun: 1 },
        inventory: [svc('a', [staged(90)])],
        expect: { 'a/d': 'delete:stale', a: 'keep:breaker' },
    },
];

describe('plan (pure planner), table-driven', () => {
    for (const c of cases) {
        it(c.name, () => {
            const decisions = plan(c.inventory, policy(c.policy), c.marks ?? [], c.now ?? NOW);
            assert.deepEqual(outcome(decisions), c.expect);
        });
    }
});

describe('plan: grace period (marks in Table storage)', () => {
    const d = dep('d', { days: 30 });
    const grace = { gracePeriod: 'P3D' };
    const table: readonly { name: string; marks: Mark[]; expect: string }[] = [
        { name: 'first run marks (grace started)', marks: [], expect: 'mark:grace-started' },
        { name: 'grace not yet elapsed', marks: [markOf('a', d, 2)], expect: 'mark:grace-pending' },
        { name: 'grace elapsed exactly and unchanged: delete', marks: [markOf('a', d, 3)], expect: 'delete:grace-elapsed' },
        { name: 'grace elapsed long ago and unchanged: delete', marks: [markOf('a', d, 10)], expect: 'delete:grace-elapsed' },
        { name: 'redeployed since marked (privateId differs): grace restarts', marks: [markOf('a', d, 10, { privateId: 'old' })], expect: 'mark:grace-restarted' },
        { name: 'modified since marked (lastModifiedTime differs): grace restarts', marks: [markOf('a', d, 10, { lastModifiedTime: '2025-01-01T00:00:00Z' })], expect: 'mark:grace-restarted' },
        { name: 'marks match names case-insensitively', marks: [markOf('A', { ...d, name: 'D' }, 10)], expect: 'delete:grace-elapsed' },
    ];
    for (const c of table) {
        it(c.name, () => {
            const [decision] = plan([svc('a', [d])], policy(grace), c.marks, NOW);
            assert.equal(`${decision?.action}:${decision?.reason}`, c.expect);
        });
    }

    it('grace-started carries markedAt = now; pending keeps the original markedAt', () => {
        const [started] = plan([svc('a', [d])], policy(grace), [], NOW);
        assert.equal(started?.action === 'mark' ? started.markedAt : undefined, new Date(NOW).toISOString());
        const mark = markOf('a', d, 1);
        const [pending] = plan([svc('a', [d])], policy(grace), [mark], NOW);
        assert.equal(pending?.action === 'mark' ? pending.markedAt : undefined, mark.markedAt);
    });

    it('default gracePeriod is none: eligible means delete at once', () => {
        const [decision] = plan([svc('a', [d])], policy(), [], NOW);
        assert.equal(decision?.action, 'delete');
    });

    it('a marked deployment that became too young is kept (and its mark is not honoured)', () => {
        const fresh = dep('d', { days: 1 });
        const [decision] = plan([svc('a', [fresh])], policy(grace), [markOf('a', fresh, 10)], NOW);
        assert.equal(`${decision?.action}:${decision?.reason}`, 'keep:too-young');
    });
});

describe('plan: shape of the decisions', () => {
    it('gives every deployment exactly one decision, in inventory order, services after their deployments', () => {
        const inventory = [svc('a', [dep('x'), dep('y', { slot: 'production' })]), svc('b', []), svc('c', [dep('z', { days: 1 })])];
        const decisions = plan(inventory, policy({ deleteEmptyHostedServices: true }), [], NOW);
        assert.deepEqual(
            decisions.map((d) => (d.kind === 'service' ? d.serviceName : `${d.serviceName}/${d.deploymentName}`)),
            ['a/x', 'a/y', 'b', 'c/z'],
        );
    });

    it('a delete decision carries the age and a readable reason', () => {
        const [decision] = plan([svc('a', [dep('d', { days: 12.5 })])], policy(), [], NOW);
        assert.ok(decision?.kind === 'deployment' && decision.action === 'delete');
        assert.equal(decision.ageMs, 12.5 * DAY);
        assert.match(decision.detail, /12d 12h since lastModifiedTime, at least maxAge P7D/);
    });

    it('deleteDisks applies to VM deployments only, and only when the policy says so (default false)', () => {
        const inventory = [svc('a', [dep('vm', { vm: true, days: 30 }), dep('pkg', { slot: 'production', days: 30 })])];
        const byDefault = plan(inventory, policy({ slots: ['staging', 'production'] }), [], NOW);
        const withDisks = plan(inventory, policy({ slots: ['staging', 'production'], deleteDisks: true }), [], NOW);
        const disks = (ds: readonly Decision[]) => ds.map((d) => (d.kind === 'deployment' && d.action === 'delete' ? d.deleteDisks : undefined));
        assert.deepEqual(disks(byDefault), [false, false]);
        assert.deepEqual(disks(withDisks), [true, false]);
    });

    it('deletionBudget option overrides maxDeletionsPerRun (the worker re-plans with what it reserved)', () => {
        const inventory = [svc('a', [dep('x', { days: 30 }), dep('y', { days: 40 })])];
        assert.deepEqual(outcome(plan(inventory, policy(), [], NOW, { deletionBudget: 1 })), { 'a/x': 'keep:breaker', 'a/y': 'delete:stale' });
    });

    it('is pure: same inputs, same output, inputs untouched', () => {
        const inventory = [svc('a', [dep('x', { days: 30 })])];
        const frozen = JSON.stringify(inventory);
        const p = policy({ gracePeriod: 'P1D' });
        assert.deepEqual(plan(inventory, p, [], NOW), plan(inventory, p, [], NOW));
        assert.equal(JSON.stringify(inventory), frozen);
    });

    it('an eligible deployment without privateId is never deleted (it could not be re-checked)', () => {
        const d = { ...dep('d', { days: 30 }), privateId: undefined } as ReturnType<typeof dep>;
        const { privateId: _p, ...withoutId } = d;
        const [decision] = plan([svc('a', [withoutId])], policy(), [], NOW);
        assert.equal(`${decision?.action}:${decision?.reason}`, 'keep:no-timestamp');
    });
});
