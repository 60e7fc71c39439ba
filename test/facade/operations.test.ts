import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { catalogue } from '../../src/asm/operations/catalogue';
import { validateModel } from '../../src/asm/schema/validate';
import { operationStatusSchema } from '../../src/facade/schemas/operationStatusSchema';
import { type CallInit, type CallResult, type FacadeHarness, startFacade } from './helpers/facadeHarness';
import { blob, cscfg, FACADE_SEED, LOCATION, STORE, UBUNTU, linuxVmBody } from './helpers/facadeSeed';

let h: FacadeHarness;
/** Operations answered with a success status, to prove every handler ran. */
const succeeded = new Set<string>();

before(async () => {
    h = await startFacade({ emulator: { seed: FACADE_SEED } });
});
after(async () => {
    await h.close();
});

/** Calls an operation, expects `status`, checks the body against the operation's schema; returns the answer. */
async function ok(operationId: string, status: number, init: CallInit = {}): Promise<CallResult> {
    const res = await h.call(operationId, init);
    assert.equal(res.status, status, `${operationId}: ${JSON.stringify(res.body)}`);
    succeeded.add(operationId);
    const spec = catalogue.find((s) => s.name === operationId);
    assert.ok(spec);
    if (status === 204 || status === 201) {
        assert.equal(res.body, undefined, `${operationId}: no content`);
    } else if (status === 202 || operationId === 'getOperationStatus' || (status === 200 && spec.async !== false && spec.response === undefined)) {
        assert.deepEqual(validateModel(operationStatusSchema, res.body, 'body'), [], `${operationId}: an OperationStatus`);
    } else if (spec.response !== undefined) {
        assert.match(res.headers['content-type'] ?? '', /^application\/json/);
        const model = 'item' in spec.response ? (res.body as { value: unknown }).value : res.body;
        if ('item' in spec.response) assert.deepEqual(Object.keys(res.body as object), ['value'], 'lists answer { value }');
        assert.deepEqual(validateModel(spec.response, model, 'body'), [], `${operationId}: the response conforms to its schema`);
    }
    return res;
}

const waited = { query: 'wait=true' } as const;
const body = <T>(res: CallResult): T => res.body as T;

test('locations, OS releases, role sizes', async () => {
    const locations = body<{ value: { name: string }[] }>(await ok('listLocations', 200));
    assert.ok(locations.value.some((l) => l.name === LOCATION));
    assert.ok(body<{ value: unknown[] }>(await ok('listOperatingSystems', 200)).value.length > 0);
    assert.ok(body<{ value: unknown[] }>(await ok('listOperatingSystemFamilies', 200)).value.length > 0);
    assert.ok(body<{ value: { name: string }[] }>(await ok('listRoleSizes', 200)).value.some((r) => r.name === 'Small'));
});

test('cloud services: list, get, availability, create, update, delete (sync and complete)', async () => {
    const list = body<{ value: { serviceName: string }[] }>(await ok('listHostedServices', 200));
    assert.deepEqual(list.value.map((s) => s.serviceName).sort(), ['facade-empty', 'facade-pkg', 'facade-vms']);
    const pkg = body<{ deployments?: { name: string }[] }>(await ok('getHostedServiceProperties', 200, { params: { serviceName: 'facade-pkg' }, query: 'embedDetail=true' }));
    assert.deepEqual(pkg.deployments?.map((d) => d.name).sort(), ['pkg-prod', 'pkg-stage']);
    assert.equal(body<{ result: boolean }>(await ok('checkHostedServiceNameAvailability', 200, { params: { serviceName: 'facade-pkg' } })).result, false);
    assert.equal(body<{ result: boolean }>(await ok('checkHostedServiceNameAvailability', 200, { params: { serviceName: 'facade-free-name' } })).result, true);

    await ok('createHostedService', 201, { json: { serviceName: 'facade-new', label: 'new service', description: 'made by the facade', location: LOCATION, extendedProperties: { owner: 'tests' } } });
    await ok('updateHostedService', 204, { params: { serviceName: 'facade-new' }, json: { label: 'renamed', description: 'changed' } });
    const updated = body<{ hostedServiceProperties: { label: string; description: string; extendedProperties: Record<string, string> } }>(
        await ok('getHostedServiceProperties', 200, { params: { serviceName: 'facade-new' } }),
    );
    assert.deepEqual([updated.hostedServiceProperties.label, updated.hostedServiceProperties.description, updated.hostedServiceProperties.extendedProperties], ['renamed', 'changed', { owner: 'tests' }]);
    await ok('deleteHostedService', 204, { params: { serviceName: 'facade-new' } });
    assert.equal((await h.call('getHostedServiceProperties', { params: { serviceName: 'facade-new' } })).status, 404);

    const started = body<{ requestId: string; statusUrl: string }>(await ok('deleteHostedService', 202, { params: { serviceName: 'facade-empty' }, query: 'complete=true' }));
    assert.equal(started.statusUrl, `http://localhost:7071/api/operations/${started.requestId}`);
    assert.equal((await ok('deleteHostedService', 200, { params: { serviceName: 'facade-vms' }, query: 'complete=true&wait=true' })).status, 200);
});

test('deployments: slots, names, status, configuration, swap, create and delete', async () => {
    h.reset(FACADE_SEED);
    assert.equal(body<{ name: string }>(await ok('getDeploymentBySlot', 200, { params: { serviceName: 'facade-pkg', deploymentSlot: 'production' } })).name, 'pkg-prod');
    assert.equal(body<{ deploymentSlot: string }>(await ok('getDeploymentByName', 200, { params: { serviceName: 'facade-pkg', deploymentName: 'pkg-stage' } })).deploymentSlot, 'Staging');

    const status = body<{ status: string; httpStatusCode: number }>(
        await ok('updateDeploymentStatus', 200, { params: { serviceName: 'facade-pkg', deploymentName: 'pkg-stage' }, json: { status: 'Suspended' }, ...waited }),
    );
    assert.deepEqual([status.status, status.httpStatusCode], ['Succeeded', 200]);
    assert.equal(body<{ status: string }>(await ok('getDeploymentByName', 200, { params: { serviceName: 'facade-pkg', deploymentName: 'pkg-stage' } })).status, 'Suspended');

    await ok('changeDeploymentConfiguration', 200, { params: { serviceName: 'facade-pkg', deploymentName: 'pkg-stage' }, json: { configuration: cscfg(3), mode: 'Auto' }, ...waited });
    const stage = body<{ configuration: string }>(await ok('getDeploymentByName', 200, { params: { serviceName: 'facade-pkg', deploymentName: 'pkg-stage' } }));
    assert.match(stage.configuration, /<Instances count="3" \/>/);

    await ok('swapDeployment', 200, { params: { serviceName: 'facade-pkg' }, json: { production: 'pkg-prod', sourceDeployment: 'pkg-stage' }, ...waited });
    assert.equal(body<{ name: string }>(await ok('getDeploymentBySlot', 200, { params: { serviceName: 'facade-pkg', deploymentSlot: 'production' } })).name, 'pkg-stage');

    await ok('createHostedService', 201, { json: { serviceName: 'facade-pkg2', label: 'second', location: LOCATION } });
    const created = await ok('createDeployment', 202, {
        params: { serviceName: 'facade-pkg2', deploymentSlot: 'production' },
        json: { name: 'pkg2-prod', packageUrl: blob('pkg.cspkg'), label: 'v1', configuration: cscfg(1), startDeployment: true },
    });
    assert.equal(created.headers['retry-after'], '5');
    assert.equal(created.headers['location'], body<{ statusUrl: string }>(created).statusUrl);
    const id = body<{ requestId: string }>(created).requestId;
    let state = 'InProgress';
    for (let i = 0; i < 100 && state === 'InProgress'; i++) {
        await new Promise((r) => setTimeout(r, 20));
        state = body<{ status: string }>(await ok('getOperationStatus', 200, { params: { requestId: id } })).status;
    }
    assert.equal(state, 'Succeeded');
    await ok('deleteDeployment', 200, { params: { serviceName: 'facade-pkg2', deploymentName: 'pkg2-prod' }, ...waited });
    await ok('deleteDeployment', 202, { params: { serviceName: 'facade-pkg', deploymentName: 'pkg-prod' }, query: 'deleteVhd=true' });
});

test('storage accounts: list, get, keys, regenerate, availability, create (async), delete', async () => {
    h.reset(FACADE_SEED);
    const accounts = body<{ value: { serviceName: string }[] }>(await ok('listStorageAccounts', 200));
    assert.deepEqual(accounts.value.map((a) => a.serviceName).sort(), ['facadespare', STORE]);
    const props = body<{ storageServiceProperties: { location: string; label: string } }>(await ok('getStorageAccountProperties', 200, { params: { serviceName: STORE } }));
    assert.deepEqual([props.storageServiceProperties.location, props.storageServiceProperties.label], [LOCATION, 'facade store']);
    const keys = body<{ storageServiceKeys: { primary: string; secondary: string } }>(await ok('getStorageAccountKeys', 200, { params: { serviceName: STORE } }));
    const regenerated = body<{ storageServiceKeys: { primary: string; secondary: string } }>(
        await ok('regenerateStorageAccountKeys', 200, { params: { serviceName: STORE }, json: { keyType: 'Primary' } }),
    );
    assert.notEqual(regenerated.storageServiceKeys.primary, keys.storageServiceKeys.primary);
    assert.equal(regenerated.storageServiceKeys.secondary, keys.storageServiceKeys.secondary);
    assert.equal(body<{ result: boolean }>(await ok('checkStorageAccountNameAvailability', 200, { params: { serviceName: 'facadenew' } })).result, true);

    const started = body<{ requestId: string }>(await ok('createStorageAccount', 202, { json: { serviceName: 'facadenew', label: 'new', description: 'async', location: LOCATION, accountType: 'Standard_GRS' } }));
    const finished = await h.services.client().waitForOperation(started.requestId, { timeoutMs: 5_000 });
    assert.equal(finished.status, 'Succeeded');
    assert.equal(body<{ status: string }>(await ok('getOperationStatus', 200, { params: { requestId: started.requestId } })).status, 'Succeeded');
    assert.equal(body<{ result: boolean }>(await ok('checkStorageAccountNameAvailability', 200, { params: { serviceName: 'facadenew' } })).result, false);
    await ok('deleteStorageAccount', 204, { params: { serviceName: 'facadenew' } });
});

test('OS images: list, get, add, delete', async () => {
    h.reset(FACADE_SEED);
    const images = body<{ value: { name: string }[] }>(await ok('listOsImages', 200));
    assert.ok(images.value.some((i) => i.name === UBUNTU));
    assert.equal(body<{ os: string }>(await ok('getOsImage', 200, { params: { imageName: UBUNTU } })).os, 'Linux');
    const added = body<{ name: string; label: string; category: string }>(
        await ok('addOsImage', 200, { json: { name: 'facade-added.v1', label: 'Added <by> the facade & tests', mediaLink: blob('added.vhd'), os: 'Linux' } }),
    );
    assert.deepEqual([added.name, added.label, added.category], ['facade-added.v1', 'Added <by> the facade & tests', 'User']);
    await ok('deleteOsImage', 204, { params: { imageName: 'facade-added.v1' }, query: 'deleteVhd=true' });
    assert.equal((await h.call('getOsImage', { params: { imageName: 'facade-added.v1' } })).status, 404);
});

test('virtual machines and VM images: create, shutdown, start, restart, capture, list, delete', async () => {
    h.reset(FACADE_SEED);
    await ok('createHostedService', 201, { json: { serviceName: 'facade-vm2', label: 'vm2', location: LOCATION } });
    await ok('createVirtualMachineDeployment', 200, { params: { serviceName: 'facade-vm2' }, json: linuxVmBody('facade-vm2', { osImage: UBUNTU, mediaLink: blob('facade-vm2-os.vhd') }), ...waited });
    const role = { serviceName: 'facade-vm2', deploymentName: 'facade-vm2', roleName: 'facade-vm2' };
    const power = async (): Promise<string | undefined> =>
        body<{ roleInstanceList?: { powerState?: string }[] }>(await ok('getDeploymentByName', 200, { params: { serviceName: 'facade-vm2', deploymentName: 'facade-vm2' } })).roleInstanceList?.[0]?.powerState;
    assert.equal(await power(), 'Started');
    await ok('shutdownRole', 200, { params: role, json: { postShutdownAction: 'StoppedDeallocated' }, ...waited });
    assert.equal(await power(), 'Stopped');
    await ok('startRole', 200, { params: role, ...waited });
    assert.equal(await power(), 'Started');
    await ok('restartRole', 202, { params: role, json: {} });
    await new Promise((r) => setTimeout(r, 300));
    await ok('captureVmImage', 200, {
        params: role,
        json: { osState: 'Specialized', vmImageName: 'facade-vm2-image', vmImageLabel: 'captured <vm2> & co', description: 'capture', language: 'english', imageFamily: 'mygroup' },
        ...waited,
    });
    const images = body<{ value: { name: string; label?: string }[] }>(await ok('listVmImages', 200, { query: `location=${encodeURIComponent(LOCATION)}` }));
    assert.deepEqual(images.value.find((i) => i.name === 'facade-vm2-image')?.label, 'captured <vm2> & co');
    await ok('deleteVmImage', 200, { params: { vmImageName: 'facade-vm-image' }, query: 'deleteVhd=true&wait=true' });
    assert.ok(!body<{ value: { name: string }[] }>(await ok('listVmImages', 200)).value.some((i) => i.name === 'facade-vm-image'));
});

test('every catalogue operation was served through its handler', () => {
    assert.deepEqual([...succeeded].sort(), catalogue.map((s) => s.name).sort());
});
