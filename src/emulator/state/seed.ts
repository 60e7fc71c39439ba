/**
 * The JSON shape of a seed estate, loaded into one subscription with `loadSeed(subscriptionId, seed)`.
 *
 * Times are ISO 8601 (`2014-03-02T10:00:00Z`) or relative to the emulator clock at load time: `-90d`, `-6h`,
 * `-15m` (in the past). Names follow ASM's rules; references (VM images, OS images, affinity groups, storage
 * accounts) must name entries of the same seed. Everything optional is filled the way ASM would (ids, keys, IPs,
 * disks), derived from the names so loading the same seed twice gives the same estate.
 *
 * ```json
 * {
 *   "affinityGroups": [{ "name": "ag-west", "location": "West US" }],
 *   "storageAccounts": [{ "name": "portalvhdsdemo01", "location": "West US", "accountType": "Standard_GRS" }],
 *   "osImages": [{ "name": "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_2-LTS-amd64-server-20150610-en-us-30GB",
 *                  "label": "Ubuntu Server 14.04.2-LTS", "os": "Linux", "category": "Public" }],
 *   "vmImages": [{ "name": "web-golden", "label": "Web golden image", "os": "Linux", "osState": "Generalized",
 *                  "mediaLink": "https://portalvhdsdemo01.blob.core.windows.net/vhds/web-golden-os.vhd" }],
 *   "hostedServices": [{
 *     "name": "shop-prod", "location": "West US", "extendedProperties": { "CleanupProtected": "true" },
 *     "dateCreated": "-400d",
 *     "deployments": [
 *       { "name": "shop-v41", "slot": "production", "status": "Running", "createdTime": "-30d",
 *         "roles": [{ "name": "WebRole1", "instances": 2, "size": "Small" }] },
 *       { "name": "vm1", "slot": "staging",
 *         "virtualMachines": [{ "name": "vm1", "osImage": "b39f…-30GB", "size": "Small", "storageAccount": "portalvhdsdemo01" }] }
 *     ]
 *   }]
 * }
 * ```
 */
export interface Seed {
    readonly affinityGroups?: readonly SeedAffinityGroup[];
    readonly storageAccounts?: readonly SeedStorageAccount[];
    readonly osImages?: readonly SeedOsImage[];
    readonly vmImages?: readonly SeedVmImage[];
    readonly hostedServices?: readonly SeedHostedService[];
}

export interface SeedAffinityGroup {
    readonly name: string;
    readonly location: string;
}

/** Exactly one of `location` and `affinityGroup`. */
export interface SeedPlacement {
    readonly location?: string;
    readonly affinityGroup?: string;
}

export interface SeedStorageAccount extends SeedPlacement {
    readonly name: string;
    readonly label?: string;
    readonly description?: string;
    /** Standard_LRS, Standard_ZRS, Standard_GRS (default), Standard_RAGRS, Premium_LRS. */
    readonly accountType?: string;
    readonly createdTime?: string;
    readonly extendedProperties?: Readonly<Record<string, string>>;
    /** base64 of 64 bytes; derived when absent. */
    readonly primaryKey?: string;
    readonly secondaryKey?: string;
}

export interface SeedOsImage {
    readonly name: string;
    readonly label: string;
    /** Linux or Windows. */
    readonly os: string;
    /** Public (platform image) or User (default). */
    readonly category?: string;
    /** `West US` or `East US;West US` (default: every location for Public, West US for User). */
    readonly location?: string;
    readonly logicalSizeInGB?: number;
    readonly mediaLink?: string;
    readonly description?: string;
    readonly imageFamily?: string;
    readonly publishedDate?: string;
    readonly publisherName?: string;
    readonly recommendedVMSize?: string;
    readonly eula?: string;
    readonly isPremium?: boolean;
    readonly showInGui?: boolean;
}

export interface SeedVmImage {
    readonly name: string;
    readonly label: string;
    readonly os: string;
    /** Generalized or Specialized. */
    readonly osState: string;
    readonly mediaLink: string;
    readonly category?: string;
    readonly location?: string;
    readonly logicalDiskSizeInGB?: number;
    readonly description?: string;
    readonly createdTime?: string;
    readonly language?: string;
    readonly imageFamily?: string;
    readonly roleSizeOnCapture?: string;
    readonly serviceName?: string;
    readonly deploymentName?: string;
    readonly roleName?: string;
}

export interface SeedHostedService extends SeedPlacement {
    readonly name: string;
    readonly label?: string;
    readonly description?: string;
    readonly dateCreated?: string;
    readonly dateLastModified?: string;
    readonly extendedProperties?: Readonly<Record<string, string>>;
    readonly deployments?: readonly SeedDeployment[];
}

/** A package deployment (`roles`) or a virtual machine deployment (`virtualMachines`), never both. */
export interface SeedDeployment {
    readonly name: string;
    /** production or staging (any case). */
    readonly slot: string;
    /** Running (default) or Suspended. */
    readonly status?: string;
    readonly label?: string;
    readonly createdTime?: string;
    readonly lastModifiedTime?: string;
    readonly extendedProperties?: Readonly<Record<string, string>>;
    readonly roles?: readonly SeedPackageRole[];
    /** Package deployments: the .cscfg guest OS family (default 4). */
    readonly osFamily?: string;
    readonly packageUrl?: string;
    readonly virtualMachines?: readonly SeedVirtualMachine[];
}

export interface SeedPackageRole {
    readonly name: string;
    readonly instances?: number;
    readonly size?: string;
}

/** Exactly one of `osImage` and `vmImage`. */
export interface SeedVirtualMachine {
    readonly name: string;
    readonly size?: string;
    readonly osImage?: string;
    readonly vmImage?: string;
    readonly hostName?: string;
    /** Started (default) or Stopped. */
    readonly powerState?: string;
    /** Where the OS disk VHD lives (default: the seed's first storage account). */
    readonly storageAccount?: string;
    readonly endpoints?: readonly { readonly name: string; readonly protocol: string; readonly port: number; readonly localPort: number }[];
}

export { validateSeed } from './seed/validateSeed';
