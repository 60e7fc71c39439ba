import assert from 'node:assert/strict';
import { test } from 'node:test';

import { catalogue, findOperation, operations } from '../../src/asm/operations/catalogue';
import { DEFAULT_X_MS_VERSION } from '../../src/asm/operations/OperationSpec';
import { type BodySchema, type Fields, isListDocument } from '../../src/asm/schema/schema';

const templateParams = (path: string) => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);

const fieldsOf = (schema: BodySchema): Fields => (isListDocument(schema) ? schema.of.fields : schema.fields);

test('every operation is registered under its own name, once', () => {
    for (const [key, op] of Object.entries(operations)) assert.equal(op.name, key);
    assert.equal(new Set(catalogue.map((o) => o.name)).size, catalogue.length);
    assert.equal(findOperation('listLocations')?.path, '/{subscriptionId}/locations');
    assert.equal(findOperation('nope'), undefined);
});

test('the catalogue holds the operations of the brief', () => {
    const expected = [
        'listLocations',
        'createHostedService', 'listHostedServices', 'getHostedServiceProperties', 'updateHostedService', 'deleteHostedService',
        'checkHostedServiceNameAvailability',
        'createDeployment', 'getDeploymentBySlot', 'getDeploymentByName', 'deleteDeployment', 'updateDeploymentStatus',
        'changeDeploymentConfiguration', 'swapDeployment',
        'createStorageAccount', 'listStorageAccounts', 'getStorageAccountProperties', 'getStorageAccountKeys',
        'regenerateStorageAccountKeys', 'deleteStorageAccount', 'checkStorageAccountNameAvailability',
        'getOperationStatus',
        'listOperatingSystems', 'listOperatingSystemFamilies',
        'addOsImage', 'listOsImages', 'getOsImage', 'deleteOsImage',
        'createVirtualMachineDeployment', 'shutdownRole', 'startRole', 'restartRole', 'captureVmImage',
        'listVmImages', 'deleteVmImage',
        'listRoleSizes',
    ];
    assert.deepEqual(catalogue.map((o) => o.name).sort(), [...expected].sort());
});

test('path templates start with the subscription and name exactly the pathParams keys, in order', () => {
    for (const op of catalogue) {
        assert.ok(op.path.startsWith('/{subscriptionId}/'), op.name);
        assert.ok(!op.path.includes('?'), `${op.name}: queries go in fixedQuery/query, not the path`);
        assert.deepEqual(templateParams(op.path).slice(1), Object.keys(op.pathParams ?? {}), op.name);
        for (const [name, param] of Object.entries(op.pathParams ?? {})) {
            assert.equal(param.required, true, `${op.name}.${name}`);
        }
    }
});

test('x-ms-version is the Python SDK’s, statuses are 2xx, and async operations answer 202', () => {
    for (const op of catalogue) {
        assert.equal(op.xMsVersion, DEFAULT_X_MS_VERSION, op.name);
        assert.ok(op.statuses.length > 0 && op.statuses.every((s) => s >= 200 && s < 300), op.name);
        if (op.async === true) assert.deepEqual(op.statuses, [202], op.name);
        if (op.async === false) assert.ok(!op.statuses.includes(202), op.name);
        if (typeof op.async === 'string') {
            const flag = op.async.slice('whenFlag:'.length);
            assert.equal(op.query?.[flag]?.mode, 'flag', `${op.name}: ${op.async} names a flag`);
            assert.ok(op.statuses.includes(202), op.name);
        }
        if (op.method === 'GET') assert.equal(op.request, undefined, `${op.name}: GET has no body`);
    }
});

test('statuses and async are those the recordings and facts show', () => {
    const facts: Record<string, [number[], boolean | string]> = {
        createHostedService: [[201], false],
        deleteHostedService: [[200, 202], 'whenFlag:complete'],
        createStorageAccount: [[202], true],
        deleteStorageAccount: [[200], false],
        regenerateStorageAccountKeys: [[200], false],
        createDeployment: [[202], true],
        deleteDeployment: [[202], true],
        updateDeploymentStatus: [[202], true],
        changeDeploymentConfiguration: [[202], true],
        swapDeployment: [[202], true],
        addOsImage: [[200], false],
        deleteOsImage: [[200], false],
        createVirtualMachineDeployment: [[202], true],
        shutdownRole: [[202], true],
        startRole: [[202], true],
        restartRole: [[202], true],
        captureVmImage: [[202], true],
        deleteVmImage: [[202], true],
    };
    for (const [name, [statuses, async]] of Object.entries(facts)) {
        const op = findOperation(name);
        assert.deepEqual(op?.statuses, statuses, name);
        assert.equal(op?.async, async, name);
    }
    assert.equal(findOperation('addOsImage')?.response?.root, 'OSImage');
});

test('operations sharing method and path differ by fixed query or request body root', () => {
    const seen = new Map<string, string>();
    for (const op of catalogue) {
        const path = op.path.toLowerCase().replace(/\{[^}]+\}/g, '{}').replace(/\/$/, '');
        const key = `${op.method} ${path} ${JSON.stringify(op.fixedQuery ?? {})} ${op.request?.root ?? ''}`;
        assert.equal(seen.get(key), undefined, `${op.name} collides with ${seen.get(key)}`);
        seen.set(key, op.name);
    }
});

test('role operations share one path, differ by root, and pin OperationType to their root', () => {
    const roleOps = ['shutdownRole', 'startRole', 'restartRole', 'captureVmImage'].map((n) => findOperation(n));
    assert.equal(new Set(roleOps.map((o) => o?.path)).size, 1);
    for (const op of roleOps) {
        const request = op?.request;
        assert.ok(request !== undefined && !isListDocument(request));
        assert.deepEqual(op?.requestConstants, { operationType: request.root });
        const field = request.fields['operationType'];
        assert.ok(field?.kind === 'string');
        assert.equal(field.xml, 'OperationType');
        assert.deepEqual(field.enum, [request.root]);
        assert.equal(Object.keys(request.fields)[0], 'operationType', 'OperationType comes first');
    }
});

test('model keys are camelCase and XML element names PascalCase (or ASM’s own spellings)', () => {
    const check = (fields: Fields, where: string) => {
        for (const [key, field] of Object.entries(fields)) {
            assert.match(key, /^[a-z][A-Za-z0-9]*$/, `${where}.${key}`);
            assert.match(field.xml, /^[A-Z][A-Za-z0-9]*$/, `${where}.${key} <${field.xml}>`);
            if (field.kind === 'object') check(field.fields, `${where}.${key}`);
            if (field.kind === 'list' && field.of.kind === 'object') check(field.of.fields, `${where}.${key}[]`);
        }
    };
    for (const op of catalogue) {
        if (op.request) check(fieldsOf(op.request), `${op.name}.request`);
        if (op.response) check(fieldsOf(op.response), `${op.name}.response`);
    }
});

test('the Python attribute names with irregular XML spellings map as models.py says', () => {
    const deployment = findOperation('getDeploymentByName')?.response;
    assert.ok(deployment !== undefined && !isListDocument(deployment));
    assert.equal(deployment.fields['privateId']?.xml, 'PrivateID');
    const role = deployment.fields['roleList'];
    assert.ok(role?.kind === 'list' && role.of.kind === 'object');
    assert.equal(role.of.fields['osVirtualHardDisk']?.xml, 'OSVirtualHardDisk');
    const image = findOperation('getOsImage')?.response;
    assert.ok(image !== undefined && !isListDocument(image));
    assert.equal(image.fields['logicalSizeInGb']?.xml, 'LogicalSizeInGB');
    assert.equal(image.fields['os']?.xml, 'OS');
    const families = findOperation('listOperatingSystemFamilies')?.response;
    assert.ok(families !== undefined && isListDocument(families));
    assert.equal(families.of.fields['operatingSystems']?.xml, 'OperatingSystems');
});
