import type { OperationSpec } from '../asm/operations/OperationSpec';

/**
 * The resource an operation acts on, for records and events: its ASM path without the subscription, path
 * parameters filled in (`services/hostedservices/svc/deployments/dep`), plus the resource's name when it travels
 * in the body (createStorageAccount → `services/storageservices/acct`). Pure.
 */
export function describeTarget(spec: OperationSpec, params: Readonly<Record<string, unknown>>): string {
    const path = spec.path
        .replace(/^\/\{subscriptionId\}\/?/, '')
        .replace(/\{([A-Za-z0-9_]+)\}/g, (_m, name: string) => String(params[name] ?? `{${name}}`));
    const named = params['serviceName'];
    const inPath = spec.path.includes('{serviceName}');
    return !inPath && typeof named === 'string' && named !== '' ? `${path}/${named}` : path;
}
