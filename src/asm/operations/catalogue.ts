import type { OperationSpec } from './OperationSpec';
import * as hostedServices from './hostedServices';

/**
 * Every ASM operation this product speaks, by name. Add an operation by describing it in its resource file;
 * everything else (client, emulator router, HTTP facade, CLI, OpenAPI) picks it up from here.
 */
export const operations = {
    ...hostedServices,
} as const;

export type OperationName = keyof typeof operations;

export const catalogue: readonly OperationSpec[] = Object.values(operations) as readonly OperationSpec[];

export function findOperation(name: string): OperationSpec | undefined {
    return (operations as Record<string, OperationSpec>)[name];
}
