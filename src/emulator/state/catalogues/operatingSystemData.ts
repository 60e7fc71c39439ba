/**
 * Guest OS families and versions for cloud service roles, as ASM listed them in mid-2015
 * (PY-REC test_list_operating_systems / test_list_operating_system_families): the first release of each family
 * (long retired) and the four supported ones, the newest being the default.
 */
export interface OperatingSystemInfo {
    readonly version: string;
    readonly label: string;
    readonly isDefault: boolean;
    readonly isActive: boolean;
    readonly family: string;
    readonly familyLabel: string;
}

export interface OperatingSystemFamilyInfo {
    readonly name: string;
    readonly label: string;
    readonly operatingSystems: readonly OperatingSystemInfo[];
}

const FAMILIES: readonly (readonly [family: string, label: string, first: string, active: readonly string[]])[] = [
    ['1', 'Windows Server 2008 SP2', '1.0_200912-01', ['1.45_201503-01', '1.46_201504-01', '1.47_201505-02', '1.48_201506-01']],
    ['2', 'Windows Server 2008 R2', '2.0_201010-01', ['2.37_201503-01', '2.38_201504-01', '2.39_201505-02', '2.40_201506-01']],
    ['3', 'Windows Server 2012', '3.0_201208-02', ['3.25_201503-01', '3.26_201504-01', '3.27_201505-02', '3.28_201506-01']],
    ['4', 'Windows Server 2012 R2', '4.0_201309-03', ['4.18_201503-01', '4.19_201504-01', '4.20_201505-02', '4.21_201506-01']],
];

function os(family: string, familyLabel: string, release: string, isActive: boolean, isDefault: boolean): OperatingSystemInfo {
    const [number = '', date = ''] = release.split('_');
    return {
        version: `WA-GUEST-OS-${release}`,
        label: `Windows Azure Guest OS ${number} (Release ${date})`,
        isDefault,
        isActive,
        family,
        familyLabel,
    };
}

export const OPERATING_SYSTEM_FAMILIES: readonly OperatingSystemFamilyInfo[] = FAMILIES.map(([family, label, first, active]) => ({
    name: family,
    label,
    operatingSystems: [
        os(family, label, first, false, false),
        ...active.map((release, i) => os(family, label, release, true, i === active.length - 1)),
    ],
}));

export const OPERATING_SYSTEMS: readonly OperatingSystemInfo[] = OPERATING_SYSTEM_FAMILIES.flatMap((f) => f.operatingSystems);

/** The default guest OS of a family (`WA-GUEST-OS-2.40_201506-01` for family 2). */
export function defaultOsVersion(family: string): string | undefined {
    return OPERATING_SYSTEMS.find((o) => o.family === family && o.isDefault)?.version;
}
