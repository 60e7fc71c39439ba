import type { Seed } from '../../../src/emulator/state/seed';

const UBUNTU = 'b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_2-LTS-amd64-server-20150610-en-us-30GB';
const web = (instances = 1) => [{ name: 'WebRole1', instances, size: 'Small' }];
const vm = (name: string) => [{ name, osImage: UBUNTU, size: 'Small', storageAccount: 'cleanupvhds01' }];

/**
 * A realistic estate for the cleanup suites (times relative to the emulator clock): old and new, staging and
 * production, package and VM deployments, a protected service and a protected deployment, a service the policy
 * excludes (`partner-*`), an empty service, one modified recently though created long ago.
 */
export const cleanupEstate: Seed = {
    storageAccounts: [{ name: 'cleanupvhds01', location: 'West US', accountType: 'Standard_LRS' }],
    osImages: [{ name: UBUNTU, label: 'Ubuntu Server 14.04.2-LTS', os: 'Linux', category: 'Public' }],
    hostedServices: [
        {
            name: 'shop-prod',
            location: 'West US',
            extendedProperties: { CleanupProtected: 'true', Owner: 'shop-team' },
            deployments: [
                { name: 'shop-v41', slot: 'production', createdTime: '-120d', roles: web(2) },
                { name: 'shop-v42-rc', slot: 'staging', createdTime: '-30d', status: 'Suspended', roles: web() },
            ],
        },
        { name: 'legacy-api', location: 'West US', deployments: [{ name: 'legacy-2014', slot: 'production', createdTime: '2014-03-02T10:00:00Z', roles: web() }] },
        {
            name: 'web-frontend',
            location: 'West US',
            deployments: [
                { name: 'web-v7', slot: 'production', createdTime: '-60d', roles: web(2) },
                { name: 'web-v8-rc', slot: 'staging', createdTime: '-20d', roles: web() },
            ],
        },
        { name: 'build-agents', location: 'West US', deployments: [{ name: 'build-agents-vm', slot: 'staging', createdTime: '-15d', virtualMachines: vm('buildvm1') }] },
        { name: 'ci-runner-01', location: 'West US', deployments: [{ name: 'ci-runner-01', slot: 'staging', createdTime: '-10d', status: 'Suspended', roles: web() }] },
        { name: 'batch-jobs', location: 'West US', deployments: [{ name: 'batch-v3', slot: 'staging', createdTime: '-3d', roles: web() }] },
        {
            name: 'pinned-svc',
            location: 'West US',
            deployments: [{ name: 'pinned-demo', slot: 'staging', createdTime: '-40d', extendedProperties: { CleanupProtected: 'true' }, roles: web() }],
        },
        { name: 'partner-demo', location: 'West US', deployments: [{ name: 'partner-demo-stage', slot: 'staging', createdTime: '-50d', roles: web() }] },
        { name: 'reports', location: 'West US', deployments: [{ name: 'reports-rc', slot: 'staging', createdTime: '-90d', lastModifiedTime: '-2d', roles: web() }] },
        {
            name: 'qa-env',
            location: 'West US',
            deployments: [
                { name: 'qa-prod', slot: 'production', createdTime: '-25d', roles: web() },
                { name: 'qa-stage', slot: 'staging', createdTime: '-25d', roles: web() },
            ],
        },
        { name: 'empty-svc', location: 'West US' },
        { name: 'old-vm-lab', location: 'West US', deployments: [{ name: 'old-vm-lab', slot: 'staging', createdTime: '-200d', virtualMachines: vm('labvm1') }] },
    ],
};

/** The policy the suites run with: every default except those named. */
export const estatePolicy = { exclude: { services: ['partner-*'] }, deleteDisks: true, deleteEmptyHostedServices: true };

/** What that policy deletes in cleanupEstate: five stale staging deployments and the four services left empty. */
export const expectedDeletions = [
    'build-agents (hosted service)',
    'build-agents/build-agents-vm',
    'ci-runner-01 (hosted service)',
    'ci-runner-01/ci-runner-01',
    'empty-svc (hosted service)',
    'old-vm-lab (hosted service)',
    'old-vm-lab/old-vm-lab',
    'qa-env/qa-stage',
    'web-frontend/web-v8-rc',
];
