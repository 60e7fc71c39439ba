import type { DeploymentRecord } from '../store/records';

const MANAGEMENT = 'https://management.core.windows.net';

/** `Url` of a hosted service (PY-REC). */
export const hostedServiceUrl = (subscriptionId: string, service: string): string =>
    `${MANAGEMENT}/${subscriptionId}/services/hostedservices/${service}`;

/** `Url` of a storage account, listed, read on its own or with its keys (PY-REC test_*_storage_account*). */
export const storageServiceUrl = (subscriptionId: string, account: string): string =>
    `${MANAGEMENT}/${subscriptionId}/services/storageservices/${account}`;

/** `Location` of a 201 CreateHostedService (PY-REC). */
export const computeLocation = (subscriptionId: string, service: string): string =>
    `${MANAGEMENT}/subscriptions/${subscriptionId}/compute/${service}`;

/** `Location` of a 202 CreateStorageAccount (PY-REC). */
export const storageLocation = (subscriptionId: string, account: string): string =>
    `${MANAGEMENT}/subscriptions/${subscriptionId}/storage/${account}`;

/** A deployment's `Url`: the service's DNS name in production, the private id in staging. */
export const deploymentUrl = (service: string, deployment: Pick<DeploymentRecord, 'slot' | 'privateId'>): string =>
    deployment.slot === 'Production' ? `http://${service}.cloudapp.net/` : `http://${deployment.privateId}.cloudapp.net/`;

/** The blob host of a storage account (`https://acct.blob.core.windows.net/`). */
export const blobEndpoint = (account: string): string => `https://${account}.blob.core.windows.net/`;

/** The storage account a blob URL lives in (`http://acct.blob.core.windows.net/c/b.vhd` → `acct`). */
export function accountOfBlob(url: string): string | undefined {
    return /^https?:\/\/([a-z0-9]+)\.blob\.core\.windows\.net\//i.exec(url)?.[1]?.toLowerCase();
}
