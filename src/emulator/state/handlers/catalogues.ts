import type { Location } from '../../../asm/models/location';
import type { OperatingSystem, OperatingSystemFamily } from '../../../asm/models/operatingSystem';
import type { RoleSize } from '../../../asm/models/roleSize';
import { LOCATIONS } from '../catalogues/locationData';
import { OPERATING_SYSTEM_FAMILIES, OPERATING_SYSTEMS, type OperatingSystemInfo } from '../catalogues/operatingSystemData';
import { ROLE_SIZES, roleSizeLabel } from '../catalogues/roleSizeData';
import { type HandlerTable, ok } from './Handler';

const locations = (): Location[] =>
    LOCATIONS.map((l) => ({
        name: l.name,
        displayName: l.name,
        availableServices: [...l.availableServices],
        computeCapabilities: { webWorkerRoleSizes: [...l.webWorkerRoleSizes], virtualMachinesRoleSizes: [...l.virtualMachinesRoleSizes] },
        storageCapabilities: { storageAccountTypes: [...l.storageAccountTypes] },
    }));

const operatingSystem = (o: OperatingSystemInfo, withFamily: boolean): OperatingSystem => ({
    version: o.version,
    label: o.label,
    isDefault: o.isDefault,
    isActive: o.isActive,
    ...(withFamily ? { family: Number(o.family), familyLabel: o.familyLabel } : {}),
});

const families = (): OperatingSystemFamily[] =>
    OPERATING_SYSTEM_FAMILIES.map((f) => ({ name: f.name, label: f.label, operatingSystems: f.operatingSystems.map((o) => operatingSystem(o, false)) }));

const roleSizes = (): RoleSize[] => ROLE_SIZES.map((s) => ({ ...s, label: roleSizeLabel(s) }));

/** The static catalogues: the same for every subscription, values as ASM listed them in 2015. */
export const catalogueHandlers: HandlerTable = {
    listLocations: () => ok(locations()),
    listOperatingSystems: () => ok(OPERATING_SYSTEMS.map((o) => operatingSystem(o, true))),
    listOperatingSystemFamilies: () => ok(families()),
    listRoleSizes: () => ok(roleSizes()),
};
