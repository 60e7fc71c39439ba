import assert from 'node:assert/strict';
import { test } from 'node:test';

import { catalogue } from '../../src/asm/operations/catalogue';
import { casesByOperationAndFile, isSuccess, recordingsOrSkip } from './recordedCases';

/**
 * The catalogue operations at least one successful recorded call exercises. Update this list when an operation
 * gains or (worse) loses its recordings; the test fails otherwise, so coverage cannot drop silently.
 */
const EXPECTED_COVERED = [
    'addOsImage',
    'captureVmImage',
    'changeDeploymentConfiguration',
    'checkHostedServiceNameAvailability',
    'checkStorageAccountNameAvailability',
    'createDeployment',
    'createHostedService',
    'createStorageAccount',
    'createVirtualMachineDeployment',
    'deleteDeployment',
    'deleteHostedService',
    'deleteOsImage',
    'deleteStorageAccount',
    'deleteVmImage',
    'getDeploymentByName',
    'getDeploymentBySlot',
    'getHostedServiceProperties',
    'getOperationStatus',
    'getOsImage',
    'getStorageAccountKeys',
    'getStorageAccountProperties',
    'listHostedServices',
    'listLocations',
    'listOperatingSystemFamilies',
    'listOperatingSystems',
    'listOsImages',
    'listRoleSizes',
    'listStorageAccounts',
    'listVmImages',
    'regenerateStorageAccountKeys',
    'restartRole',
    'shutdownRole',
    'startRole',
    'updateDeploymentStatus',
    'updateHostedService',
];

const dir = recordingsOrSkip('recording coverage');
if (dir !== undefined) {
    const cases = casesByOperationAndFile(dir);
    const covered = catalogue
        .map((o) => o.name)
        .filter((name) => [...(cases.get(name)?.values() ?? [])].flat().some((c) => isSuccess(c.interaction.status)))
        .sort();
    const uncovered = catalogue.map((o) => o.name).filter((name) => !covered.includes(name));

    test(`recordings cover ${covered.length} of ${catalogue.length} catalogue operations (not covered: ${uncovered.join(', ') || 'none'})`, () => {
        assert.deepEqual(covered, [...EXPECTED_COVERED].sort());
    });

    for (const name of covered) {
        const files = [...(cases.get(name)?.keys() ?? [])];
        test(`${name} is covered by ${files.length} recording(s): ${files.join(', ')}`, () => {
            assert.ok(files.length > 0);
        });
    }
}
