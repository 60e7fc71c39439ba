/**
 * The role sizes `listRoleSizes` answers (values as listed by ASM in 2015, PY-REC test_list_role_sizes):
 * name, cores, memory MB, web/worker roles, virtual machines, max data disks, web/worker and VM resource disk MB.
 */
export interface RoleSizeInfo {
    readonly name: string;
    readonly cores: number;
    readonly memoryInMb: number;
    readonly supportedByWebWorkerRoles: boolean;
    readonly supportedByVirtualMachines: boolean;
    readonly maxDataDiskCount: number;
    readonly webWorkerResourceDiskSizeInMb: number;
    readonly virtualMachineResourceDiskSizeInMb: number;
}

type Row = readonly [string, number, number, boolean, boolean, number, number, number];

const ROWS: readonly Row[] = [
    ['A10', 8, 57344, true, true, 16, 1861268, 391828],
    ['A11', 16, 114688, true, true, 16, 1861268, 391828],
    ['A5', 2, 14336, true, true, 4, 501760, 138240],
    ['A6', 4, 28672, true, true, 8, 1024000, 291840],
    ['A7', 8, 57344, true, true, 16, 2088960, 619520],
    ['A8', 8, 57344, true, true, 16, 1861268, 391828],
    ['A9', 16, 114688, true, true, 16, 1861268, 391828],
    ['Basic_A0', 1, 768, false, true, 1, 0, 20480],
    ['Basic_A1', 1, 1792, false, true, 2, 0, 40960],
    ['Basic_A2', 2, 3584, false, true, 4, 0, 61440],
    ['Basic_A3', 4, 7168, false, true, 8, 0, 122880],
    ['Basic_A4', 8, 14336, false, true, 16, 0, 245760],
    ['Basic_D1', 1, 3584, false, true, 2, 0, 10240],
    ['Basic_D11', 2, 14336, false, true, 4, 0, 40960],
    ['Basic_D12', 4, 28672, false, true, 8, 0, 102400],
    ['Basic_D13', 8, 57344, false, true, 16, 0, 204800],
    ['Basic_D2', 2, 7168, false, true, 4, 0, 40960],
    ['Basic_D3', 4, 14336, false, true, 8, 0, 102400],
    ['Basic_D4', 8, 28672, false, true, 16, 0, 204800],
    ['Basic_D5', 16, 57344, false, true, 32, 0, 409600],
    ['ExtraLarge', 8, 14336, true, true, 16, 2088960, 619520],
    ['ExtraSmall', 1, 768, true, true, 1, 20480, 20480],
    ['Large', 4, 7168, true, true, 8, 1024000, 291840],
    ['Medium', 2, 3584, true, true, 4, 501760, 138240],
    ['Small', 1, 1792, true, true, 2, 230400, 71680],
    ['Standard_D1', 1, 3584, true, true, 2, 51200, 51200],
    ['Standard_D11', 2, 14336, true, true, 4, 102400, 102400],
    ['Standard_D12', 4, 28672, true, true, 8, 256000, 256000],
    ['Standard_D13', 8, 57344, true, true, 16, 512000, 512000],
    ['Standard_D14', 16, 114688, true, true, 32, 1024000, 1024000],
    ['Standard_D2', 2, 7168, true, true, 4, 102400, 102400],
    ['Standard_D3', 4, 14336, true, true, 8, 256000, 256000],
    ['Standard_D4', 8, 28672, true, true, 16, 512000, 512000],
    ['Standard_DS1', 1, 3584, false, true, 2, 0, 7168],
    ['Standard_DS11', 2, 14336, false, true, 4, 0, 28672],
    ['Standard_DS12', 4, 28672, false, true, 8, 0, 57344],
    ['Standard_DS13', 8, 57344, false, true, 16, 0, 114688],
    ['Standard_DS14', 16, 114688, false, true, 32, 0, 229376],
    ['Standard_DS2', 2, 7168, false, true, 4, 0, 14336],
    ['Standard_DS3', 4, 14336, false, true, 8, 0, 28672],
    ['Standard_DS4', 8, 28672, false, true, 16, 0, 57344],
    ['Standard_G1', 2, 28672, false, true, 4, 0, 393216],
    ['Standard_G2', 4, 57344, false, true, 8, 0, 786432],
    ['Standard_G3', 8, 114688, false, true, 16, 0, 1572864],
    ['Standard_G4', 16, 229376, false, true, 32, 0, 3145728],
    ['Standard_G5', 32, 458752, false, true, 64, 0, 6291456],
];

export const ROLE_SIZES: readonly RoleSizeInfo[] = ROWS.map(([name, cores, memoryInMb, web, vm, disks, webDisk, vmDisk]) => ({
    name,
    cores,
    memoryInMb,
    supportedByWebWorkerRoles: web,
    supportedByVirtualMachines: vm,
    maxDataDiskCount: disks,
    webWorkerResourceDiskSizeInMb: webDisk,
    virtualMachineResourceDiskSizeInMb: vmDisk,
}));

/** `Small (1 cores, 1792 MB)`: the Label ASM gives a role size. */
export const roleSizeLabel = (size: RoleSizeInfo): string => `${size.name} (${size.cores} cores, ${size.memoryInMb} MB)`;

export function findRoleSize(name: string): RoleSizeInfo | undefined {
    return ROLE_SIZES.find((s) => s.name.toLowerCase() === name.trim().toLowerCase());
}
