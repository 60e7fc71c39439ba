/**
 * A grace-period mark: the run that first found a deployment eligible remembers what it looked like. A later run
 * deletes it only when the grace period has passed and the deployment is still exactly this one (same privateId,
 * same lastModifiedTime).
 */
export interface Mark {
    readonly serviceName: string;
    readonly deploymentName: string;
    readonly privateId: string;
    readonly lastModifiedTime: string;
    /** ISO time the grace period started. */
    readonly markedAt: string;
    readonly runId: string;
}
