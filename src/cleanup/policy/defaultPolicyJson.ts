/**
 * Every policy field with its default, as JSON: what an empty policy `{}` means. Safe on its own: a dry run that
 * would delete staging deployments untouched for 7 days, never production, never anything protected.
 */
export const defaultPolicyJson = {
    maxAge: 'P7D',
    ageFrom: 'lastModifiedTime',
    slots: ['staging'],
    include: { services: ['*'], deployments: ['*'] },
    exclude: { services: [], deployments: [] },
    protectionMarker: { name: 'CleanupProtected', value: 'true' },
    statuses: ['*'],
    deleteDisks: false,
    deleteEmptyHostedServices: false,
    gracePeriod: 'P0D',
    maxDeletionsPerRun: 20,
    concurrency: 8,
    dryRun: true,
} as const;
