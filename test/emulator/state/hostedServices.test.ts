import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { AvailabilityResponse, HostedService } from '../../../src/asm/models/hostedService';
import { assertAsmError, bodyAs, guid, harness, OTHER_SUB, SUB } from './requests';

const create = (name: string, extra: Record<string, unknown> = {}) => ({
    body: { serviceName: name, label: `${name}label`, description: `${name} description`, location: 'West US', extendedProperties: { ext1: 'val1', ext2: '42' }, ...extra },
});

test('create → get → update → delete a hosted service, as recorded', () => {
    const h = harness();
    const created = h.call('createHostedService', create('utsvc1ee3195f'));
    assert.equal(created.status, 201);
    assert.equal(created.body, undefined);
    assert.deepEqual(created.headers, { Location: `https://management.core.windows.net/subscriptions/${SUB}/compute/utsvc1ee3195f` });

    const status = h.call('getOperationStatus', { pathParams: { requestId: created.requestId } });
    assert.deepEqual(status.body, { id: guid(created.requestId), status: 'Succeeded', httpStatusCode: 200 });

    const got = bodyAs<HostedService>(h.call('getHostedServiceProperties', { pathParams: { serviceName: 'utsvc1ee3195f' }, query: { embedDetail: 'false' } }));
    assert.equal(got.url, `https://management.core.windows.net/${SUB}/services/hostedservices/utsvc1ee3195f`);
    assert.equal(got.serviceName, 'utsvc1ee3195f');
    assert.deepEqual(got.hostedServiceProperties, {
        description: 'utsvc1ee3195f description',
        location: 'West US',
        label: 'utsvc1ee3195flabel',
        status: 'Created',
        dateCreated: '2015-07-02T16:45:20Z',
        dateLastModified: '2015-07-02T16:45:20Z',
        extendedProperties: { ext1: 'val1', ext2: '42' },
    });
    assert.equal(got.deployments, undefined);

    h.tick(2000);
    const updated = h.call('updateHostedService', {
        pathParams: { serviceName: 'utsvc1ee3195f' },
        body: { label: 'ptvslabelupdate', description: 'ptvs description update', extendedProperties: { ext2: 'val2update', ext3: 'brandnew' } },
    });
    assert.equal(updated.status, 200);
    const after = bodyAs<HostedService>(h.call('getHostedServiceProperties', { pathParams: { serviceName: 'utsvc1ee3195f' } }));
    assert.equal(after.hostedServiceProperties?.label, 'ptvslabelupdate');
    assert.equal(after.hostedServiceProperties?.dateLastModified, '2015-07-02T16:45:22Z');
    assert.deepEqual(after.hostedServiceProperties?.extendedProperties, { ext1: 'val1', ext2: 'val2update', ext3: 'brandnew' });

    const deleted = h.call('deleteHostedService', { pathParams: { serviceName: 'utsvc1ee3195f' } });
    assert.equal(deleted.status, 200);
    assertAsmError(
        () => h.call('getHostedServiceProperties', { pathParams: { serviceName: 'utsvc1ee3195f' } }),
        404,
        'ResourceNotFound',
        'The hosted service does not exist.',
    );
});

test('names are unique per subscription, case-insensitively, and subscriptions are separate', () => {
    const h = harness();
    h.call('createHostedService', create('svc-a'));
    assertAsmError(() => h.call('createHostedService', create('SVC-A')), 409, 'ConflictError', 'The specified DNS name is already taken.');
    assert.equal(h.call('createHostedService', { ...create('svc-a'), subscriptionId: OTHER_SUB }).status, 201);
    const list = bodyAs<HostedService[]>(h.call('listHostedServices'));
    assert.deepEqual(list.map((s) => s.serviceName), ['svc-a']);
    assert.deepEqual(bodyAs<HostedService[]>(h.call('listHostedServices', { subscriptionId: '99999999-0000-0000-0000-000000000000' })), []);
});

test('invalid names and placements are refused with ASM errors', () => {
    const h = harness();
    assertAsmError(() => h.call('createHostedService', create('-bad-')), 400, 'BadRequest', 'The hosted service name is invalid.');
    assertAsmError(() => h.call('createHostedService', create('svc', { location: undefined })), 400, 'BadRequest', /Location and AffinityGroup/);
    assertAsmError(() => h.call('createHostedService', create('svc', { affinityGroup: 'ag' })), 400, 'BadRequest', /Location and AffinityGroup/);
    assertAsmError(() => h.call('createHostedService', create('svc', { location: undefined, affinityGroup: 'ag' })), 404, 'ResourceNotFound', 'The affinity group does not exist.');
    assertAsmError(() => h.call('createHostedService', create('svc', { location: 'Mars Central' })), 400, 'BadRequest', /Mars Central/);
    assert.equal(h.call('createHostedService', create('svc', { location: 'west us' })).status, 201);
    const got = bodyAs<HostedService>(h.call('getHostedServiceProperties', { pathParams: { serviceName: 'svc' } }));
    assert.equal(got.hostedServiceProperties?.location, 'West US');
});

test('a failed synchronous call is in the operation log as Failed', () => {
    const h = harness();
    const requestId = 'a'.repeat(32);
    assertAsmError(() => h.call('createHostedService', { ...create('-x'), requestId }), 400, 'BadRequest', 'The hosted service name is invalid.');
    assert.deepEqual(h.call('getOperationStatus', { pathParams: { requestId } }).body, {
        id: guid(requestId),
        status: 'Failed',
        httpStatusCode: 400,
        error: { code: 'BadRequest', message: 'The hosted service name is invalid.' },
    });
});

test('name availability answers AvailabilityResponse, as recorded', () => {
    const h = harness();
    h.call('createHostedService', create('utsvcab8203f'));
    assert.deepEqual(bodyAs<AvailabilityResponse>(h.call('checkHostedServiceNameAvailability', { pathParams: { serviceName: 'utsvcab8203f' } })), {
        result: false,
        reason: 'A hosted service with the specified name already exists.',
    });
    assert.deepEqual(bodyAs<AvailabilityResponse>(h.call('checkHostedServiceNameAvailability', { pathParams: { serviceName: 'free-name' } })), { result: true });
});
