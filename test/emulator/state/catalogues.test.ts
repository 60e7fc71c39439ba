import assert from 'node:assert/strict';
import { test } from 'node:test';

import type { Location } from '../../../src/asm/models/location';
import type { OperatingSystem, OperatingSystemFamily } from '../../../src/asm/models/operatingSystem';
import type { RoleSize } from '../../../src/asm/models/roleSize';
import { bodyAs, harness } from './requests';

test('listLocations answers the 2015 regions with their role sizes and storage types', () => {
    const locations = bodyAs<Location[]>(harness().call('listLocations'));
    assert.equal(locations.length, 17);
    const westUs = locations.find((l) => l.name === 'West US');
    assert.ok(westUs);
    assert.equal(westUs.displayName, 'West US');
    assert.deepEqual(westUs.availableServices, ['Compute', 'Storage', 'PersistentVMRole', 'HighMemory']);
    assert.equal(westUs.computeCapabilities?.webWorkerRoleSizes?.length, 20);
    assert.equal(westUs.computeCapabilities?.virtualMachinesRoleSizes?.length, 38);
    assert.deepEqual(westUs.computeCapabilities?.virtualMachinesRoleSizes?.slice(0, 3), ['A10', 'A11', 'A5']);
    assert.ok(westUs.storageCapabilities?.storageAccountTypes?.includes('Premium_LRS'));
    const brazil = locations.find((l) => l.name === 'Brazil South');
    assert.deepEqual(brazil?.computeCapabilities?.webWorkerRoleSizes, ['A5', 'A6', 'A7', 'ExtraLarge', 'ExtraSmall', 'Large', 'Medium', 'Small']);
});

test('listRoleSizes answers sizes with ASM labels', () => {
    const sizes = bodyAs<RoleSize[]>(harness().call('listRoleSizes'));
    assert.deepEqual(sizes.find((s) => s.name === 'Small'), {
        name: 'Small',
        label: 'Small (1 cores, 1792 MB)',
        cores: 1,
        memoryInMb: 1792,
        supportedByWebWorkerRoles: true,
        supportedByVirtualMachines: true,
        maxDataDiskCount: 2,
        webWorkerResourceDiskSizeInMb: 230400,
        virtualMachineResourceDiskSizeInMb: 71680,
    });
    assert.equal(sizes.find((s) => s.name === 'Basic_A0')?.supportedByWebWorkerRoles, false);
});

test('operating systems: flat list with family, families with their releases, one default each', () => {
    const h = harness();
    const list = bodyAs<OperatingSystem[]>(h.call('listOperatingSystems'));
    assert.deepEqual(list.find((o) => o.version === 'WA-GUEST-OS-2.40_201506-01'), {
        version: 'WA-GUEST-OS-2.40_201506-01',
        label: 'Windows Azure Guest OS 2.40 (Release 201506-01)',
        isDefault: true,
        isActive: true,
        family: 2,
        familyLabel: 'Windows Server 2008 R2',
    });
    const families = bodyAs<OperatingSystemFamily[]>(h.call('listOperatingSystemFamilies'));
    assert.deepEqual(families.map((f) => f.name), ['1', '2', '3', '4']);
    for (const f of families) assert.equal(f.operatingSystems?.filter((o) => o.isDefault).length, 1);
    assert.equal(families[3]?.label, 'Windows Server 2012 R2');
    assert.equal(families[3]?.operatingSystems?.[0]?.family, undefined);
});
