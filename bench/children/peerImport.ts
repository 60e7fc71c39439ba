/**
 * Child: the Node peer's cold start — a fresh process loads azure-asm-compute and azure-asm-storage (unchanged) and
 * creates their clients from a management certificate, as a function built on them would before its first call.
 */
import { readFileSync } from 'node:fs';

import { childMain } from '../lib/childProtocol';

interface PeerModule {
    createCertificateCloudCredentials?(options: { subscriptionId: string; pem: string }): unknown;
    createComputeManagementClient?(credentials: unknown, baseUri: string): unknown;
    createStorageManagementClient?(credentials: unknown, baseUri: string): unknown;
}

export interface PeerImportInput {
    readonly managementPemFile: string;
    readonly subscriptionId: string;
    readonly endpoint: string;
}

export interface PeerImportResult {
    readonly importMs: number;
    readonly importCpuMs: number;
}

childMain(async (input: PeerImportInput): Promise<PeerImportResult> => {
    const pem = readFileSync(input.managementPemFile, 'utf8');
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const compute = require('azure-asm-compute') as PeerModule;
    const storage = require('azure-asm-storage') as PeerModule;
    if (compute.createCertificateCloudCredentials === undefined || compute.createComputeManagementClient === undefined || storage.createStorageManagementClient === undefined) {
        throw new Error('azure-asm-compute / azure-asm-storage do not export what they used to.');
    }
    const credentials = compute.createCertificateCloudCredentials({ subscriptionId: input.subscriptionId, pem });
    compute.createComputeManagementClient(credentials, input.endpoint);
    storage.createStorageManagementClient(credentials, input.endpoint);
    const importMs = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { importMs, importCpuMs: (cpu.user + cpu.system) / 1000 };
});
