import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import type { Deployment } from '../../src/asm/models/deployment';
import { catalogue, type OperationName, operations } from '../../src/asm/operations/catalogue';
import { AsmClient, AsmHttpError } from '../../src/client';
import { BASE_SEED, blob, cscfg, linuxVm, LOCATION, STORE, UBUNTU } from './helpers/fixtures';
import { asyncId, guid, type Harness, lastRequestId, OPERATION_MS, rejection, responses, startHarness } from './helpers/harness';

/**
 * The client's contract with ASM, one case per catalogue operation: the real client sends each through real HTTPS
 * with mutual TLS to the in-process emulator, which answers from its real state. Every case starts from BASE_SEED,
 * asserts the typed result and the state afterwards (read back through the client). Asynchronous operations are
 * seen InProgress with their transitional state, then waited to completion (the emulator's clock runs).
 */

let h: Harness;
before(async () => {
    h = await startHarness();
});
after(() => h.close());

const byName = (serviceName: string, deploymentName: string) => ({ serviceName, deploymentName });
const role = (serviceName: string, deploymentName: string, roleName: string) => ({ serviceName, deploymentName, roleName });

async function notFound(call: () => Promise<unknown>): Promise<AsmHttpError> {
    const err = await rejection(call);
    assert.ok(err instanceof AsmHttpError, `an AsmHttpError, got ${String(err)}`);
    assert.equal(err.status, 404);
    assert.equal(err.asmCode, 'ResourceNotFound');
    assert.equal(err.isNotFound, true);
    return err;
}

/** Starts an asynchronous call: checks it is InProgress right away, runs `during`, then waits for Succeeded. */
async function started(result: unknown, during?: () => Promise<void>): Promise<string> {
    const requestId = asyncId(result);
    const now = await h.client.getOperationStatus({ requestId });
    assert.equal(now.status, 'InProgress');
    assert.equal(now.id, guid(requestId));
    assert.equal(now.httpStatusCode, undefined);
    await during?.();
    const t0 = Date.now();
    const { operation, polls } = await h.wait(requestId);
    assert.equal(operation.status, 'Succeeded');
    assert.equal(operation.httpStatusCode, 200);
    assert.equal(operation.id, guid(requestId));
    assert.ok(polls >= 1);
    assert.ok(Date.now() - t0 < OPERATION_MS + 3_000, 'detected soon after the operation ended');
    return requestId;
}

const deployment = (serviceName: string, deploymentName: string): Promise<Deployment> =>
    h.client.getDeploymentByName(byName(serviceName, deploymentName));

type Case = (client: AsmClient) => Promise<void>;

/** Keyed by every catalogue operation: the compiler refuses a missing one, and so does the first test below. */
const cases: { readonly [K in OperationName]: Case } = {
    // ---- locations, catalogues -------------------------------------------------------------------------------
    async listLocations(client) {
        const locations = await client.listLocations();
        const west = locations.find((l) => l.name === LOCATION);
        assert.ok(west, 'West US is listed');
        assert.equal(west.displayName, LOCATION);
        assert.ok(west.availableServices?.includes('PersistentVMRole'));
        assert.ok(west.computeCapabilities?.virtualMachinesRoleSizes?.includes('Small'));
        assert.ok(west.storageCapabilities?.storageAccountTypes?.includes('Standard_LRS'));
    },
    async listRoleSizes(client) {
        const sizes = await client.listRoleSizes();
        const small = sizes.find((s) => s.name === 'Small');
        assert.deepEqual(
            [small?.cores, small?.memoryInMb, small?.supportedByVirtualMachines, small?.supportedByWebWorkerRoles, small?.maxDataDiskCount],
            [1, 1792, true, true, 2],
        );
        assert.equal(typeof small?.label, 'string');
    },
    async listOperatingSystems(client) {
        const systems = await client.listOperatingSystems();
        assert.ok(systems.length > 0);
        const family4 = systems.filter((o) => o.family === 4);
        assert.ok(family4.length > 0, 'Windows Server 2012 R2 releases');
        assert.ok(family4.every((o) => typeof o.version === 'string' && o.familyLabel === 'Windows Server 2012 R2'));
        assert.ok(systems.some((o) => o.isDefault === true));
    },
    async listOperatingSystemFamilies(client) {
        const families = await client.listOperatingSystemFamilies();
        const four = families.find((f) => f.name === '4');
        assert.equal(four?.label, 'Windows Server 2012 R2');
        assert.ok((four?.operatingSystems?.length ?? 0) > 0);
        assert.ok(four?.operatingSystems?.every((o) => o.version.startsWith('WA-GUEST-OS-4.') && o.family === undefined));
    },

    // ---- hosted services -----------------------------------------------------------------------------------
    async listHostedServices(client) {
        const services = await client.listHostedServices();
        assert.deepEqual(services.map((s) => s.serviceName), ['contract-empty', 'contract-pkg', 'contract-stopped', 'contract-vms']);
        for (const s of services) {
            assert.equal(s.hostedServiceProperties?.location, LOCATION);
            assert.equal(s.hostedServiceProperties?.status, 'Created');
            assert.equal(s.url, `https://management.core.windows.net/${h.emu.subscriptionId}/services/hostedservices/${s.serviceName}`);
        }
        assert.equal(services.find((s) => s.serviceName === 'contract-pkg')?.hostedServiceProperties?.label, 'package service');
    },
    async getHostedServiceProperties(client) {
        const plain = await client.getHostedServiceProperties({ serviceName: 'contract-pkg' });
        assert.equal(plain.serviceName, 'contract-pkg');
        assert.equal(plain.hostedServiceProperties?.label, 'package service');
        assert.equal(plain.deployments, undefined);
        const detailed = await client.getHostedServiceProperties({ serviceName: 'contract-pkg', embedDetail: true });
        assert.deepEqual(detailed.deployments?.map((d) => [d.name, d.deploymentSlot, d.status]), [
            ['pkg-prod', 'Production', 'Running'],
            ['pkg-stage', 'Staging', 'Suspended'],
        ]);
        await notFound(() => client.getHostedServiceProperties({ serviceName: 'no-such-service' }));
    },
    async createHostedService(client) {
        const result = await client.createHostedService({
            serviceName: 'contract-new',
            label: 'New service',
            description: 'made by the contract suite',
            location: LOCATION,
            extendedProperties: { Owner: 'contract' },
        });
        assert.equal(result, undefined);
        const got = await client.getHostedServiceProperties({ serviceName: 'contract-new' });
        assert.equal(got.hostedServiceProperties?.label, 'New service');
        assert.equal(got.hostedServiceProperties?.description, 'made by the contract suite');
        assert.equal(got.hostedServiceProperties?.location, LOCATION);
        assert.deepEqual(got.hostedServiceProperties?.extendedProperties, { Owner: 'contract' });
        const again = await rejection(() => client.createHostedService({ serviceName: 'contract-new', label: 'x', location: LOCATION }));
        assert.ok(again instanceof AsmHttpError && again.status === 409 && again.asmCode === 'ConflictError' && !again.isExclusiveAccessConflict);
    },
    async updateHostedService(client) {
        assert.equal(
            await client.updateHostedService({ serviceName: 'contract-pkg', label: 'renamed', description: 'updated', extendedProperties: { Stage: 'two' } }),
            undefined,
        );
        const got = await client.getHostedServiceProperties({ serviceName: 'contract-pkg' });
        assert.equal(got.hostedServiceProperties?.label, 'renamed');
        assert.equal(got.hostedServiceProperties?.description, 'updated');
        assert.deepEqual(got.hostedServiceProperties?.extendedProperties, { Stage: 'two' });
    },
    async deleteHostedService(client) {
        const refused = await rejection(() => client.deleteHostedService({ serviceName: 'contract-pkg' }));
        assert.ok(refused instanceof AsmHttpError && refused.status === 409, 'refused while deployments remain');

        assert.equal(await client.deleteHostedService({ serviceName: 'contract-empty' }), undefined, 'synchronous without complete');
        await notFound(() => client.getHostedServiceProperties({ serviceName: 'contract-empty' }));

        const disk = (await deployment('contract-vms', 'vm-dep')).roleList?.[0]?.osVirtualHardDisk?.mediaLink;
        assert.ok(disk?.startsWith(blob('')));
        await started(await client.deleteHostedService({ serviceName: 'contract-vms', complete: true }), async () => {
            const during = await client.getHostedServiceProperties({ serviceName: 'contract-vms', embedDetail: true });
            assert.equal(during.hostedServiceProperties?.status, 'Deleting');
            assert.deepEqual(during.deployments?.map((d) => d.status), ['Deleting']);
        });
        await notFound(() => client.getHostedServiceProperties({ serviceName: 'contract-vms' }));
        assert.deepEqual((await client.listHostedServices()).map((s) => s.serviceName), ['contract-pkg', 'contract-stopped']);
    },
    async checkHostedServiceNameAvailability(client) {
        const taken = await client.checkHostedServiceNameAvailability({ serviceName: 'contract-pkg' });
        assert.equal(taken.result, false);
        assert.match(taken.reason ?? '', /already exists/);
        assert.deepEqual(await client.checkHostedServiceNameAvailability({ serviceName: 'contract-free' }), { result: true });
    },

    // ---- package deployments ---------------------------------------------------------------------------------
    async createDeployment(client) {
        const result = await client.createDeployment({
            serviceName: 'contract-empty',
            deploymentSlot: 'production',
            name: 'pkg-new',
            packageUrl: blob('package.cspkg'),
            label: 'New package',
            configuration: cscfg(3),
            startDeployment: true,
            extendedProperties: { Build: '42' },
        });
        await started(result, async () => {
            const during = await deployment('contract-empty', 'pkg-new');
            assert.equal(during.status, 'Deploying');
            assert.ok(during.roleInstanceList?.every((i) => i.instanceStatus === 'CreatingVM'));
        });
        const d = await client.getDeploymentBySlot({ serviceName: 'contract-empty', deploymentSlot: 'production' });
        assert.equal(d.name, 'pkg-new');
        assert.equal(d.label, 'New package');
        assert.equal(d.status, 'Running');
        assert.equal(d.configuration, cscfg(3));
        assert.deepEqual(d.extendedProperties, { Build: '42' });
        assert.deepEqual(d.roleInstanceList?.map((i) => [i.roleName, i.instanceStatus]), [
            ['WorkerRole1', 'ReadyRole'],
            ['WorkerRole1', 'ReadyRole'],
            ['WorkerRole1', 'ReadyRole'],
        ]);
    },
    async getDeploymentBySlot(client) {
        const d = await client.getDeploymentBySlot({ serviceName: 'contract-pkg', deploymentSlot: 'production' });
        assert.equal(d.name, 'pkg-prod');
        assert.equal(d.deploymentSlot, 'Production');
        assert.equal(d.status, 'Running');
        assert.deepEqual(d.roleInstanceList?.map((i) => [i.instanceName, i.instanceStatus]), [
            ['WorkerRole1_IN_0', 'ReadyRole'],
            ['WorkerRole1_IN_1', 'ReadyRole'],
        ]);
        assert.match(d.configuration ?? '', /<Instances count="2" \/>/);
        await notFound(() => client.getDeploymentBySlot({ serviceName: 'contract-empty', deploymentSlot: 'staging' }));
    },
    async getDeploymentByName(client) {
        const d = await client.getDeploymentByName(byName('contract-pkg', 'pkg-stage'));
        assert.equal(d.deploymentSlot, 'Staging');
        assert.equal(d.status, 'Suspended');
        assert.deepEqual(d.roleInstanceList?.map((i) => i.instanceStatus), ['StoppedVM']);
        const vm = await client.getDeploymentByName(byName('contract-vms', 'vm-dep'));
        assert.equal(vm.roleList?.[0]?.roleType, 'PersistentVMRole');
        assert.equal(vm.roleList?.[0]?.osVirtualHardDisk?.sourceImageName, UBUNTU);
        const missing = await notFound(() => client.getDeploymentByName(byName('contract-pkg', 'ghost')));
        assert.equal(missing.asmMessage, "The deployment name 'ghost' does not exist.");
    },
    async deleteDeployment(client) {
        await started(await client.deleteDeployment(byName('contract-pkg', 'pkg-stage')), async () => {
            assert.equal((await deployment('contract-pkg', 'pkg-stage')).status, 'Deleting');
        });
        await notFound(() => deployment('contract-pkg', 'pkg-stage'));
        const left = await client.getHostedServiceProperties({ serviceName: 'contract-pkg', embedDetail: true });
        assert.deepEqual(left.deployments?.map((d) => d.name), ['pkg-prod']);
    },
    async updateDeploymentStatus(client) {
        await started(await client.updateDeploymentStatus({ ...byName('contract-pkg', 'pkg-stage'), status: 'Running' }), async () => {
            const during = await deployment('contract-pkg', 'pkg-stage');
            assert.equal(during.status, 'Starting');
            assert.deepEqual(during.roleInstanceList?.map((i) => i.instanceStatus), ['StartingVM']);
        });
        const d = await deployment('contract-pkg', 'pkg-stage');
        assert.equal(d.status, 'Running');
        assert.deepEqual(d.roleInstanceList?.map((i) => [i.instanceStatus, i.powerState]), [['ReadyRole', 'Started']]);
    },
    async changeDeploymentConfiguration(client) {
        const result = await client.changeDeploymentConfiguration({
            ...byName('contract-pkg', 'pkg-prod'),
            configuration: cscfg(4),
            mode: 'Auto',
            treatWarningsAsError: false,
        });
        await started(result, async () => {
            assert.equal((await deployment('contract-pkg', 'pkg-prod')).status, 'RunningTransitioning');
        });
        const d = await deployment('contract-pkg', 'pkg-prod');
        assert.equal(d.status, 'Running');
        assert.equal(d.configuration, cscfg(4));
        assert.equal(d.roleInstanceList?.length, 4);
    },
    async swapDeployment(client) {
        await started(await client.swapDeployment({ serviceName: 'contract-pkg', production: 'pkg-prod', sourceDeployment: 'pkg-stage' }));
        assert.equal((await client.getDeploymentBySlot({ serviceName: 'contract-pkg', deploymentSlot: 'production' })).name, 'pkg-stage');
        assert.equal((await client.getDeploymentBySlot({ serviceName: 'contract-pkg', deploymentSlot: 'staging' })).name, 'pkg-prod');
    },

    // ---- storage accounts ------------------------------------------------------------------------------------
    async listStorageAccounts(client) {
        const accounts = await client.listStorageAccounts();
        assert.deepEqual(accounts.map((a) => a.serviceName), ['contractspare', STORE]);
        const store = accounts.find((a) => a.serviceName === STORE);
        assert.equal(store?.storageServiceProperties?.status, 'Created');
        assert.equal(store?.storageServiceProperties?.location, LOCATION);
        assert.equal(store?.url, `https://management.core.windows.net/${h.emu.subscriptionId}/services/storageservices/${STORE}`);
    },
    async getStorageAccountProperties(client) {
        const account = await client.getStorageAccountProperties({ serviceName: STORE });
        const p = account.storageServiceProperties;
        assert.equal(account.serviceName, STORE);
        assert.equal(p?.label, 'contract store');
        assert.equal(p?.accountType, 'Standard_LRS');
        assert.equal(p?.geoPrimaryRegion, LOCATION);
        assert.ok(p?.endpoints?.includes(`https://${STORE}.blob.core.windows.net/`));
        assert.equal(account.storageServiceKeys, undefined, 'keys only from getStorageAccountKeys');
        await notFound(() => client.getStorageAccountProperties({ serviceName: 'nosuchaccount' }));
    },
    async getStorageAccountKeys(client) {
        const keys = await client.getStorageAccountKeys({ serviceName: STORE });
        assert.equal(keys.url, `https://management.core.windows.net/${h.emu.subscriptionId}/services/storageservices/${STORE}`);
        assert.equal(keys.serviceName, undefined, 'as recorded: Url and StorageServiceKeys only');
        assert.match(keys.storageServiceKeys?.primary ?? '', /^[A-Za-z0-9+/]{86}==$/);
        assert.match(keys.storageServiceKeys?.secondary ?? '', /^[A-Za-z0-9+/]{86}==$/);
        assert.notEqual(keys.storageServiceKeys?.primary, keys.storageServiceKeys?.secondary);
    },
    async regenerateStorageAccountKeys(client) {
        const before = await client.getStorageAccountKeys({ serviceName: STORE });
        const after = await client.regenerateStorageAccountKeys({ serviceName: STORE, keyType: 'Secondary' });
        assert.equal(after.storageServiceKeys?.primary, before.storageServiceKeys?.primary);
        assert.notEqual(after.storageServiceKeys?.secondary, before.storageServiceKeys?.secondary);
        assert.deepEqual((await client.getStorageAccountKeys({ serviceName: STORE })).storageServiceKeys, after.storageServiceKeys);
    },
    async createStorageAccount(client) {
        const result = await client.createStorageAccount({ serviceName: 'contractnew', label: 'new account', location: LOCATION, accountType: 'Standard_GRS' });
        await started(result, async () => {
            assert.equal((await client.getStorageAccountProperties({ serviceName: 'contractnew' })).storageServiceProperties?.status, 'Creating');
        });
        const account = await client.getStorageAccountProperties({ serviceName: 'contractnew' });
        assert.equal(account.storageServiceProperties?.status, 'Created');
        assert.equal(account.storageServiceProperties?.label, 'new account');
        assert.equal(account.storageServiceProperties?.accountType, 'Standard_GRS');
        assert.equal(account.storageServiceProperties?.geoSecondaryRegion, 'East US');
        assert.deepEqual(account.extendedProperties, { ResourceGroup: 'Default-Storage-WestUS', ResourceLocation: LOCATION });
    },
    async deleteStorageAccount(client) {
        assert.equal(await client.deleteStorageAccount({ serviceName: 'contractspare' }), undefined);
        await notFound(() => client.getStorageAccountProperties({ serviceName: 'contractspare' }));
        const inUse = await rejection(() => client.deleteStorageAccount({ serviceName: STORE }));
        assert.ok(inUse instanceof AsmHttpError && inUse.status === 409, 'an account backing disks and images stays');
        assert.match(inUse.asmMessage ?? '', /active image\(s\) and\/or disk\(s\)/);
        assert.deepEqual((await client.listStorageAccounts()).map((a) => a.serviceName), [STORE]);
    },
    async checkStorageAccountNameAvailability(client) {
        assert.equal((await client.checkStorageAccountNameAvailability({ serviceName: STORE })).result, false);
        assert.deepEqual(await client.checkStorageAccountNameAvailability({ serviceName: 'freshname' }), { result: true });
    },

    // ---- operations ---------------------------------------------------------------------------------------------
    async getOperationStatus(client) {
        await client.createHostedService({ serviceName: 'contract-op', label: 'op', location: LOCATION });
        const createdId = lastRequestId(h.events, 'createHostedService');
        assert.deepEqual(await client.getOperationStatus({ requestId: createdId }), { id: guid(createdId), status: 'Succeeded', httpStatusCode: 200 });
        assert.equal((await client.getOperationStatus({ requestId: guid(createdId) })).status, 'Succeeded', 'the GUID form too');

        await rejection(() => client.createHostedService({ serviceName: 'contract-op', label: 'op', location: LOCATION }));
        const failedId = lastRequestId(h.events, 'createHostedService');
        const failed = await client.getOperationStatus({ requestId: failedId });
        assert.equal(failed.status, 'Failed');
        assert.equal(failed.httpStatusCode, 409);
        assert.equal(failed.error?.code, 'ConflictError');
        assert.equal(failed.error?.message, 'The specified DNS name is already taken.');

        const unknown = await rejection(() => client.getOperationStatus({ requestId: '0123456789abcdef0123456789abcdef' }));
        assert.ok(unknown instanceof AsmHttpError);
        assert.deepEqual([unknown.status, unknown.asmCode, unknown.asmMessage], [400, 'BadRequest', 'The operation request ID was not found.']);
    },

    // ---- OS images -----------------------------------------------------------------------------------------------
    async addOsImage(client) {
        const image = await client.addOsImage({ name: 'contract-added', label: 'Added image', mediaLink: blob('added.vhd'), os: 'Linux' });
        assert.equal(image.name, 'contract-added');
        assert.equal(image.label, 'Added image');
        assert.equal(image.category, 'User');
        assert.equal(image.os, 'Linux');
        assert.equal(image.location, LOCATION);
        assert.equal(image.logicalSizeInGb, 30);
        assert.equal(image.mediaLink, blob('added.vhd'));
        assert.deepEqual(await client.getOsImage({ imageName: 'contract-added' }), image);
    },
    async listOsImages(client) {
        const images = await client.listOsImages();
        assert.deepEqual(images.map((i) => [i.name, i.category]), [
            [UBUNTU, 'Public'],
            ['contract-os-image', 'User'],
        ]);
    },
    async getOsImage(client) {
        const image = await client.getOsImage({ imageName: 'contract-os-image' });
        assert.deepEqual([image.name, image.label, image.os, image.category, image.mediaLink], [
            'contract-os-image',
            'Contract OS image',
            'Linux',
            'User',
            blob('contract-os-image.vhd'),
        ]);
        await notFound(() => client.getOsImage({ imageName: 'no-such-image' }));
    },
    async deleteOsImage(client) {
        assert.equal(await client.deleteOsImage({ imageName: 'contract-os-image', deleteVhd: true }), undefined);
        await notFound(() => client.getOsImage({ imageName: 'contract-os-image' }));
        const platform = await rejection(() => client.deleteOsImage({ imageName: UBUNTU }));
        assert.ok(platform instanceof AsmHttpError && platform.status === 400, 'platform images cannot be deleted');
    },

    // ---- virtual machines ------------------------------------------------------------------------------------------
    async createVirtualMachineDeployment(client) {
        const params = linuxVm('contract-empty', 'vm-new', { osImage: UBUNTU, mediaLink: blob('vm-new.vhd') });
        await started(await client.createVirtualMachineDeployment(params), async () => {
            const during = await deployment('contract-empty', 'vm-new');
            assert.equal(during.status, 'Deploying');
            assert.deepEqual(during.roleInstanceList?.map((i) => [i.instanceStatus, i.powerState]), [['RoleStateUnknown', 'Starting']]);
        });
        const d = await deployment('contract-empty', 'vm-new');
        assert.equal(d.status, 'Running');
        assert.equal(d.deploymentSlot, 'Production');
        const instance = d.roleInstanceList?.[0];
        assert.deepEqual([instance?.roleName, instance?.instanceStatus, instance?.powerState, instance?.hostName, instance?.instanceSize], [
            'vm-new',
            'ReadyRole',
            'Started',
            'vm-new-host',
            'Small',
        ]);
        assert.deepEqual(instance?.instanceEndpoints?.map((e) => [e.name, e.publicPort, e.localPort, e.protocol]), [['SSH', 22, 22, 'tcp']]);
        const vm = d.roleList?.[0];
        assert.equal(vm?.roleSize, 'Small');
        assert.equal(vm?.osVirtualHardDisk?.sourceImageName, UBUNTU);
        assert.equal(vm?.osVirtualHardDisk?.mediaLink, blob('vm-new.vhd'));
        assert.equal(vm?.osVirtualHardDisk?.os, 'Linux');
    },
    async shutdownRole(client) {
        const result = await client.shutdownRole({ ...role('contract-vms', 'vm-dep', 'vm1'), postShutdownAction: 'StoppedDeallocated' });
        await started(result, async () => {
            assert.equal((await deployment('contract-vms', 'vm-dep')).roleInstanceList?.[0]?.instanceStatus, 'StoppingVM');
        });
        const instance = (await deployment('contract-vms', 'vm-dep')).roleInstanceList?.[0];
        assert.deepEqual([instance?.instanceStatus, instance?.powerState], ['StoppedDeallocated', 'Stopped']);
    },
    async startRole(client) {
        assert.equal((await deployment('contract-stopped', 'stopped-dep')).roleInstanceList?.[0]?.powerState, 'Stopped');
        await started(await client.startRole(role('contract-stopped', 'stopped-dep', 'vm2')), async () => {
            assert.equal((await deployment('contract-stopped', 'stopped-dep')).roleInstanceList?.[0]?.instanceStatus, 'StartingVM');
        });
        const instance = (await deployment('contract-stopped', 'stopped-dep')).roleInstanceList?.[0];
        assert.deepEqual([instance?.instanceStatus, instance?.powerState], ['ReadyRole', 'Started']);
    },
    async restartRole(client) {
        await started(await client.restartRole(role('contract-vms', 'vm-dep', 'vm1')), async () => {
            assert.equal((await deployment('contract-vms', 'vm-dep')).roleInstanceList?.[0]?.instanceStatus, 'RestartingRole');
        });
        assert.equal((await deployment('contract-vms', 'vm-dep')).roleInstanceList?.[0]?.instanceStatus, 'ReadyRole');
        const missing = await notFound(() => client.restartRole(role('contract-vms', 'vm-dep', 'ghost')));
        assert.equal(missing.asmMessage, 'Role instance name is not valid.');
    },

    // ---- VM images -------------------------------------------------------------------------------------------------
    async captureVmImage(client) {
        const result = await client.captureVmImage({
            ...role('contract-vms', 'vm-dep', 'vm1'),
            osState: 'Specialized',
            vmImageName: 'vm1image',
            vmImageLabel: 'vm1imagelabel',
            description: 'vm1imagedescription',
            language: 'english',
            imageFamily: 'mygroup',
        });
        await started(result, async () => {
            assert.ok(!(await client.listVmImages()).some((i) => i.name === 'vm1image'), 'listed only once captured');
        });
        const image = (await client.listVmImages()).find((i) => i.name === 'vm1image');
        assert.ok(image);
        assert.deepEqual(
            [image.label, image.category, image.description, image.language, image.imageFamily, image.serviceName, image.deploymentName, image.roleName],
            ['vm1imagelabel', 'User', 'vm1imagedescription', 'english', 'mygroup', 'contract-vms', 'vm-dep', 'vm1'],
        );
        assert.equal(image.osDiskConfiguration?.osState, 'Specialized');
        assert.equal(image.osDiskConfiguration?.os, 'Linux');
        assert.match(image.osDiskConfiguration?.mediaLink ?? '', new RegExp(`^https://${STORE}\\.blob\\.core\\.windows\\.net/vhds/vm1image-os-\\d{4}-\\d{2}-\\d{2}\\.vhd$`));
        assert.equal(image.vmImageState, 'VMImageReadyForUse');
        assert.equal(image.roleStateOnCapture, 'ReadyRole');
        assert.equal((await deployment('contract-vms', 'vm-dep')).status, 'Running', 'a Specialized capture keeps the VM');
    },
    async listVmImages(client) {
        const all = await client.listVmImages();
        assert.deepEqual(all.map((i) => [i.name, i.category, i.osDiskConfiguration?.osState, i.osDiskConfiguration?.mediaLink]), [
            ['contract-vm-image', 'User', 'Generalized', blob('contract-vm-image-os.vhd')],
        ]);
        assert.deepEqual((await client.listVmImages({ location: LOCATION, category: 'User' })).map((i) => i.name), ['contract-vm-image']);
        assert.deepEqual(await client.listVmImages({ category: 'Public' }), []);
    },
    async deleteVmImage(client) {
        await started(await client.deleteVmImage({ vmImageName: 'contract-vm-image', deleteVhd: true }), async () => {
            assert.deepEqual((await client.listVmImages()).map((i) => i.name), ['contract-vm-image'], 'listed until the operation completes');
        });
        assert.deepEqual(await client.listVmImages(), []);
        await notFound(() => client.deleteVmImage({ vmImageName: 'contract-vm-image' }));
    },
};

test('every catalogue operation has a contract case', () => {
    const missing = catalogue.map((o) => o.name).filter((name) => !Object.hasOwn(cases, name));
    assert.deepEqual(missing, [], `operations without a contract case: ${missing.join(', ')}`);
    assert.deepEqual(Object.keys(cases).sort(), Object.keys(operations).sort());
});

for (const name of Object.keys(cases) as OperationName[]) {
    test(`contract: ${name}`, async () => {
        h.reset(BASE_SEED);
        await cases[name](h.client);
        const spec = operations[name];
        const ok = responses(h.events, name).filter((e) => (spec.statuses as readonly number[]).includes(e.status));
        assert.ok(ok.length >= 1, `${name} answered a success status to the client at least once`);
        assert.ok(ok.every((e) => e.method === spec.method), `${name} went out as ${spec.method}`);
        assert.ok((h.emu.counters().byOperation[name] ?? 0) >= ok.length, `the emulator routed ${name}`);
        assert.equal(h.emu.counters().byStatus['500'], undefined, 'no internal error on the way');
    });
}
