/**
 * What the emulator keeps per subscription: plain JSON data (timestamps as ASM-formatted strings) so a snapshot is
 * a deep copy and a seed maps onto it directly. Records are the emulator's own shapes; views turn them into the
 * catalogue's response models.
 */

export type Slot = 'Production' | 'Staging';

export interface HostedServiceRecord {
    name: string;
    label: string;
    description?: string;
    location?: string;
    affinityGroup?: string;
    /** Created, or Deleting while a `comp=media` delete runs. */
    status: string;
    dateCreated: string;
    dateLastModified: string;
    extendedProperties: Record<string, string>;
    /** At most one per slot. */
    deployments: DeploymentRecord[];
}

export interface DeploymentRecord {
    name: string;
    slot: Slot;
    /** `package` (cloud service roles) or `vm` (PersistentVMRole). */
    kind: 'package' | 'vm';
    privateId: string;
    /** Running, Suspended, Deploying, Deleting, Starting, Suspending, RunningTransitioning, SuspendedTransitioning. */
    status: string;
    label: string;
    /** The service configuration (.cscfg) as text. */
    configuration: string;
    packageUrl?: string;
    sdkVersion?: string;
    upgradeDomainCount: number;
    createdTime: string;
    lastModifiedTime: string;
    extendedProperties: Record<string, string>;
    virtualIp: string;
    internalDnsSuffix?: string;
    roles: RoleRecord[];
    roleInstances: RoleInstanceRecord[];
}

export interface EndpointRecord {
    name: string;
    protocol: string;
    port: number;
    localPort: number;
}

export interface OsDiskRecord {
    diskName: string;
    diskLabel?: string;
    mediaLink: string;
    sourceImageName?: string;
    os: string;
    hostCaching: string;
    logicalSizeInGB: number;
}

export interface RoleRecord {
    roleName: string;
    roleType: string;
    osVersion?: string;
    roleSize: string;
    /** PersistentVMRole only. */
    vm?: {
        hostName?: string;
        adminUserName?: string;
        /** Linux or Windows provisioning set type the VM was created with. */
        provisioning?: string;
        vmImageName?: string;
        endpoints: EndpointRecord[];
        osDisk: OsDiskRecord;
        dataDisks: OsDiskRecord[];
    };
}

export interface RoleInstanceRecord {
    roleName: string;
    instanceName: string;
    instanceStatus: string;
    powerState: string;
    instanceSize: string;
    upgradeDomain: number;
    faultDomain: number;
    ipAddress: string;
    hostName?: string;
}

export interface DiskRecord {
    name: string;
    label?: string;
    mediaLink: string;
    os?: string;
    sourceImageName?: string;
    logicalSizeInGB: number;
    location?: string;
    attachedTo?: { hostedServiceName: string; deploymentName: string; roleName: string };
}

export interface OsImageRecord {
    name: string;
    label: string;
    category: string;
    location: string;
    logicalSizeInGB: number;
    mediaLink?: string;
    os: string;
    osState?: string;
    ioType: string;
    description?: string;
    eula?: string;
    imageFamily?: string;
    publishedDate?: string;
    isPremium: boolean;
    showInGui?: boolean;
    publisherName?: string;
    recommendedVMSize?: string;
    iconUri?: string;
    smallIconUri?: string;
    privacyUri?: string;
}

export interface VmImageDiskRecord {
    name: string;
    hostCaching: string;
    osState?: string;
    os?: string;
    mediaLink: string;
    logicalDiskSizeInGB: number;
    ioType: string;
    lun?: number;
}

export interface VmImageRecord {
    name: string;
    label: string;
    category: string;
    description?: string;
    osDisk: VmImageDiskRecord;
    dataDisks: VmImageDiskRecord[];
    serviceName?: string;
    deploymentName?: string;
    roleName?: string;
    location: string;
    createdTime: string;
    modifiedTime: string;
    language?: string;
    imageFamily?: string;
    isPremium: boolean;
    vmImageState: string;
    roleStateOnCapture?: string;
    roleSizeOnCapture?: string;
    showInGui?: boolean;
    publisherName?: string;
    recommendedVMSize?: string;
    eula?: string;
}

export interface StorageAccountRecord {
    name: string;
    label: string;
    description?: string;
    location?: string;
    affinityGroup?: string;
    /** Creating until its create operation completes, then Created. */
    status: string;
    accountType: string;
    creationTime: string;
    extendedProperties: Record<string, string>;
    primaryKey: string;
    secondaryKey: string;
    geoPrimaryRegion?: string;
    geoSecondaryRegion?: string;
}

export interface AffinityGroupRecord {
    name: string;
    location: string;
}

/** One subscription's estate. Keyed maps use the lower-cased name (ASM names are case-insensitive). */
export interface Estate {
    hostedServices: Record<string, HostedServiceRecord>;
    storageAccounts: Record<string, StorageAccountRecord>;
    osImages: Record<string, OsImageRecord>;
    vmImages: Record<string, VmImageRecord>;
    disks: Record<string, DiskRecord>;
    affinityGroups: Record<string, AffinityGroupRecord>;
    /** URLs of the page blobs (VHDs) the estate knows of; `comp=media` deletes remove them. */
    blobs: string[];
}

export function emptyEstate(): Estate {
    return { hostedServices: {}, storageAccounts: {}, osImages: {}, vmImages: {}, disks: {}, affinityGroups: {}, blobs: [] };
}

export const keyOf = (name: string): string => name.toLowerCase();
