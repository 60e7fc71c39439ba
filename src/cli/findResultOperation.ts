import { catalogue } from '../asm/operations/catalogue';
import type { OperationSpec } from '../asm/operations/OperationSpec';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

function pathParamNames(spec: OperationSpec): string[] {
    return [...spec.path.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '').filter((n) => n !== '' && n !== 'subscriptionId');
}

/** `VirtualMachineDeployment` → `VirtualMachineDeployment`, `MachineDeployment`, `Deployment`. */
function camelSuffixes(name: string): string[] {
    const words = name.match(/[A-Z][a-z0-9]*/g) ?? [];
    return words.map((_, i) => words.slice(i).join(''));
}

/**
 * For a `create…` operation, the catalogue's `get…` operation that reads back what it created, and its
 * parameters taken from the create call by name: createHostedService → getHostedServiceProperties(serviceName),
 * createDeployment → getDeploymentBySlot(serviceName, deploymentSlot), createVirtualMachineDeployment → the same.
 * Derived from the catalogue (longest matching resource name first, then catalogue order); undefined when no
 * `get` operation can be filled from the call's parameters.
 */
export function findResultOperation(
    spec: OperationSpec,
    params: Readonly<Record<string, unknown>>,
): { readonly operation: OperationSpec; readonly params: Record<string, string> } | undefined {
    const created = /^create([A-Z]\w*)$/.exec(spec.name)?.[1];
    if (created === undefined) return undefined;
    for (const resource of camelSuffixes(created)) {
        for (const candidate of catalogue) {
            if (candidate.method !== 'GET' || !candidate.name.startsWith(`get${resource}`) || candidate.request !== undefined) continue;
            const names = pathParamNames(candidate);
            const values = names.map((n) => params[n]);
            if (names.length === 0 || values.some((v) => typeof v !== 'string' || v === '')) continue;
            return { operation: candidate, params: Object.fromEntries(names.map((n, i) => [n, values[i] as string])) };
        }
    }
    return undefined;
}
