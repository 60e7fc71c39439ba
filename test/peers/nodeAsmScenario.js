'use strict';
/*
 * The scenario run by Microsoft's own Node ASM clients (azure-asm-compute@0.18.0, azure-asm-storage@0.12.1,
 * azure-asm-mgmt@0.10.2), used unchanged. Started as a child process by nodeAsmClients.test.ts, which trusts the
 * emulator's CA through NODE_EXTRA_CA_CERTS (the clients' `request` library is never told about it).
 *
 * Input (environment):
 *   ASM_PEER_ENDPOINT         https://127.0.0.1:<port> (the clients' baseUri)
 *   ASM_PEER_SUBSCRIPTION_ID  subscription id
 *   ASM_PEER_MANAGEMENT_PEM   path of management.pem (certificate, then key)
 *   ASM_PEER_NAMES            JSON: { location?, hostedService, storageAccount, deployment, role, osImage, vmImage,
 *                             password }
 *   ASM_PEER_STEP_TIMEOUT_MS  per-step limit (default 30000)
 * Output: JSON lines on stdout, one per step as it ends, `{ "step": { "name", "ok", "ms", "value" | "error" } }`, the
 * location everything is created in (`{ "location" }`), then `{ "done": true }` (or `{ "fatal": … }`). Every step runs even when an earlier one failed, so one run shows every
 * gap; the parent test asserts on the values.
 */
const fs = require('node:fs');

const computeManagement = require('azure-asm-compute');
const storageManagement = require('azure-asm-storage');
const management = require('azure-asm-mgmt');

const endpoint = required('ASM_PEER_ENDPOINT');
const subscriptionId = required('ASM_PEER_SUBSCRIPTION_ID');
const pem = fs.readFileSync(required('ASM_PEER_MANAGEMENT_PEM'));
const names = JSON.parse(required('ASM_PEER_NAMES'));
const stepTimeoutMs = Number(process.env.ASM_PEER_STEP_TIMEOUT_MS || 30000);

function required(name) {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
}

// Each client gets its own credentials object, exactly as the packages' READMEs show.
const compute = computeManagement.createComputeManagementClient(
    computeManagement.createCertificateCloudCredentials({ subscriptionId, pem }),
    endpoint,
);
const storage = storageManagement.createStorageManagementClient(
    storageManagement.createCertificateCloudCredentials({ subscriptionId, pem }),
    endpoint,
);
const mgmt = management.createManagementClient(management.createCertificateCloudCredentials({ subscriptionId, pem }), endpoint);

// The only configuration changed from the defaults: the public long-running-operation polling knobs (seconds; the
// default -1 means "wait 30 s before the first poll and between polls").
for (const client of [compute, storage, mgmt]) {
    client.longRunningOperationInitialTimeout = 0;
    client.longRunningOperationRetryTimeout = 0;
}

/** Calls `fn(callback)` and settles with the client's result, or rejects with its error; gives up after the limit. */
function call(fn) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no answer within ${stepTimeoutMs} ms`)), stepTimeoutMs);
        try {
            fn((err, result) => {
                clearTimeout(timer);
                if (err) reject(err);
                else resolve(result);
            });
        } catch (e) {
            clearTimeout(timer);
            reject(e);
        }
    });
}

function describeError(err) {
    if (!(err instanceof Error)) return { message: String(err) };
    const out = { message: err.message };
    for (const key of ['code', 'statusCode', 'requestId', 'detail']) {
        if (err[key] !== undefined) out[key] = err[key];
    }
    // LRO failures carry the Operation's <Error> as err.error.
    if (err.error && typeof err.error === 'object') out.operationError = { code: err.error.code, message: err.error.message };
    return out;
}

function emit(line) {
    return new Promise((resolve) => process.stdout.write(`${JSON.stringify(line)}\n`, resolve));
}

async function step(name, fn) {
    const started = Date.now();
    try {
        const value = await fn();
        await emit({ step: { name, ok: true, ms: Date.now() - started, value: value === undefined ? null : value } });
    } catch (err) {
        await emit({ step: { name, ok: false, ms: Date.now() - started, error: describeError(err) } });
    }
}

/** A call that is expected to fail (a read after a delete): its error is the value. */
async function expectFailure(fn) {
    try {
        const result = await call(fn);
        return { failed: false, result };
    } catch (err) {
        return { failed: true, error: describeError(err) };
    }
}

async function main() {
    const n = names;
    const hostedServiceLabel = `${n.hostedService} label`;
    const storageLabel = `${n.storageAccount} label`;
    const deploymentLabel = `${n.deployment} label`;
    const osDiskMediaLink = `https://${n.storageAccount}.blob.core.windows.net/vhds/${n.role}-os.vhd`;
    const osImageMediaLink = `https://${n.storageAccount}.blob.core.windows.net/images/${n.osImage}.vhd`;
    let location = n.location;

    await step('locations.list', async () => {
        const result = await call((cb) => mgmt.locations.list(cb));
        if (location === undefined) {
            const usable = result.locations.find(
                (l) => l.availableServices.includes('Compute') && l.availableServices.includes('Storage'),
            );
            location = (usable ?? result.locations[0] ?? {}).name;
        }
        return { ...result, chosenLocation: location };
    });
    // Without a usable list, the later steps still run (in ASM's best-known location) so each gap shows on its own.
    if (location === undefined) location = 'West US';
    await emit({ location });

    await step('hostedServices.create', () =>
        call((cb) =>
            compute.hostedServices.create(
                {
                    serviceName: n.hostedService,
                    label: hostedServiceLabel,
                    description: 'created by azure-asm-compute',
                    location,
                    extendedProperties: { createdBy: 'peers' },
                },
                cb,
            ),
        ),
    );
    await step('hostedServices.list', () => call((cb) => compute.hostedServices.list(cb)));
    await step('hostedServices.get', () => call((cb) => compute.hostedServices.get(n.hostedService, cb)));

    await step('storageAccounts.create', () =>
        call((cb) =>
            storage.storageAccounts.create(
                { name: n.storageAccount, label: storageLabel, description: 'created by azure-asm-storage', location, accountType: 'Standard_LRS' },
                cb,
            ),
        ),
    );
    await step('storageAccounts.list', () => call((cb) => storage.storageAccounts.list(cb)));
    await step('storageAccounts.getKeys', () => call((cb) => storage.storageAccounts.getKeys(n.storageAccount, cb)));

    // The OS image the VM is created from, added with the client's own AddOSImage (its blob lives in our account).
    await step('virtualMachineOSImages.create', () =>
        call((cb) =>
            compute.virtualMachineOSImages.create(
                {
                    name: n.osImage,
                    label: `${n.osImage} label`,
                    mediaLinkUri: osImageMediaLink,
                    operatingSystemType: 'Linux',
                    isPremium: false,
                    showInGui: true,
                },
                cb,
            ),
        ),
    );
    await step('virtualMachineOSImages.list', () => call((cb) => compute.virtualMachineOSImages.list(cb)));
    await step('roleSizes.list', () => call((cb) => mgmt.roleSizes.list(cb)));

    await step('virtualMachines.createDeployment', () =>
        call((cb) =>
            compute.virtualMachines.createDeployment(
                n.hostedService,
                {
                    name: n.deployment,
                    label: deploymentLabel,
                    deploymentSlot: 'Production',
                    roles: [
                        {
                            roleName: n.role,
                            roleType: 'PersistentVMRole',
                            configurationSets: [
                                {
                                    configurationSetType: 'LinuxProvisioningConfiguration',
                                    hostName: `${n.role}-host`,
                                    userName: 'azureuser',
                                    userPassword: n.password,
                                    disableSshPasswordAuthentication: false,
                                },
                                {
                                    configurationSetType: 'NetworkConfiguration',
                                    inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port: 22, localPort: 22 }],
                                },
                            ],
                            oSVirtualHardDisk: {
                                label: `${n.role} os disk`,
                                mediaLink: osDiskMediaLink,
                                sourceImageName: n.osImage,
                            },
                            roleSize: 'Small',
                        },
                    ],
                },
                cb,
            ),
        ),
    );
    await step('deployments.getBySlot', () => call((cb) => compute.deployments.getBySlot(n.hostedService, 'Production', cb)));
    await step('deployments.getByName', () => call((cb) => compute.deployments.getByName(n.hostedService, n.deployment, cb)));

    await step('virtualMachines.captureVMImage', () =>
        call((cb) =>
            compute.virtualMachines.captureVMImage(
                n.hostedService,
                n.deployment,
                n.role,
                { oSState: 'Specialized', vMImageName: n.vmImage, vMImageLabel: `${n.vmImage} label` },
                cb,
            ),
        ),
    );
    await step('virtualMachineVMImages.list', () => call((cb) => compute.virtualMachineVMImages.list(cb)));

    await step('deployments.deleteByName', () => call((cb) => compute.deployments.deleteByName(n.hostedService, n.deployment, true, cb)));
    await step('deployments.getBySlot after delete', () =>
        expectFailure((cb) => compute.deployments.getBySlot(n.hostedService, 'Production', cb)),
    );

    await step('hostedServices.deleteMethod', () => call((cb) => compute.hostedServices.deleteMethod(n.hostedService, cb)));
    await step('hostedServices.get after delete', () => expectFailure((cb) => compute.hostedServices.get(n.hostedService, cb)));

    // Clean-up of what the scenario created, so the storage account holds no image blobs when it is deleted.
    await step('virtualMachineVMImages.deleteMethod', () => call((cb) => compute.virtualMachineVMImages.deleteMethod(n.vmImage, true, cb)));
    await step('virtualMachineOSImages.deleteMethod', () => call((cb) => compute.virtualMachineOSImages.deleteMethod(n.osImage, true, cb)));
    await step('storageAccounts.deleteMethod', () => call((cb) => storage.storageAccounts.deleteMethod(n.storageAccount, cb)));
    await step('storageAccounts.list after delete', () => call((cb) => storage.storageAccounts.list(cb)));
}

// Exit explicitly: a client's poll loop abandoned by a step timeout would otherwise keep the process alive.
main().then(
    () => emit({ done: true }).then(() => process.exit(0)),
    (err) => emit({ fatal: describeError(err) }).then(() => process.exit(1)),
);
