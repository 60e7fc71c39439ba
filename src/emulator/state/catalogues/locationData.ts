/**
 * The data centres `listLocations` answers, with the role sizes and storage account types each offered in the
 * 2015 recordings (PY-REC test_legacy_mgmt_affinitygroup.test_list_locations). Role size lists are in ASM's
 * (ordinal) order.
 */
export interface LocationInfo {
    readonly name: string;
    readonly availableServices: readonly string[];
    readonly webWorkerRoleSizes: readonly string[];
    readonly virtualMachinesRoleSizes: readonly string[];
    readonly storageAccountTypes: readonly string[];
    /** The paired region geo-redundant storage replicates to. */
    readonly geoSecondary: string;
}

const BASE = ['A5', 'A6', 'A7', 'ExtraLarge', 'ExtraSmall', 'Large', 'Medium', 'Small'];
const BASIC = ['Basic_A0', 'Basic_A1', 'Basic_A2', 'Basic_A3', 'Basic_A4'];
const HPC = ['A10', 'A11', 'A8', 'A9'];
const D = ['Standard_D1', 'Standard_D11', 'Standard_D12', 'Standard_D13', 'Standard_D14', 'Standard_D2', 'Standard_D3', 'Standard_D4'];
const DS = ['Standard_DS1', 'Standard_DS11', 'Standard_DS12', 'Standard_DS13', 'Standard_DS14', 'Standard_DS2', 'Standard_DS3', 'Standard_DS4'];
const G = ['Standard_G1', 'Standard_G2', 'Standard_G3', 'Standard_G4', 'Standard_G5'];
const STANDARD_STORAGE = ['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_RAGRS'];
const SERVICES = ['Compute', 'Storage', 'PersistentVMRole', 'HighMemory'];

const ordinal = (sizes: string[]): string[] => [...sizes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function location(name: string, geoSecondary: string, tiers: { hpc?: boolean; d?: boolean; ds?: boolean; g?: boolean; premium?: boolean }): LocationInfo {
    const web = [...BASE, ...(tiers.hpc ? HPC : []), ...(tiers.d ? D : [])];
    const vm = [...web, ...BASIC, ...(tiers.ds ? DS : []), ...(tiers.g ? G : [])];
    return {
        name,
        availableServices: SERVICES,
        webWorkerRoleSizes: ordinal(web),
        virtualMachinesRoleSizes: ordinal(vm),
        storageAccountTypes: tiers.premium ? [...STANDARD_STORAGE, 'Premium_LRS'] : STANDARD_STORAGE,
        geoSecondary,
    };
}

export const LOCATIONS: readonly LocationInfo[] = [
    location('East US', 'West US', { hpc: true, d: true }),
    location('West US', 'East US', { hpc: true, d: true, ds: true, g: true, premium: true }),
    location('Central US', 'East US 2', { d: true }),
    location('South Central US', 'North Central US', { hpc: true, d: true }),
    location('North Central US', 'South Central US', { hpc: true, d: true }),
    location('East US 2', 'Central US', { d: true, ds: true, g: true, premium: true }),
    location('North Europe', 'West Europe', { hpc: true, d: true }),
    location('West Europe', 'North Europe', { hpc: true, d: true, ds: true, premium: true }),
    location('Southeast Asia', 'East Asia', { d: true, ds: true, premium: true }),
    location('East Asia', 'Southeast Asia', { d: true }),
    location('Japan West', 'Japan East', { d: true, ds: true, premium: true }),
    location('Japan East', 'Japan West', { hpc: true, d: true }),
    location('Brazil South', 'South Central US', {}),
    location('Australia Southeast', 'Australia East', { d: true }),
    location('Australia East', 'Australia Southeast', { d: true, ds: true, premium: true }),
    location('Central India', 'South India', {}),
    location('South India', 'Central India', {}),
];

/** The catalogue's spelling of a location named in any case, or undefined when ASM would not know it. */
export function findLocation(name: string): LocationInfo | undefined {
    const wanted = name.trim().toLowerCase();
    return LOCATIONS.find((l) => l.name.toLowerCase() === wanted);
}
