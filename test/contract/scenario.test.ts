import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import type { Operation } from '../../src/asm/models/operationStatus';
import { operations } from '../../src/asm/operations/catalogue';
import type { OperationSpec } from '../../src/asm/operations/OperationSpec';
import { AsmHttpError, type ParamsOf } from '../../src/client';
import { blob, linuxVm, LOCATION } from './helpers/fixtures';
import { FAST_POLL, type Harness, lastRequestId, OPERATION_MS, rejection, responses, retries, startHarness } from './helpers/harness';

/**
 * The seeds' walk-through ("How to use Service Management from Python"), end to end through the client, real
 * mutual TLS and the emulator, from an empty subscription: a cloud service, a storage account, an OS image, a
 * Linux VM from that image, a VM image captured from it, a second VM from the VM image; then everything deleted
 * (deployments with their media, both images, the storage account, the cloud services). The state is read back
 * through the client after every step.
 */

let h: Harness;
before(async () => {
    h = await startHarness();
    h.reset();
    // The duration of asynchronous operations through the admin surface, as an operator of the emulator would set it.
    assert.deepEqual(await h.emu.admin('POST', '/_admin/operation-duration', { ms: OPERATION_MS }), { status: 200, body: { ms: OPERATION_MS } });
});
after(() => h.close());

const SERVICE = 'myvm';
const SECOND = 'myvm2';
const ACCOUNT = 'myvmstorage';
const OS_IMAGE = 'mycentos';
const VM_IMAGE = 'myvmimage';
const media = (name: string) => blob(name, ACCOUNT);

/** sendAndWait, checking the operation was seen InProgress (the emulator clock ran) before it Succeeded. */
async function sendAndWait<O extends OperationSpec>(operation: O, params: ParamsOf<O>): Promise<Operation> {
    const seen: (string | undefined)[] = [];
    const result: unknown = await h.client.sendAndWait(operation, params, { schedule: FAST_POLL, timeoutMs: 5_000, onPoll: (s) => void seen.push(s.status) });
    const op = result as Operation;
    assert.equal(op.status, 'Succeeded');
    assert.equal(op.httpStatusCode, 200);
    assert.equal(seen[0], 'InProgress', `${operation.name} was seen in progress`);
    assert.equal(seen.at(-1), 'Succeeded');
    return op;
}

async function gone(call: () => Promise<unknown>): Promise<void> {
    const err = await rejection(call);
    assert.ok(err instanceof AsmHttpError && err.isNotFound, `404, got ${String(err)}`);
}

test('the seeds walk-through: create, capture, recreate from the capture, then delete everything', async (t) => {
    const { client } = h;

    await t.test('locations: the how-to’s West US offers VMs and storage', async () => {
        const west = (await client.listLocations()).find((l) => l.name === LOCATION);
        assert.ok(west?.availableServices?.includes('PersistentVMRole'));
        assert.ok(west?.availableServices?.includes('Storage'));
    });

    await t.test('create a cloud service', async () => {
        assert.deepEqual(await client.checkHostedServiceNameAvailability({ serviceName: SERVICE }), { result: true });
        assert.equal(await client.createHostedService({ serviceName: SERVICE, label: SERVICE, location: LOCATION }), undefined);
        const services = await client.listHostedServices();
        assert.deepEqual(services.map((s) => s.serviceName), [SERVICE]);
        const props = await client.getHostedServiceProperties({ serviceName: SERVICE });
        assert.deepEqual([props.hostedServiceProperties?.label, props.hostedServiceProperties?.location, props.hostedServiceProperties?.status], [
            SERVICE,
            LOCATION,
            'Created',
        ]);
    });

    await t.test('create a storage account (asynchronous: polled with getOperationStatus)', async () => {
        const op = await sendAndWait(
            operations.createStorageAccount,
            { serviceName: ACCOUNT, label: ACCOUNT, description: 'vhds of the walk-through', location: LOCATION },
        );
        assert.equal(op.status, 'Succeeded');
        assert.equal(op.httpStatusCode, 200);
        const account = await client.getStorageAccountProperties({ serviceName: ACCOUNT });
        assert.equal(account.storageServiceProperties?.status, 'Created');
        assert.ok(account.storageServiceProperties?.endpoints?.includes(`https://${ACCOUNT}.blob.core.windows.net/`));
        assert.deepEqual((await client.listStorageAccounts()).map((a) => a.serviceName), [ACCOUNT]);
    });

    await t.test('operating systems and families', async () => {
        assert.ok((await client.listOperatingSystems()).length > 0);
        assert.ok((await client.listOperatingSystemFamilies()).some((f) => f.name === '4'));
    });

    await t.test('add an OS image from a VHD in the account', async () => {
        const image = await client.addOsImage({ name: OS_IMAGE, label: 'CentOS', mediaLink: media('centos.vhd'), os: 'Linux' });
        assert.deepEqual([image.name, image.category, image.os, image.location, image.mediaLink], [OS_IMAGE, 'User', 'Linux', LOCATION, media('centos.vhd')]);
        assert.deepEqual((await client.listOsImages()).map((i) => i.name), [OS_IMAGE]);
        assert.equal((await client.getOsImage({ imageName: OS_IMAGE })).label, 'CentOS');
    });

    await t.test('create a Linux VM from the OS image', async () => {
        const op = await sendAndWait(
            operations.createVirtualMachineDeployment,
            linuxVm(SERVICE, SERVICE, { osImage: OS_IMAGE, mediaLink: media('myvm-os.vhd') }),
        );
        assert.equal(op.status, 'Succeeded');
        const d = await client.getDeploymentBySlot({ serviceName: SERVICE, deploymentSlot: 'production' });
        assert.equal(d.name, SERVICE);
        assert.equal(d.status, 'Running');
        assert.deepEqual(d.roleInstanceList?.map((i) => [i.roleName, i.instanceStatus, i.powerState, i.hostName]), [[SERVICE, 'ReadyRole', 'Started', 'myvm-host']]);
        const disk = d.roleList?.[0]?.osVirtualHardDisk;
        assert.deepEqual([disk?.sourceImageName, disk?.mediaLink, disk?.os], [OS_IMAGE, media('myvm-os.vhd'), 'Linux']);
    });

    await t.test('capture the VM as a VM image (Specialized, as the how-to does)', async () => {
        const op = await sendAndWait(
            operations.captureVmImage,
            {
                serviceName: SERVICE,
                deploymentName: SERVICE,
                roleName: SERVICE,
                osState: 'Specialized',
                vmImageName: VM_IMAGE,
                vmImageLabel: `${VM_IMAGE}label`,
                description: `${VM_IMAGE}description`,
                language: 'english',
                imageFamily: 'mygroup',
            },
        );
        assert.equal(op.status, 'Succeeded');
        const images = await client.listVmImages();
        assert.deepEqual(images.map((i) => [i.name, i.category, i.roleName, i.osDiskConfiguration?.osState]), [[VM_IMAGE, 'User', SERVICE, 'Specialized']]);
        assert.ok(images[0]?.osDiskConfiguration?.mediaLink?.startsWith(media(`${VM_IMAGE}-os-`)));
        assert.equal((await client.getDeploymentByName({ serviceName: SERVICE, deploymentName: SERVICE })).status, 'Running', 'the VM keeps running');
    });

    await t.test('create a second VM from the VM image, in its own cloud service', async () => {
        await client.createHostedService({ serviceName: SECOND, label: SECOND, location: LOCATION });
        const op = await sendAndWait(operations.createVirtualMachineDeployment, linuxVm(SECOND, SECOND, { vmImage: VM_IMAGE }));
        assert.equal(op.status, 'Succeeded');
        const d = await client.getDeploymentByName({ serviceName: SECOND, deploymentName: SECOND });
        assert.equal(d.status, 'Running');
        assert.equal(d.roleList?.[0]?.vmImageName, VM_IMAGE);
        assert.equal(d.roleInstanceList?.[0]?.instanceStatus, 'ReadyRole');
        assert.ok(d.roleList?.[0]?.osVirtualHardDisk?.mediaLink?.startsWith(media('')), 'its disk lives in the account too');
    });

    await t.test('the storage account cannot go while disks and images use it', async () => {
        const err = await rejection(() => client.deleteStorageAccount({ serviceName: ACCOUNT }));
        assert.ok(err instanceof AsmHttpError && err.status === 409 && err.asmCode === 'ConflictError');
        assert.ok(!err.isExclusiveAccessConflict);
        assert.equal((await client.getStorageAccountProperties({ serviceName: ACCOUNT })).storageServiceProperties?.status, 'Created');
    });

    await t.test('delete both VM deployments with their media', async () => {
        for (const service of [SECOND, SERVICE]) {
            const op = await sendAndWait(operations.deleteDeployment, { serviceName: service, deploymentName: service, deleteVhd: true });
            assert.equal(op.status, 'Succeeded');
            await gone(() => client.getDeploymentBySlot({ serviceName: service, deploymentSlot: 'production' }));
            assert.deepEqual((await client.getHostedServiceProperties({ serviceName: service, embedDetail: true })).deployments ?? [], []);
        }
        const estate = h.emu.state.snapshot(h.emu.subscriptionId) as { disks: Record<string, unknown>; blobs: string[] };
        assert.deepEqual(Object.keys(estate.disks), [], 'the disks went with their deployments');
        assert.ok(!estate.blobs.includes(media('myvm-os.vhd')), 'and so did their VHDs');
    });

    await t.test('delete the VM image (asynchronous) and the OS image, with their VHDs', async () => {
        const op = await sendAndWait(operations.deleteVmImage, { vmImageName: VM_IMAGE, deleteVhd: true });
        assert.equal(op.status, 'Succeeded');
        assert.deepEqual(await client.listVmImages(), []);

        assert.equal(await client.deleteOsImage({ imageName: OS_IMAGE, deleteVhd: true }), undefined);
        // The how-to polls get_operation_status with the request id of delete_os_image.
        const requestId = lastRequestId(h.events, 'deleteOsImage');
        assert.equal((await client.getOperationStatus({ requestId })).status, 'Succeeded');
        await gone(() => client.getOsImage({ imageName: OS_IMAGE }));
        assert.deepEqual(await client.listOsImages(), []);
    });

    await t.test('delete the storage account, now unused, and both cloud services', async () => {
        assert.equal(await client.deleteStorageAccount({ serviceName: ACCOUNT }), undefined);
        assert.deepEqual(await client.listStorageAccounts(), []);
        for (const service of [SERVICE, SECOND]) {
            assert.equal(await client.deleteHostedService({ serviceName: service }), undefined);
            await gone(() => client.getHostedServiceProperties({ serviceName: service }));
        }
        assert.deepEqual(await client.listHostedServices(), []);
        assert.deepEqual(h.emu.state.snapshot(h.emu.subscriptionId), {
            affinityGroups: {},
            hostedServices: {},
            storageAccounts: {},
            osImages: {},
            vmImages: {},
            disks: {},
            blobs: [],
        });
    });

    await t.test('the whole walk-through went through without a retry or a server error', () => {
        assert.deepEqual(retries(h.events), []);
        assert.ok(responses(h.events).every((e) => e.status < 500));
        const counters = h.emu.counters();
        assert.equal(counters.total, responses(h.events).length, 'every request the client logged reached the emulator, and nothing else');
        assert.deepEqual(counters.faults, {});
    });
});
