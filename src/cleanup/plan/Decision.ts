/** Why a deployment is kept. */
export type KeepReason =
    | 'protected-service'
    | 'protected-deployment'
    | 'excluded'
    | 'not-included'
    | 'slot-not-selected'
    | 'status-not-selected'
    | 'too-young'
    | 'no-timestamp'
    | 'breaker';

/** Why a deployment is marked: its grace period starts, restarts (it changed since marked) or is still running. */
export type MarkReason = 'grace-started' | 'grace-restarted' | 'grace-pending';

/** Why a deployment is deleted: stale (no grace period), or stale and unchanged for the whole grace period. */
export type DeleteReason = 'stale' | 'grace-elapsed';

export type ServiceKeepReason = 'protected-service' | 'excluded' | 'not-included' | 'empty-services-disabled' | 'breaker';
export type ServiceDeleteReason = 'empty' | 'empty-after-cleanup';

interface DeploymentFacts {
    readonly kind: 'deployment';
    readonly serviceName: string;
    readonly deploymentName: string;
    readonly slot: string;
    readonly status?: string;
    readonly privateId?: string;
    readonly createdTime?: string;
    readonly lastModifiedTime?: string;
    readonly isVirtualMachine: boolean;
    /** Age on the policy's `ageFrom` time, when the deployment has one. */
    readonly ageMs?: number;
    /** One readable sentence: the reason with its numbers. */
    readonly detail: string;
}

export type DeploymentDecision = DeploymentFacts &
    (
        | { readonly action: 'keep'; readonly reason: KeepReason }
        | { readonly action: 'mark'; readonly reason: MarkReason; readonly markedAt: string }
        | { readonly action: 'delete'; readonly reason: DeleteReason; readonly ageMs: number; readonly deleteDisks: boolean }
    );

export type ServiceDecision = {
    readonly kind: 'service';
    readonly serviceName: string;
    readonly detail: string;
} & ({ readonly action: 'keep'; readonly reason: ServiceKeepReason } | { readonly action: 'delete'; readonly reason: ServiceDeleteReason });

/** What the planner says about one thing it saw. Every deployment gets one; services only when (about to be) empty. */
export type Decision = DeploymentDecision | ServiceDecision;
