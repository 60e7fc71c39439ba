import { CleanupPolicyError } from './CleanupPolicyError';
import { CLEANUP_SETTINGS } from './cleanupSettingNames';
import type { PolicySource } from './PolicySource';

type Env = Readonly<Record<string, string | undefined>>;

const CONTAINER = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/;

/**
 * Reads CLEANUP_POLICY (the policy's JSON) or CLEANUP_POLICY_BLOB (`container/path/name.json` in the Function App's
 * storage account). Both set is refused (which one wins would be a guess); neither means every default.
 */
export function readPolicySource(env: Env = process.env): PolicySource {
    const json = env[CLEANUP_SETTINGS.policy]?.trim();
    const blob = env[CLEANUP_SETTINGS.policyBlob]?.trim();
    const hasJson = json !== undefined && json !== '';
    const hasBlob = blob !== undefined && blob !== '';
    if (hasJson && hasBlob) {
        throw new CleanupPolicyError('settings', [
            { field: CLEANUP_SETTINGS.policyBlob, message: `is set together with ${CLEANUP_SETTINGS.policy}; set only one of them` },
        ]);
    }
    if (hasJson) return { kind: 'setting', json };
    if (!hasBlob) return { kind: 'defaults' };
    const at = blob.indexOf('/');
    const container = at < 0 ? '' : blob.slice(0, at);
    const name = at < 0 ? '' : blob.slice(at + 1);
    if (!CONTAINER.test(container) || name === '' || name.length > 1024) {
        throw new CleanupPolicyError(CLEANUP_SETTINGS.policyBlob, [
            { field: CLEANUP_SETTINGS.policyBlob, message: 'must be "<container>/<blob name>", e.g. "cleanup/policy.json"' },
        ]);
    }
    return { kind: 'blob', container, name };
}
