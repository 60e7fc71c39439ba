import type { OperationSpec } from './OperationSpec';
import * as deployments from './deployments';
import * as hostedServices from './hostedServices';
import * as locations from './locations';
import * as operatingSystems from './operatingSystems';
import * as operationStatus from './operationStatus';
import * as osImages from './osImages';
import * as roleSizes from './roleSizes';
import * as storageAccounts from './storageAccounts';
import * as virtualMachines from './virtualMachines';
import * as vmImages from './vmImages';

/**
 * Every ASM operation this product speaks, by name. Add an operation by describing it in its resource file;
 * everything else (client, emulator router, HTTP facade, CLI, OpenAPI) picks it up from here.
 */
export const operations = {
    ...locations,
    ...hostedServices,
    ...deployments,
    ...storageAccounts,
    ...operationStatus,
    ...operatingSystems,
    ...osImages,
    ...virtualMachines,
    ...vmImages,
    ...roleSizes,
} as const;

export type OperationName = keyof typeof operations;

export const catalogue: readonly OperationSpec[] = Object.values(operations) as readonly OperationSpec[];

export function findOperation(name: string): OperationSpec | undefined {
    return (operations as Record<string, OperationSpec>)[name];
}
