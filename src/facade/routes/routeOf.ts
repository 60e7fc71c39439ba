import type { OperationSpec } from '../../asm/operations/OperationSpec';
import { resolveRequestConstants } from '../../client/request/resolveRequestConstants';
import type { FacadeRoute } from './FacadeRoute';
import { ROUTE_OVERRIDES } from './ROUTE_OVERRIDES';

/** ASM collection segments the facade names after what they hold. */
const COLLECTION_NAMES: Readonly<Record<string, string>> = {
    storageservices: 'storageaccounts',
    images: 'osimages',
};

/** Fixed query pairs that select an action on the same ASM path become a trailing segment. */
const QUERY_SEGMENTS: Readonly<Record<string, string>> = {
    'comp=status': 'status',
    'comp=config': 'configuration',
    'action=regenerate': 'regenerate',
};

/** The role operations share `…/roleinstances/{roleName}/Operations`; the pinned OperationType names the action. */
const ROLE_ACTIONS: Readonly<Record<string, string>> = {
    ShutdownRoleOperation: 'shutdown',
    StartRoleOperation: 'start',
    RestartRoleOperation: 'restart',
    CaptureRoleAsVMImageOperation: 'capture',
};

function isParam(segment: string): boolean {
    return /^\{[A-Za-z0-9_]+\}$/.test(segment);
}

/**
 * The facade route of a catalogue operation, derived from its ASM path:
 * 1. `/{subscriptionId}` and `services/` go (the subscription is the app's; `services` says nothing);
 * 2. the collection is renamed where ASM's name is not what it holds (`storageservices` → `storageaccounts`,
 *    `images` → `osimages`);
 * 3. `…/operations/isavailable/{name}` becomes `…/{name}/availability`;
 * 4. `…/roleinstances/{roleName}/Operations` becomes `…/roles/{roleName}/<action>` (shutdown, start, restart,
 *    capture: from the operation's pinned OperationType);
 * 5. fixed query pairs become a trailing segment (`comp=status` → `status`, `comp=config` → `configuration`,
 *    `action=regenerate` → `regenerate`);
 * 6. literal segments are lower-case; parameters keep the catalogue's camelCase names.
 * ROUTE_OVERRIDES (one entry: swapDeployment) wins over the rules. The method is the catalogue's.
 * Throws for a path the rules do not cover, so a new operation cannot silently get a wrong route (a unit test
 * derives every route).
 */
export function routeOf(spec: OperationSpec): FacadeRoute {
    const override = ROUTE_OVERRIDES[spec.name];
    if (override !== undefined) return { method: override.method, route: override.route, operationId: spec.name };

    let segments = spec.path.split('/').filter((s) => s !== '');
    if (segments[0] === '{subscriptionId}') segments = segments.slice(1);
    if (segments[0] === 'services') segments = segments.slice(1);
    const collection = segments[0];
    if (collection === undefined) throw new Error(`${spec.name}: no route can be derived from ${spec.path}.`);
    segments[0] = COLLECTION_NAMES[collection] ?? collection;

    const n = segments.length;
    if (n >= 3 && segments[n - 3] === 'operations' && segments[n - 2] === 'isavailable' && isParam(segments[n - 1] ?? '')) {
        segments = [...segments.slice(0, n - 3), segments[n - 1] ?? '', 'availability'];
    }

    const at = segments.findIndex((s, i) => s === 'roleinstances' && segments[i + 2] === 'Operations');
    if (at !== -1) {
        const operationType = resolveRequestConstants(spec)['operationType'];
        const action = operationType === undefined ? undefined : ROLE_ACTIONS[operationType];
        if (action === undefined) throw new Error(`${spec.name}: role operation without a known OperationType; add it to ROLE_ACTIONS.`);
        segments = [...segments.slice(0, at), 'roles', segments[at + 1] ?? '', action, ...segments.slice(at + 3)];
    }

    for (const [key, value] of Object.entries(spec.fixedQuery ?? {})) {
        const segment = QUERY_SEGMENTS[`${key}=${value}`];
        if (segment === undefined) throw new Error(`${spec.name}: fixed query ${key}=${value} has no route segment; add it to QUERY_SEGMENTS.`);
        segments.push(segment);
    }

    const route = segments.map((s) => (isParam(s) ? s : s.toLowerCase())).join('/');
    return { method: spec.method, route, operationId: spec.name };
}
