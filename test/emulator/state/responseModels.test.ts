import assert from 'node:assert/strict';
import { test } from 'node:test';

import { findOperation } from '../../../src/asm/operations/catalogue';
import { validateModel } from '../../../src/asm/schema/validate';
import type { EmulatorResponse } from '../../../src/emulator/EmulatorContract';
import { demoEstate } from '../../../src/emulator/seeds/demoEstate';
import { toXml } from '../../../src/xml/modelXml';
import { harness, SUB } from './requests';

/** What the transport does with an answer: serialize the model with the operation's response schema. */
function assertSerializable(operationName: string, response: EmulatorResponse): void {
    const schema = findOperation(operationName)?.response;
    if (schema === undefined) {
        assert.equal(response.body, undefined, `${operationName} has no response schema but answered a body`);
        return;
    }
    const issues = validateModel(schema, response.body);
    assert.deepEqual(issues, [], `${operationName} answered a model its schema refuses`);
    assert.doesNotThrow(() => toXml(schema, response.body as never), `${operationName} does not serialize`);
}

test('every answer of the demo estate validates against, and serializes with, its response schema', () => {
    const h = harness();
    h.state.loadSeed(SUB, demoEstate);
    const calls: [string, Parameters<typeof h.call>[1]][] = [
        ['listLocations', {}],
        ['listRoleSizes', {}],
        ['listOperatingSystems', {}],
        ['listOperatingSystemFamilies', {}],
        ['listHostedServices', {}],
        ['getHostedServiceProperties', { pathParams: { serviceName: 'contoso-shop' }, query: { embedDetail: 'true' } }],
        ['getHostedServiceProperties', { pathParams: { serviceName: 'contoso-vm-web' }, query: { embedDetail: 'true' } }],
        ['getHostedServiceProperties', { pathParams: { serviceName: 'contoso-empty' } }],
        ['getDeploymentBySlot', { pathParams: { serviceName: 'contoso-winvm', deploymentSlot: 'production' } }],
        ['getDeploymentByName', { pathParams: { serviceName: 'contoso-build-agents', deploymentName: 'build-agents-staging' } }],
        ['checkHostedServiceNameAvailability', { pathParams: { serviceName: 'contoso-shop' } }],
        ['listStorageAccounts', {}],
        ['getStorageAccountProperties', { pathParams: { serviceName: 'portalvhdsdemo01' } }],
        ['getStorageAccountKeys', { pathParams: { serviceName: 'portalvhdsdemo01' } }],
        ['regenerateStorageAccountKeys', { pathParams: { serviceName: 'portalvhdsdemo01' }, body: { keyType: 'Primary' } }],
        ['checkStorageAccountNameAvailability', { pathParams: { serviceName: 'portalvhdsdemo01' } }],
        ['listOsImages', {}],
        ['getOsImage', { pathParams: { imageName: 'contoso-centos-golden' } }],
        ['addOsImage', { body: { label: 'l', mediaLink: 'https://portalvhdsdemo01.blob.core.windows.net/images/n.vhd', name: 'new-image', os: 'Windows' } }],
        ['listVmImages', {}],
        ['createHostedService', { body: { serviceName: 'fresh', label: 'l', location: 'West US' } }],
        ['createStorageAccount', { body: { serviceName: 'freshstore', label: 'l', location: 'West US' } }],
    ];
    for (const [name, call] of calls) assertSerializable(name, h.call(name, call));
    const { requestId } = h.call('deleteDeployment', { pathParams: { serviceName: 'contoso-shop', deploymentName: 'shop-v42-rc1' } });
    assertSerializable('getOperationStatus', h.call('getOperationStatus', { pathParams: { requestId } }));
});
