/** A platform image, named as ASM listed it in 2015 (also in the emulator's demo estate). */
export const UBUNTU = 'b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_2-LTS-amd64-server-20150610-en-us-30GB';
export const LOCATION = 'West US';
/** The storage account the estate's VHDs live in. */
export const STORE = 'facadestore';
export const blob = (name: string, account = STORE): string => `https://${account}.blob.core.windows.net/vhds/${name}`;

/**
 * The estate the facade suites start from: a package service with production + staging deployments, a VM service
 * with one running VM, an empty service, two storage accounts, a platform and a user OS image, a user VM image.
 */
export const FACADE_SEED = {
    storageAccounts: [
        { name: STORE, location: LOCATION, accountType: 'Standard_LRS', label: 'facade store' },
        { name: 'facadespare', location: LOCATION },
    ],
    osImages: [
        { name: UBUNTU, label: 'Ubuntu Server 14.04.2-LTS', os: 'Linux', category: 'Public' },
        { name: 'facade-os-image', label: 'Facade OS image', os: 'Linux', category: 'User', location: LOCATION, mediaLink: blob('facade-os-image.vhd') },
    ],
    vmImages: [
        { name: 'facade-vm-image', label: 'Facade VM image', os: 'Linux', osState: 'Generalized', category: 'User', location: LOCATION, mediaLink: blob('facade-vm-image-os.vhd') },
    ],
    hostedServices: [
        {
            name: 'facade-pkg',
            location: LOCATION,
            label: 'package service',
            deployments: [
                { name: 'pkg-prod', slot: 'production', roles: [{ name: 'WorkerRole1', instances: 2 }] },
                { name: 'pkg-stage', slot: 'staging', roles: [{ name: 'WorkerRole1', instances: 1 }] },
            ],
        },
        {
            name: 'facade-vms',
            location: LOCATION,
            deployments: [{ name: 'vm-dep', slot: 'production', virtualMachines: [{ name: 'vm1', osImage: UBUNTU, size: 'Small', storageAccount: STORE }] }],
        },
        { name: 'facade-empty', location: LOCATION },
    ],
};

/** A service configuration (.cscfg) with one worker role. */
export const cscfg = (instances: number, role = 'WorkerRole1'): string =>
    '<ServiceConfiguration serviceName="Facade" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration" osFamily="4" osVersion="*" schemaVersion="2014-06.2.4">\n' +
    `  <Role name="${role}">\n    <Instances count="${instances}" />\n    <ConfigurationSettings />\n  </Role>\n</ServiceConfiguration>`;

/** The JSON body of POST /api/hostedservices/{serviceName}/deployments: a Linux VM as the how-to builds it. */
export function linuxVmBody(name: string, source: { readonly osImage: string; readonly mediaLink: string } | { readonly vmImage: string }): Record<string, unknown> {
    return {
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
                ...('vmImage' in source ? { vmImageName: source.vmImage } : { osVirtualHardDisk: { sourceImageName: source.osImage, mediaLink: source.mediaLink } }),
                roleSize: 'Small',
            },
        ],
    };
}
