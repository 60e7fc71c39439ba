import type { IsoDuration } from './IsoDuration';

export type DeploymentSlot = 'production' | 'staging';
export type AgeField = 'createdTime' | 'lastModifiedTime';

/** Glob patterns (`*`, `?`) on hosted service names and deployment names. */
export interface NamePatterns {
    readonly services: readonly string[];
    readonly deployments: readonly string[];
}

/** An extended property that, on a hosted service or a deployment, protects it from cleanup. */
export interface ProtectionMarker {
    readonly name: string;
    readonly value: string;
}

/**
 * A validated cleanup policy with every default applied (see parseCleanupPolicy and defaultPolicyJson).
 * Durations keep the text they were written as, for reports.
 */
export interface CleanupPolicy {
    readonly maxAge: IsoDuration;
    readonly ageFrom: AgeField;
    readonly slots: readonly DeploymentSlot[];
    readonly include: NamePatterns;
    readonly exclude: NamePatterns;
    readonly protectionMarker: ProtectionMarker;
    /** Glob patterns on the deployment status (`Running`, `Suspended`, …); `["*"]` = any. */
    readonly statuses: readonly string[];
    readonly deleteDisks: boolean;
    readonly deleteEmptyHostedServices: boolean;
    /** Zero = no grace period: an eligible deployment is deleted by the run that finds it. */
    readonly gracePeriod: IsoDuration;
    readonly maxDeletionsPerRun: number;
    readonly concurrency: number;
    readonly dryRun: boolean;
}
