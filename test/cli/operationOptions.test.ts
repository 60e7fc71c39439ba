import assert from 'node:assert/strict';
import { test } from 'node:test';

import { catalogue, operations } from '../../src/asm/operations/catalogue';
import { findResultOperation } from '../../src/cli/findResultOperation';
import { operationOptions } from '../../src/cli/operationOptions';
import { paramNames } from '../../src/client/request/paramNames';

test('every catalogue operation has its options: the client’s parameter names minus pinned fields, none shadowing a global option', () => {
    for (const spec of catalogue) {
        const options = operationOptions(spec);
        const names = paramNames(spec);
        const pinned = new Set(Object.keys(spec.requestConstants ?? {}));
        const expected = [...names.path, ...names.query, ...(names.body.includes('body') ? [] : names.body)].filter((n) => !pinned.has(n));
        assert.deepEqual(options.map((o) => o.name), [...new Set(expected)], spec.name);
        for (const o of options) {
            if (o.source === 'path') assert.equal(o.required, true, `${spec.name} --${o.name}`);
        }
    }
});

test('option sources and types come from the schema', () => {
    const byName = (spec: (typeof catalogue)[number]) => Object.fromEntries(operationOptions(spec).map((o) => [o.name, o]));
    const embed = byName(operations.getHostedServiceProperties);
    assert.equal(embed['serviceName']?.source, 'path');
    assert.equal(embed['embedDetail']?.source, 'query');
    assert.equal(embed['embedDetail']?.field.kind, 'bool');
    const del = byName(operations.deleteHostedService)['complete'];
    assert.equal(del?.source, 'flag');
    assert.equal(del?.field.kind, 'bool');
    const vm = byName(operations.createVirtualMachineDeployment);
    assert.equal(vm['roleList']?.field.kind, 'list');
    assert.equal(vm['roleList']?.required, true);
    assert.equal(vm['dns']?.field.kind, 'object');
    assert.equal(byName(operations.createHostedService)['extendedProperties']?.field.kind, 'dict');
});

test('a create operation reads back what it created with the catalogue’s get operation', () => {
    assert.deepEqual(
        findResultOperation(operations.createStorageAccount, { serviceName: 'st1', label: 'l' }),
        { operation: operations.getStorageAccountProperties, params: { serviceName: 'st1' } },
    );
    assert.deepEqual(
        findResultOperation(operations.createDeployment, { serviceName: 's', deploymentSlot: 'staging', name: 'd' }),
        { operation: operations.getDeploymentBySlot, params: { serviceName: 's', deploymentSlot: 'staging' } },
    );
    assert.deepEqual(
        findResultOperation(operations.createVirtualMachineDeployment, { serviceName: 's', deploymentName: 'd', deploymentSlot: 'production' }),
        { operation: operations.getDeploymentBySlot, params: { serviceName: 's', deploymentSlot: 'production' } },
    );
    assert.deepEqual(findResultOperation(operations.createHostedService, { serviceName: 'h' }), {
        operation: operations.getHostedServiceProperties,
        params: { serviceName: 'h' },
    });
    assert.equal(findResultOperation(operations.deleteDeployment, { serviceName: 's', deploymentName: 'd' }), undefined);
    assert.equal(findResultOperation(operations.listLocations, {}), undefined);
});
