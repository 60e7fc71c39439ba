import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { AvailabilityResponse } from '../../../src/asm/models/hostedService';
import type { Operation } from '../../../src/asm/models/operationStatus';
import type { StorageService } from '../../../src/asm/models/storageService';
import { assertAsmError, bodyAs, guid, harness, SUB } from './requests';

const create = (name: string, extra: Record<string, unknown> = {}) => ({
    body: {
        serviceName: name,
        description: `${name}description`,
        label: `${name}label`,
        location: 'West US',
        extendedProperties: { ext1: 'val1', ext2: '42' },
        accountType: 'Standard_GRS',
        ...extra,
    },
});
const named = (name: string) => ({ pathParams: { serviceName: name } });

test('create (202, Location) → Creating while InProgress → Created, with recorded shapes', () => {
    const h = harness();
    h.state.setDefaultOperationDuration(20_000);
    const created = h.call('createStorageAccount', create('utstor36ea155e'));
    assert.equal(created.status, 202);
    assert.equal(created.body, undefined);
    assert.deepEqual(created.headers, { Location: `https://management.core.windows.net/subscriptions/${SUB}/storage/utstor36ea155e` });

    const status = () => bodyAs<Operation>(h.call('getOperationStatus', { pathParams: { requestId: created.requestId } }));
    assert.deepEqual(status(), { id: guid(created.requestId), status: 'InProgress' });
    const listed = bodyAs<StorageService[]>(h.call('listStorageAccounts'));
    assert.equal(listed[0]?.storageServiceProperties?.status, 'Creating');
    assert.equal(listed[0]?.url, `https://management.core.windows.net/${SUB}/services/storageservices/utstor36ea155e`);

    h.tick(20_000);
    assert.deepEqual(status(), { id: guid(created.requestId), status: 'Succeeded', httpStatusCode: 200 });
    const got = bodyAs<StorageService>(h.call('getStorageAccountProperties', named('utstor36ea155e')));
    assert.deepEqual(got, {
        url: `https://management.core.windows.net/${SUB}/services/storageservices/utstor36ea155e`,
        serviceName: 'utstor36ea155e',
        storageServiceProperties: {
            description: 'utstor36ea155edescription',
            location: 'West US',
            label: 'utstor36ea155elabel',
            status: 'Created',
            endpoints: [
                'https://utstor36ea155e.blob.core.windows.net/',
                'https://utstor36ea155e.queue.core.windows.net/',
                'https://utstor36ea155e.table.core.windows.net/',
                'https://utstor36ea155e.file.core.windows.net/',
            ],
            geoPrimaryRegion: 'West US',
            statusOfPrimary: 'Available',
            geoSecondaryRegion: 'East US',
            statusOfSecondary: 'Available',
            creationTime: '2015-07-02T16:45:20Z',
            customDomains: [],
            accountType: 'Standard_GRS',
        },
        extendedProperties: { ext1: 'val1', ext2: '42', ResourceGroup: 'Default-Storage-WestUS', ResourceLocation: 'West US' },
        capabilities: ['PersistentVMRole'],
    });
});

test('keys are 64 random bytes in base64; regenerating one leaves the other', () => {
    const h = harness();
    h.call('createStorageAccount', create('utstora891927', { accountType: 'Standard_LRS' }));
    const keys = bodyAs<StorageService>(h.call('getStorageAccountKeys', named('utstora891927')));
    assert.equal(keys.url, `https://management.core.windows.net/${SUB}/services/storageservices/utstora891927`);
    const { primary = '', secondary = '' } = keys.storageServiceKeys ?? {};
    for (const key of [primary, secondary]) {
        assert.equal(key.length, 88);
        assert.equal(Buffer.from(key, 'base64').length, 64);
    }
    assert.notEqual(primary, secondary);
    const regenerated = h.call('regenerateStorageAccountKeys', { ...named('utstora891927'), body: { keyType: 'Secondary' } });
    assert.equal(regenerated.status, 200);
    const after = bodyAs<StorageService>(regenerated).storageServiceKeys;
    assert.equal(after?.primary, primary);
    assert.notEqual(after?.secondary, secondary);
    assert.deepEqual(bodyAs<StorageService>(h.call('getStorageAccountKeys', named('utstora891927'))).storageServiceKeys, after);
    const props = bodyAs<StorageService>(h.call('getStorageAccountProperties', named('utstora891927'))).storageServiceProperties;
    assert.equal(props?.geoSecondaryRegion, '');
});

test('names: invalid → 400, taken → 409, availability as recorded; delete → 404 as recorded', () => {
    const h = harness();
    assertAsmError(
        () => h.call('createStorageAccount', create('utstor55f51dea啊齄丂狛狜')),
        400,
        'BadRequest',
        'The name is not a valid storage account name. Storage account names must be between 3 and 24 characters in length and use numbers and lower-case letters only.',
    );
    h.call('createStorageAccount', create('utstor942c21f2'));
    assertAsmError(() => h.call('createStorageAccount', create('utstor942c21f2')), 409, 'ConflictError', "A storage account named 'utstor942c21f2' already exists in the subscription.");
    assert.deepEqual(bodyAs<AvailabilityResponse>(h.call('checkStorageAccountNameAvailability', named('utstor942c21f2'))), {
        result: false,
        reason: "A storage account named 'utstor942c21f2' already exists in the subscription.",
    });
    assert.deepEqual(bodyAs<AvailabilityResponse>(h.call('checkStorageAccountNameAvailability', named('utstore2c2042'))), { result: true });
    assert.equal(h.call('deleteStorageAccount', named('utstor942c21f2')).status, 200);
    assertAsmError(() => h.call('getStorageAccountProperties', named('utstor942c21f2')), 404, 'ResourceNotFound', "The storage account 'utstor942c21f2' was not found.");
    assertAsmError(() => h.call('deleteStorageAccount', named('utstor942c21f2')), 404, 'ResourceNotFound', "The storage account 'utstor942c21f2' was not found.");
});

test('an account still being created is held exclusively; a failed create leaves no account', () => {
    const h = harness();
    h.state.scriptOperation('createStorageAccount', { outcome: 'fail', durationMs: 5000 });
    const created = h.call('createStorageAccount', create('utstorheld'));
    assertAsmError(
        () => h.call('deleteStorageAccount', named('utstorheld')),
        409,
        'ConflictError',
        `Windows Azure is currently performing an operation with x-ms-requestid ${created.requestId} on this storage account that requires exclusive access.`,
    );
    h.tick(5000);
    assert.deepEqual(bodyAs<StorageService[]>(h.call('listStorageAccounts')), []);
    assert.deepEqual(bodyAs<Operation>(h.call('getOperationStatus', { pathParams: { requestId: created.requestId } })), {
        id: guid(created.requestId),
        status: 'Failed',
        httpStatusCode: 500,
        error: { code: 'InternalError', message: 'The server encountered an internal error. Please retry the request.' },
    });
});

test('an account whose blobs back disks or images cannot be deleted', () => {
    const h = harness();
    h.call('createStorageAccount', create('portalvhdsx1'));
    h.call('addOsImage', { body: { label: 'img', mediaLink: 'https://portalvhdsx1.blob.core.windows.net/images/a.vhd', name: 'myimage', os: 'Linux' } });
    assertAsmError(
        () => h.call('deleteStorageAccount', named('portalvhdsx1')),
        409,
        'ConflictError',
        'Storage account portalvhdsx1 has some active image(s) and/or disk(s), e.g. myimage. Ensure these image(s) and/or disk(s) are removed before deleting this storage account.',
    );
});
