/** The key of a deployment across runs (marks, plan items): ASM names are case-insensitive. */
export function markKey(serviceName: string, deploymentName: string): string {
    return `${serviceName.toLowerCase()}/${deploymentName.toLowerCase()}`;
}
