/** RowKeys of a run's items: `~` never occurs in ASM names, and lower case because ASM names are case-insensitive. */
export const itemKeys = {
    deployment: (serviceName: string, deploymentName: string) => `d~${serviceName.toLowerCase()}~${deploymentName.toLowerCase()}`,
    service: (serviceName: string) => `s~${serviceName.toLowerCase()}`,
    work: (serviceName: string) => `w~${serviceName.toLowerCase()}`,
    /** Prefixes for listing. */
    deployments: 'd~',
    services: 's~',
    works: 'w~',
} as const;
