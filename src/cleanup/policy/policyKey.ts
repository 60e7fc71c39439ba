import type { CleanupPolicy } from './CleanupPolicy';
import { policyToJson } from './policyToJson';

const keys = new WeakMap<CleanupPolicy, string>();

/** The effective policy as one string: two policies with the same key decide alike. Computed once per policy object. */
export function policyKey(policy: CleanupPolicy): string {
    let key = keys.get(policy);
    if (key === undefined) {
        key = JSON.stringify(policyToJson(policy));
        keys.set(policy, key);
    }
    return key;
}
