import type { CleanupPolicy } from './CleanupPolicy';
import { CleanupPolicyError } from './CleanupPolicyError';
import { CLEANUP_SETTINGS } from './cleanupSettingNames';
import { parseCleanupPolicy } from './parseCleanupPolicy';
import type { PolicySource } from './PolicySource';

export interface PolicyLoaderDeps {
    /** Reads a blob of the Function App's storage account as text (undefined when it does not exist). */
    readonly readBlob: (container: string, name: string) => Promise<string | undefined>;
    readonly now: () => number;
    /** How long a policy read from a blob is reused, ms (default 60 s). */
    readonly blobTtlMs?: number;
}

function parseText(text: string, where: string): CleanupPolicy {
    let json: unknown;
    try {
        json = JSON.parse(text) as unknown;
    } catch (err) {
        throw new CleanupPolicyError(where, [{ field: '(policy)', message: `is not valid JSON (${(err as Error).message})` }]);
    }
    return parseCleanupPolicy(json, where);
}

/**
 * The policy loader of CleanupDeps: validates the policy of the source on every call that needs it — the setting's
 * once (it cannot change within an instance), a blob's at most every `blobTtlMs` — and throws CleanupPolicyError
 * naming the field when it is invalid. A missing blob is an error too: a policy someone meant to set is never
 * silently replaced by defaults.
 */
export function createPolicyLoader(source: PolicySource, deps: PolicyLoaderDeps): () => Promise<CleanupPolicy> {
    if (source.kind === 'defaults') {
        const policy = parseCleanupPolicy({}, 'defaults');
        return () => Promise.resolve(policy);
    }
    if (source.kind === 'setting') {
        let cached: CleanupPolicy | undefined;
        return () => {
            try {
                cached ??= parseText(source.json, CLEANUP_SETTINGS.policy);
                return Promise.resolve(cached);
            } catch (err) {
                return Promise.reject(err as Error);
            }
        };
    }
    const where = `blob ${source.container}/${source.name}`;
    const ttl = deps.blobTtlMs ?? 60_000;
    let cached: { policy: CleanupPolicy; at: number } | undefined;
    return async () => {
        if (cached !== undefined && deps.now() - cached.at < ttl) return cached.policy;
        const text = await deps.readBlob(source.container, source.name);
        if (text === undefined) throw new CleanupPolicyError(where, [{ field: CLEANUP_SETTINGS.policyBlob, message: 'names a blob that does not exist' }]);
        const policy = parseText(text, where);
        cached = { policy, at: deps.now() };
        return policy;
    };
}
