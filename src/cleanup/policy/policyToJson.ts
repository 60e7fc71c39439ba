import type { CleanupPolicy } from './CleanupPolicy';

/** The effective policy as JSON (the shape parseCleanupPolicy reads, every field present): stored with each run. */
export function policyToJson(policy: CleanupPolicy): Record<string, unknown> {
    return {
        maxAge: policy.maxAge.text,
        ageFrom: policy.ageFrom,
        slots: [...policy.slots],
        include: { services: [...policy.include.services], deployments: [...policy.include.deployments] },
        exclude: { services: [...policy.exclude.services], deployments: [...policy.exclude.deployments] },
        protectionMarker: { ...policy.protectionMarker },
        statuses: [...policy.statuses],
        deleteDisks: policy.deleteDisks,
        deleteEmptyHostedServices: policy.deleteEmptyHostedServices,
        gracePeriod: policy.gracePeriod.text,
        maxDeletionsPerRun: policy.maxDeletionsPerRun,
        concurrency: policy.concurrency,
        dryRun: policy.dryRun,
    };
}
