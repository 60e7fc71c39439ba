import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { Deployment } from '../../../src/asm/models/deployment';
import type { HostedService } from '../../../src/asm/models/hostedService';
import type { StorageService } from '../../../src/asm/models/storageService';
import { demoEstate } from '../../../src/emulator/seeds/demoEstate';
import { generateEstate } from '../../../src/emulator/seeds/generateEstate';
import { validateSeed } from '../../../src/emulator/state/seed';
import { SeedError } from '../../../src/emulator/state/seed/SeedError';
import type { Estate } from '../../../src/emulator/state/store/records';
import { bodyAs, harness, OTHER_SUB, SUB } from './requests';

const NOW = Date.parse('2015-07-02T16:45:20Z');

test('the demo estate loads: old and new, production and staging, package and VM, protected and empty', () => {
    const h = harness(NOW);
    h.state.loadSeed(SUB, demoEstate);
    const services = bodyAs<HostedService[]>(h.call('listHostedServices'));
    assert.deepEqual(services.map((s) => s.serviceName), [
        'contoso-build-agents',
        'contoso-empty',
        'contoso-legacy-api',
        'contoso-shop',
        'contoso-vm-web',
        'contoso-winvm',
    ]);
    const shop = bodyAs<HostedService>(h.call('getHostedServiceProperties', { pathParams: { serviceName: 'contoso-shop' }, query: { embedDetail: 'true' } }));
    assert.equal(shop.hostedServiceProperties?.extendedProperties?.['CleanupProtected'], 'true');
    assert.deepEqual(shop.deployments?.map((d) => [d.name, d.deploymentSlot, d.status, d.createdTime]), [
        ['shop-v41', 'Production', 'Running', '2015-03-04T16:45:20Z'],
        ['shop-v42-rc1', 'Staging', 'Suspended', '2015-06-30T16:45:20Z'],
    ]);
    const legacy = bodyAs<Deployment>(h.call('getDeploymentBySlot', { pathParams: { serviceName: 'contoso-legacy-api', deploymentSlot: 'production' } }));
    assert.equal(legacy.createdTime, '2014-03-02T10:00:00Z');
    assert.equal(legacy.roleInstanceList?.length, 2);
    const web = bodyAs<Deployment>(h.call('getDeploymentBySlot', { pathParams: { serviceName: 'contoso-vm-web', deploymentSlot: 'production' } }));
    assert.deepEqual(web.roleInstanceList?.map((i) => [i.instanceName, i.instanceStatus, i.powerState]), [
        ['web01', 'ReadyRole', 'Started'],
        ['web02', 'StoppedVM', 'Stopped'],
    ]);
    const empty = bodyAs<HostedService>(h.call('getHostedServiceProperties', { pathParams: { serviceName: 'contoso-empty' }, query: { embedDetail: 'true' } }));
    assert.deepEqual(empty.deployments, []);
    const accounts = bodyAs<StorageService[]>(h.call('listStorageAccounts'));
    assert.deepEqual(accounts.map((a) => a.serviceName), ['contosologs2015', 'portalvhdsdemo01']);
    const estate = h.state.snapshot(SUB) as Estate;
    assert.equal(Object.keys(estate.disks).length, 4);
    assert.equal(estate.blobs.length, 6);
});

test('loading a seed is reproducible and replaces the subscription; other subscriptions stay as they were', () => {
    const h = harness(NOW);
    h.call('createHostedService', { body: { serviceName: 'gone-after-load', label: 'l', location: 'West US' } });
    h.call('createHostedService', { body: { serviceName: 'other', label: 'l', location: 'West US' }, subscriptionId: OTHER_SUB });
    h.state.loadSeed(SUB, demoEstate);
    const first = h.state.snapshot(SUB);
    h.state.loadSeed(SUB, demoEstate);
    assert.deepEqual(h.state.snapshot(SUB), first);
    assert.equal((first as Estate).hostedServices['gone-after-load'], undefined);
    assert.deepEqual(Object.keys((h.state.snapshot(OTHER_SUB) as Estate).hostedServices), ['other']);
});

test('snapshots are deep copies', () => {
    const h = harness(NOW);
    h.state.loadSeed(SUB, demoEstate);
    const snap = h.state.snapshot(SUB) as Estate;
    const shop = snap.hostedServices['contoso-shop'];
    assert.ok(shop);
    shop.label = 'changed';
    assert.equal(bodyAs<HostedService>(h.call('getHostedServiceProperties', { pathParams: { serviceName: 'contoso-shop' } })).hostedServiceProperties?.label, 'Contoso shop');
});

test('seed validation names the bad field', () => {
    const bad: [unknown, RegExp][] = [
        [[], /^Invalid seed: seed: expected an object, got an array$/],
        [{ hostedServices: [{ name: 'ok', location: 'West US' }, { name: '-bad', location: 'West US' }] }, /hostedServices\[1\]\.name: '-bad' is not a valid hosted service name/],
        [{ hostedServices: [{ name: 'a' }] }, /hostedServices\[0\]: needs exactly one of location and affinityGroup/],
        [{ hostedServices: [{ name: 'a', location: 'Atlantis' }] }, /hostedServices\[0\]\.location: expected one of East US, West US/],
        [{ hostedServices: [{ name: 'a', location: 'West US', deployments: [{ name: 'd', slot: 'prod', roles: [{ name: 'r' }] }] }] }, /hostedServices\[0\]\.deployments\[0\]\.slot: expected one of production, staging, got 'prod'/],
        [
            { hostedServices: [{ name: 'a', location: 'West US', deployments: [{ name: 'd', slot: 'production', roles: [{ name: 'r' }] }, { name: 'e', slot: 'Production', roles: [{ name: 'r' }] }] }] },
            /hostedServices\[0\]\.deployments\[1\]\.slot: a second deployment in the production slot/,
        ],
        [{ hostedServices: [{ name: 'a', location: 'West US', deployments: [{ name: 'd', slot: 'staging' }] }] }, /deployments\[0\]: needs exactly one of roles .* and virtualMachines/],
        [
            { hostedServices: [{ name: 'a', location: 'West US', deployments: [{ name: 'd', slot: 'staging', virtualMachines: [{ name: 'vm', osImage: 'nope' }] }] }] },
            /deployments\[0\]\.virtualMachines\[0\]\.osImage: no OS image named 'nope' in osImages/,
        ],
        [{ storageAccounts: [{ name: 'Bad_Name', location: 'West US' }] }, /storageAccounts\[0\]\.name: 'Bad_Name' is not valid/],
        [{ storageAccounts: [{ name: 'abc', location: 'West US', primaryKey: 'short' }] }, /storageAccounts\[0\]\.primaryKey: 'short' is not valid \(base64 of 64 bytes\)/],
        [{ hostedServices: [{ name: 'a', location: 'West US', dateCreated: 'yesterday' }] }, /hostedServices\[0\]\.dateCreated: expected an ISO 8601 time or -Nd\/-Nh\/-Nm, got 'yesterday'/],
        [{ hostedServices: [{ name: 'a', location: 'West US', deploymnets: [] }] }, /hostedServices\[0\]\.deploymnets: unknown field/],
        [{ hostedServices: [{ name: 'a', location: 'West US' }, { name: 'A', location: 'West US' }] }, /hostedServices\[1\]\.name: duplicate hosted service 'A' \(also at index 0\)/],
        [{ osImages: [{ name: 'i', label: 'l', os: 'BeOS' }] }, /osImages\[0\]\.os: expected one of Linux, Windows, got 'BeOS'/],
        [{ hostedServices: [{ name: 'a', affinityGroup: 'ag' }] }, /hostedServices\[0\]\.affinityGroup: no affinity group named 'ag' in affinityGroups/],
    ];
    for (const [seed, message] of bad) {
        assert.throws(() => validateSeed(seed), (e: unknown) => e instanceof SeedError && message.test(e.message), `expected ${message}`);
    }
    assert.throws(() => harness().state.loadSeed(SUB, { hostedServices: 'x' }), /hostedServices: expected an array/);
});

test('generateEstate is deterministic and loads', () => {
    const a = generateEstate({ services: 50, deploymentsPerService: 2, seed: 42 });
    assert.deepEqual(generateEstate({ services: 50, deploymentsPerService: 2, seed: 42 }), a);
    assert.notDeepEqual(generateEstate({ services: 50, deploymentsPerService: 2, seed: 43 }), a);
    assert.equal(a.hostedServices?.length, 50);
    assert.ok(a.hostedServices?.every((s) => s.deployments?.length === 2));
    assert.ok(a.hostedServices?.some((s) => s.extendedProperties?.['CleanupProtected'] === 'true'));
    const h = harness(NOW);
    h.state.loadSeed(SUB, a);
    assert.equal(bodyAs<HostedService[]>(h.call('listHostedServices')).length, 50);
    assert.throws(() => generateEstate({ services: 1, deploymentsPerService: 3, seed: 1 }), RangeError);
});
