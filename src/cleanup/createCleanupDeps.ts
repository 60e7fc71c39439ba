import { type CleanupAsm, type CleanupDeps, type CleanupSettings, type CleanupTracker, DEFAULT_CLEANUP_SETTINGS } from './CleanupDeps';
import { createPolicyLoader } from './policy/createPolicyLoader';
import type { PolicySource } from './policy/PolicySource';
import { ConcurrencyGate } from './run/ConcurrencyGate';
import type { CleanupStorage } from './store/createCleanupStorage';

export interface CleanupDepsInput {
    readonly subscriptionId: string;
    readonly asm: CleanupAsm;
    readonly storage: CleanupStorage;
    readonly policySource: PolicySource;
    readonly tracker?: CleanupTracker;
    readonly now?: () => number;
    readonly sleep?: (ms: number) => Promise<void>;
    readonly settings?: Partial<CleanupSettings>;
    readonly newRunId?: (now: number) => string;
}

/** Wires the cleanup engine: stores and queues of one storage account, the policy loader, the ASM client. */
export function createCleanupDeps(input: CleanupDepsInput): CleanupDeps {
    const now = input.now ?? Date.now;
    return {
        subscriptionId: input.subscriptionId,
        asm: input.asm,
        runs: input.storage.runs,
        items: input.storage.items,
        marks: input.storage.marks,
        queues: input.storage.queues,
        loadPolicy: createPolicyLoader(input.policySource, { readBlob: (c, n) => input.storage.readBlob(c, n), now }),
        ...(input.tracker === undefined ? {} : { tracker: input.tracker }),
        gate: new ConcurrencyGate(),
        now,
        sleep: input.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
        settings: { ...DEFAULT_CLEANUP_SETTINGS, ...input.settings },
        ...(input.newRunId === undefined ? {} : { newRunId: input.newRunId }),
    };
}
