import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { Deployment } from '../../../src/asm/models/deployment';
import type { VMImage } from '../../../src/asm/models/vmImage';
import type { Estate } from '../../../src/emulator/state/store/records';
import { assertAsmError, bodyAs, harness, SUB } from './requests';

const UBUNTU = 'b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-15_04-amd64-server-20150616.1-en-us-30GB';
const SVC = 'utsvc84841199';

function estateWithImage() {
    const h = harness(Date.parse('2015-07-02T18:10:00Z'));
    h.state.loadSeed(SUB, {
        storageAccounts: [{ name: 'storagename', location: 'West US' }],
        osImages: [{ name: UBUNTU, label: 'Ubuntu Server 15.04', os: 'Linux', category: 'Public' }],
        hostedServices: [{ name: SVC, location: 'West US' }],
    });
    return h;
}

/** The body Python sends (PY-REC test_add_role_linux), as the transport reads it into the model. */
const vmDeployment = (name: string, role: Record<string, unknown>) => ({
    pathParams: { serviceName: SVC },
    body: {
        deploymentName: name,
        deploymentSlot: 'production',
        label: `${name}label`,
        roleList: [
            {
                roleName: name,
                roleType: 'PersistentVMRole',
                configurationSets: [
                    { configurationSetType: 'LinuxProvisioningConfiguration', hostName: `hn${name}`, userName: 'unittest', userPassword: 'u7;9jbp!', disableSshPasswordAuthentication: false },
                    {
                        configurationSetType: 'NetworkConfiguration',
                        inputEndpoints: [{ loadBalancedEndpointSetName: '', localPort: 3394, name: 'utendpoint', port: 59913, protocol: 'tcp', enableDirectServerReturn: false, idleTimeoutInMinutes: 4 }],
                    },
                ],
                roleSize: 'Small',
                ...role,
            },
        ],
    },
});
const fromOsImage = (name: string) =>
    vmDeployment(name, {
        osVirtualHardDisk: { diskLabel: `${name}.vhd`, mediaLink: `http://storagename.blob.core.windows.net/utctnr84841199/${name}.vhd`, sourceImageName: UBUNTU },
    });
const firstRole = (d: Deployment) => d.roleList?.[0];
const byName = (deploymentName = SVC) => ({ pathParams: { serviceName: SVC, deploymentName } });
const role = (roleName = SVC) => ({ pathParams: { serviceName: SVC, deploymentName: SVC, roleName } });

test('a VM deployment from an OS image: Deploying, then Running with ReadyRole/Started, a disk and its VHD', () => {
    const h = estateWithImage();
    h.state.setDefaultOperationDuration(60_000);
    assert.equal(h.call('createVirtualMachineDeployment', fromOsImage(SVC)).status, 202);
    const during = bodyAs<Deployment>(h.call('getDeploymentByName', byName()));
    assert.equal(during.status, 'Deploying');
    assert.deepEqual(during.roleInstanceList?.map((i) => [i.instanceStatus, i.powerState]), [['RoleStateUnknown', 'Starting']]);
    h.tick(60_000);
    const d = bodyAs<Deployment>(h.call('getDeploymentByName', byName()));
    assert.equal(d.status, 'Running');
    assert.equal(d.deploymentSlot, 'Production');
    const instance = d.roleInstanceList?.[0];
    assert.equal(instance?.instanceName, SVC);
    assert.equal(instance?.instanceStatus, 'ReadyRole');
    assert.equal(instance?.powerState, 'Started');
    assert.equal(instance?.hostName, `hn${SVC}`);
    assert.match(instance?.ipAddress ?? '', /^100\.\d+\.\d+\.\d+$/);
    assert.deepEqual(instance?.instanceEndpoints?.map((e) => [e.name, e.publicPort, e.localPort, e.protocol]), [['utendpoint', 59913, 3394, 'tcp']]);
    const vm = firstRole(d);
    assert.equal(vm?.roleType, 'PersistentVMRole');
    assert.equal(vm?.roleSize, 'Small');
    assert.equal(vm?.osVirtualHardDisk?.sourceImageName, UBUNTU);
    assert.equal(vm?.osVirtualHardDisk?.os, 'Linux');
    assert.equal(vm?.osVirtualHardDisk?.mediaLink, `http://storagename.blob.core.windows.net/utctnr84841199/${SVC}.vhd`);
    assert.match(vm?.osVirtualHardDisk?.diskName ?? '', new RegExp(`^${SVC}-${SVC}-0-20150702181000\\d{4}$`));
    assert.match(d.configuration ?? '', /<Role name="utsvc84841199">\r\n {4}<Instances count="1" \/>/);
    assert.equal(d.internalDnsSuffix?.endsWith('.internal.cloudapp.net'), true);
    const estate = h.state.snapshot(SUB) as Estate;
    assert.deepEqual(Object.values(estate.disks).map((x) => [x.name, x.attachedTo?.roleName]), [[vm?.osVirtualHardDisk?.diskName, SVC]]);
    assert.ok(estate.blobs.includes(`http://storagename.blob.core.windows.net/utctnr84841199/${SVC}.vhd`));
});

test('VM deployments need an existing service and an existing image', () => {
    const h = estateWithImage();
    assertAsmError(() => h.call('createVirtualMachineDeployment', { ...fromOsImage('x'), pathParams: { serviceName: 'nope' } }), 404, 'ResourceNotFound', 'The hosted service does not exist.');
    assertAsmError(
        () => h.call('createVirtualMachineDeployment', vmDeployment('x', { osVirtualHardDisk: { sourceImageName: 'no-such-image' } })),
        404,
        'ResourceNotFound',
        'The image with the specified name does not exist.',
    );
    assertAsmError(() => h.call('createVirtualMachineDeployment', vmDeployment('x', { vmImageName: 'no-such-vm-image' })), 404, 'ResourceNotFound', 'The image with the specified name does not exist.');
    assertAsmError(() => h.call('createVirtualMachineDeployment', vmDeployment('x', {})), 400, 'BadRequest', /SourceImageName, or VMImageName/);
});

test('shutdown, start and restart move the instance through the recorded states', () => {
    const h = estateWithImage();
    h.call('createVirtualMachineDeployment', fromOsImage(SVC));
    h.state.setDefaultOperationDuration(30_000);
    const state = () => bodyAs<Deployment>(h.call('getDeploymentByName', byName())).roleInstanceList?.map((i) => [i.instanceStatus, i.powerState])[0];

    h.call('shutdownRole', { ...role(), body: { operationType: 'ShutdownRoleOperation', postShutdownAction: 'Stopped' } });
    assert.deepEqual(state(), ['StoppingVM', 'Stopping']);
    h.tick(30_000);
    assert.deepEqual(state(), ['StoppedVM', 'Stopped']);

    h.call('startRole', { ...role(), body: { operationType: 'StartRoleOperation' } });
    assert.deepEqual(state(), ['StartingVM', 'Starting']);
    h.tick(30_000);
    assert.deepEqual(state(), ['ReadyRole', 'Started']);

    h.call('restartRole', { ...role(), body: { operationType: 'RestartRoleOperation' } });
    assert.deepEqual(state(), ['RestartingRole', 'Started']);
    h.tick(30_000);
    assert.deepEqual(state(), ['ReadyRole', 'Started']);

    h.call('shutdownRole', { ...role(), body: { operationType: 'ShutdownRoleOperation', postShutdownAction: 'StoppedDeallocated' } });
    h.tick(30_000);
    assert.deepEqual(state(), ['StoppedDeallocated', 'Stopped']);
    assertAsmError(() => h.call('startRole', { ...role('ghost'), body: {} }), 404, 'ResourceNotFound', 'Role instance name is not valid.');
});

test('capture (Specialized) lists the VM image as recorded; a VM from that image; the VM keeps running', () => {
    const h = estateWithImage();
    h.call('createVirtualMachineDeployment', fromOsImage(SVC));
    h.tick(7000);
    const captured = h.call('captureVmImage', {
        ...role(),
        body: {
            operationType: 'CaptureRoleAsVMImageOperation',
            osState: 'Specialized',
            vmImageName: `${SVC}image`,
            vmImageLabel: `${SVC}imagelabel`,
            description: `${SVC}imagedescription`,
            language: 'english',
            imageFamily: 'mygroup',
        },
    });
    assert.equal(captured.status, 202);
    const images = bodyAs<VMImage[]>(h.call('listVmImages'));
    const image = images.find((m) => m.name === `${SVC}image`);
    assert.deepEqual(image, {
        name: `${SVC}image`,
        label: `${SVC}imagelabel`,
        category: 'User',
        description: `${SVC}imagedescription`,
        osDiskConfiguration: {
            name: `${SVC}image-os-2015-07-02`,
            hostCaching: 'ReadWrite',
            osState: 'Specialized',
            os: 'Linux',
            mediaLink: `http://storagename.blob.core.windows.net/utctnr84841199/${SVC}image-os-2015-07-02.vhd`,
            logicalDiskSizeInGb: 30,
            ioType: 'Standard',
        },
        dataDiskConfigurations: [],
        serviceName: SVC,
        deploymentName: SVC,
        roleName: SVC,
        location: 'West US',
        createdTime: '2015-07-02T18:10:07.0000000Z',
        modifiedTime: '2015-07-02T18:10:07.0000000Z',
        language: 'english',
        imageFamily: 'mygroup',
        isPremium: false,
        vmImageState: 'VMImageReadyForUse',
        roleStateOnCapture: 'ReadyRole',
        roleSizeOnCapture: 'Small',
    });
    assert.equal(bodyAs<Deployment>(h.call('getDeploymentByName', byName())).roleInstanceList?.[0]?.instanceStatus, 'ReadyRole');
    assertAsmError(() => h.call('captureVmImage', { ...role(), body: { osState: 'Specialized', vmImageName: `${SVC}image`, vmImageLabel: 'x' } }), 409, 'ConflictError', /already exists/);

    h.call('createHostedService', { body: { serviceName: 'utsvc92be1ee2', label: 'l', location: 'West US' } });
    const fromImage = vmDeployment('utsvc92be1ee2', { vmImageName: `${SVC}image` });
    h.call('createVirtualMachineDeployment', { ...fromImage, pathParams: { serviceName: 'utsvc92be1ee2' } });
    const d = bodyAs<Deployment>(h.call('getDeploymentByName', { pathParams: { serviceName: 'utsvc92be1ee2', deploymentName: 'utsvc92be1ee2' } }));
    assert.equal(d.status, 'Running');
    assert.equal(firstRole(d)?.vmImageName, `${SVC}image`);
    assert.equal(firstRole(d)?.osVirtualHardDisk?.sourceImageName, `${SVC}image-os-2015-07-02`);
    assert.match(firstRole(d)?.osVirtualHardDisk?.mediaLink ?? '', /^https:\/\/storagename\.blob\.core\.windows\.net\/vhds\/.+\.vhd$/);
});

test('capture (Generalized) deletes the VM; its disk stays registered, detached', () => {
    const h = estateWithImage();
    h.call('createVirtualMachineDeployment', fromOsImage(SVC));
    h.call('captureVmImage', { ...role(), body: { osState: 'Generalized', vmImageName: 'golden', vmImageLabel: 'golden' } });
    assert.equal(bodyAs<VMImage[]>(h.call('listVmImages')).find((m) => m.name === 'golden')?.osDiskConfiguration?.osState, 'Generalized');
    assertAsmError(() => h.call('getDeploymentByName', byName()), 404, 'ResourceNotFound', 'No deployments were found.');
    const estate = h.state.snapshot(SUB) as Estate;
    assert.equal(Object.values(estate.disks).length, 1);
    assert.equal(Object.values(estate.disks)[0]?.attachedTo, undefined);
});

test('deleting a VM deployment with comp=media removes its disks and VHDs; without, leaves them detached', () => {
    const h = estateWithImage();
    h.call('createVirtualMachineDeployment', fromOsImage(SVC));
    const vhd = `http://storagename.blob.core.windows.net/utctnr84841199/${SVC}.vhd`;
    h.call('deleteDeployment', { ...byName(), query: { deleteVhd: true } });
    h.call('listHostedServices');
    let estate = h.state.snapshot(SUB) as Estate;
    assert.deepEqual(estate.disks, {});
    assert.ok(!estate.blobs.includes(vhd));

    h.call('createVirtualMachineDeployment', fromOsImage(SVC));
    h.call('deleteDeployment', byName());
    estate = h.state.snapshot(SUB) as Estate;
    assert.equal(Object.values(estate.disks).length, 1);
    assert.equal(Object.values(estate.disks)[0]?.attachedTo, undefined);
    assert.ok(estate.blobs.includes(vhd));
    assert.equal(estate.hostedServices[SVC]?.deployments.length, 0);
});
