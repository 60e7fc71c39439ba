import type { ParamsOf } from '../../../src/client';
import type { operations } from '../../../src/asm/operations/catalogue';

/** A platform image, named as ASM listed it in 2015. */
export const UBUNTU = 'b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_2-LTS-amd64-server-20150610-en-us-30GB';
export const LOCATION = 'West US';
/** The storage account of the estate: every VHD lives in it. */
export const STORE = 'contractstore';
export const blob = (name: string, account = STORE): string => `https://${account}.blob.core.windows.net/vhds/${name}`;

/**
 * The estate every contract case starts from: a package service with production + staging deployments, a VM
 * service with one running VM, one with a stopped VM, an empty service, two storage accounts (one backing the
 * disks and images, one spare), a platform and a user OS image, and a user VM image.
 */
export const BASE_SEED = {
    storageAccounts: [
        { name: STORE, location: LOCATION, accountType: 'Standard_LRS', label: 'contract store' },
        { name: 'contractspare', location: LOCATION },
    ],
    osImages: [
        { name: UBUNTU, label: 'Ubuntu Server 14.04.2-LTS', os: 'Linux', category: 'Public' },
        { name: 'contract-os-image', label: 'Contract OS image', os: 'Linux', category: 'User', location: LOCATION, mediaLink: blob('contract-os-image.vhd') },
    ],
    vmImages: [
        { name: 'contract-vm-image', label: 'Contract VM image', os: 'Linux', osState: 'Generalized', category: 'User', location: LOCATION, mediaLink: blob('contract-vm-image-os.vhd') },
    ],
    hostedServices: [
        {
            name: 'contract-pkg',
            location: LOCATION,
            label: 'package service',
            deployments: [
                { name: 'pkg-prod', slot: 'production', roles: [{ name: 'WorkerRole1', instances: 2 }] },
                { name: 'pkg-stage', slot: 'staging', status: 'Suspended', roles: [{ name: 'WorkerRole1', instances: 1 }] },
            ],
        },
        {
            name: 'contract-vms',
            location: LOCATION,
            deployments: [{ name: 'vm-dep', slot: 'production', virtualMachines: [{ name: 'vm1', osImage: UBUNTU, size: 'Small', storageAccount: STORE }] }],
        },
        {
            name: 'contract-stopped',
            location: LOCATION,
            deployments: [{ name: 'stopped-dep', slot: 'production', virtualMachines: [{ name: 'vm2', osImage: UBUNTU, powerState: 'Stopped', storageAccount: STORE }] }],
        },
        { name: 'contract-empty', location: LOCATION },
    ],
};

/** A service configuration (.cscfg) with one worker role. */
export const cscfg = (instances: number, role = 'WorkerRole1'): string =>
    '<ServiceConfiguration serviceName="Contract" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration" osFamily="4" osVersion="*" schemaVersion="2014-06.2.4">\n' +
    `  <Role name="${role}">\n    <Instances count="${instances}" />\n    <ConfigurationSettings />\n  </Role>\n</ServiceConfiguration>`;

type VmParams = ParamsOf<typeof operations.createVirtualMachineDeployment>;

/** A Linux VM deployment as the how-to builds it: LinuxConfigurationSet, an SSH endpoint, role size Small. */
export function linuxVm(
    serviceName: string,
    name: string,
    source: { readonly osImage: string; readonly mediaLink: string } | { readonly vmImage: string },
): VmParams {
    return {
        serviceName,
        deploymentName: name,
        deploymentSlot: 'production',
        label: name,
        roleList: [
            {
                roleName: name,
                roleType: 'PersistentVMRole',
                configurationSets: [
                    { configurationSetType: 'LinuxProvisioningConfiguration', hostName: `${name}-host`, userName: 'azureuser', userPassword: 'Secr3t!pass', disableSshPasswordAuthentication: false },
                    { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port: 22, localPort: 22 }] },
                ],
                ...('vmImage' in source
                    ? { vmImageName: source.vmImage }
                    : { osVirtualHardDisk: { sourceImageName: source.osImage, mediaLink: source.mediaLink } }),
                roleSize: 'Small',
            },
        ],
    };
}
