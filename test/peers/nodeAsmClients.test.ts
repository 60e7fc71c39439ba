/**
 * Acceptance: Microsoft's own Node ASM clients (azure-asm-compute@0.18.0, azure-asm-storage@0.12.1,
 * azure-asm-mgmt@0.10.2), used unchanged, run a full VM scenario against the emulator. The scenario runs in a child
 * process (nodeAsmScenario.js) that trusts the emulator's CA only through NODE_EXTRA_CA_CERTS; this test starts the
 * emulator in-process (test/helpers/startEmulator.ts), hands the child its endpoint, subscription and
 * management.pem, and asserts on what the clients returned. What the emulator must serve for these clients is
 * written down in README.md beside this file.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { test } from 'node:test';

import { projectRoot } from '../helpers/projectPaths';
import { startEmulator, type TestEmulator } from '../helpers/startEmulator';

// ---- the child process ------------------------------------------------------------------------------------------

interface ClientError {
    readonly message: string;
    readonly code?: string;
    readonly statusCode?: number;
    readonly requestId?: string;
    readonly operationError?: { readonly code?: string; readonly message?: string };
}
interface StepResult {
    readonly name: string;
    readonly ok: boolean;
    readonly ms: number;
    readonly value?: unknown;
    readonly error?: ClientError;
}
interface ScenarioOutput {
    readonly steps: readonly StepResult[];
    /** The location the child created everything in (chosen from locations.list). */
    readonly location?: string;
    readonly fatal?: ClientError;
}

interface ScenarioNames {
    readonly hostedService: string;
    readonly storageAccount: string;
    readonly deployment: string;
    readonly role: string;
    readonly osImage: string;
    readonly vmImage: string;
    readonly password: string;
}

const CHILD_TIMEOUT_MS = 180_000;
/** storageAccounts.create, createDeployment, captureVMImage, deleteByName, virtualMachineVMImages.deleteMethod. */
const LRO_STEPS = 5;
const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'];

function runScenario(emulator: TestEmulator, names: ScenarioNames): Promise<ScenarioOutput> {
    assert.ok(emulator.paths, 'the test emulator has a state directory with ca.pem and management.pem');
    const script = path.join(projectRoot(), 'test', 'peers', 'nodeAsmScenario.js');
    const env: NodeJS.ProcessEnv = { ...process.env };
    // Loopback only: azure-common and `request` would route through a proxy taken from the environment.
    for (const name of PROXY_VARIABLES) delete env[name];
    delete env.NODE_TEST_CONTEXT;
    Object.assign(env, {
        NODE_EXTRA_CA_CERTS: emulator.paths.ca,
        ASM_PEER_ENDPOINT: emulator.endpoint,
        ASM_PEER_SUBSCRIPTION_ID: emulator.subscriptionId,
        ASM_PEER_MANAGEMENT_PEM: emulator.paths.management,
        ASM_PEER_NAMES: JSON.stringify(names),
        ASM_PEER_STEP_TIMEOUT_MS: '20000',
    });

    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [script], { cwd: projectRoot(), env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        const timer = setTimeout(() => child.kill(), CHILD_TIMEOUT_MS);
        child.on('error', (err) => {
            clearTimeout(timer);
            reject(err);
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            const steps: StepResult[] = [];
            let location: string | undefined;
            let done = false;
            let fatal: ClientError | undefined;
            for (const line of stdout.split('\n')) {
                let parsed: { step?: StepResult; location?: string; done?: boolean; fatal?: ClientError };
                try {
                    parsed = JSON.parse(line) as typeof parsed;
                } catch {
                    continue; // blank, or cut short by a kill
                }
                if (parsed.step) steps.push(parsed.step);
                if (parsed.location !== undefined) location = parsed.location;
                if (parsed.done) done = true;
                if (parsed.fatal) fatal = parsed.fatal;
            }
            if (!done && fatal === undefined) {
                fatal = { message: `the scenario child ended early (code ${code}, signal ${signal}); stderr: ${stderr}` };
            }
            resolve({ steps, ...(location !== undefined ? { location } : {}), ...(fatal !== undefined ? { fatal } : {}) });
        });
    });
}

// ---- views of the clients' results (after JSON: dates are ISO strings) -------------------------------------------

interface LroResult {
    readonly id?: string;
    readonly status?: string;
    readonly httpStatusCode?: string;
    readonly statusCode?: number;
}
interface PlainResult {
    readonly statusCode?: number;
    readonly requestId?: string;
}
interface Location {
    readonly name?: string;
    readonly displayName?: string;
    readonly availableServices: readonly string[];
    readonly computeCapabilities?: { readonly virtualMachinesRoleSizes: readonly string[] };
}
interface HostedService {
    readonly uri?: string;
    readonly serviceName?: string;
    readonly properties?: {
        readonly label?: string;
        readonly description?: string;
        readonly location?: string;
        readonly status?: string;
        readonly dateCreated?: string;
        readonly extendedProperties: Readonly<Record<string, string>>;
    };
}
interface StorageAccount {
    readonly uri?: string;
    readonly name?: string;
    readonly properties?: {
        readonly label?: string;
        readonly description?: string;
        readonly location?: string;
        readonly status?: string;
        readonly accountType?: string;
        readonly endpoints: readonly string[];
    };
}
interface OsImage {
    readonly name?: string;
    readonly label?: string;
    readonly category?: string;
    readonly location?: string;
    readonly mediaLinkUri?: string;
    readonly operatingSystemType?: string;
}
interface RoleSize {
    readonly name?: string;
    readonly label?: string;
    readonly cores?: number;
    readonly memoryInMb?: number;
    readonly supportedByVirtualMachines?: boolean;
}
interface InputEndpoint {
    readonly name?: string;
    readonly port?: number;
    readonly localPort?: string | number;
    readonly protocol?: string;
}
interface Deployment {
    readonly name?: string;
    readonly deploymentSlot?: string;
    readonly status?: string;
    readonly label?: string;
    readonly createdTime?: string;
    readonly roleInstances: readonly { readonly roleName?: string; readonly instanceName?: string; readonly instanceSize?: string }[];
    readonly roles: readonly {
        readonly roleName?: string;
        readonly roleType?: string;
        readonly roleSize?: string;
        readonly configurationSets: readonly { readonly configurationSetType?: string; readonly inputEndpoints: readonly InputEndpoint[] }[];
        readonly oSVirtualHardDisk?: { readonly mediaLink?: string; readonly sourceImageName?: string; readonly operatingSystem?: string };
    }[];
}
interface VmImage {
    readonly name?: string;
    readonly label?: string;
    readonly category?: string;
    readonly location?: string;
    readonly serviceName?: string;
    readonly deploymentName?: string;
    readonly roleName?: string;
    readonly oSDiskConfiguration?: { readonly oSState?: string; readonly operatingSystem?: string; readonly mediaLink?: string };
}
interface ExpectedFailure {
    readonly failed: boolean;
    readonly error?: ClientError;
}

const REQUEST_ID = /^[0-9a-f]{32}$/;
const OPERATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function isDate(text: string | undefined): boolean {
    return text !== undefined && !Number.isNaN(Date.parse(text));
}

// ---- the test -----------------------------------------------------------------------------------------------------

test('Microsoft Node ASM clients (compute, storage, mgmt) run a VM scenario against the emulator, unchanged', async (t) => {
    const emulator = await startEmulator();
    try {
        // Short enough to keep the run quick, long enough that the clients' LRO wrappers see InProgress first.
        emulator.state.setDefaultOperationDuration(150);
        const suffix = randomBytes(4).toString('hex');
        const names: ScenarioNames = {
            hostedService: `peer-svc-${suffix}`,
            storageAccount: `peerstor${suffix}`,
            deployment: `peer-dep-${suffix}`,
            role: `peervm${suffix}`,
            osImage: `peer-linux-${suffix}`,
            vmImage: `peer-vmimage-${suffix}`,
            password: `Pw-${suffix}-secret!`,
        };
        const output = await runScenario(emulator, names);
        await assertScenario(t, output, names, emulator.subscriptionId);
        await t.test('the emulator refused nothing, and the LRO wrappers polled while operations were InProgress', () => {
            const counters = emulator.counters();
            const rejected = Object.entries(counters.byOperation).filter(([name]) => name.startsWith('_'));
            assert.deepEqual(rejected, [], 'requests rejected before reaching an operation (_forbidden, _badVersion, _notFound, …)');
            assert.ok(
                (counters.byOperation.getOperationStatus ?? 0) > LRO_STEPS,
                `more getOperationStatus calls than the ${LRO_STEPS} asynchronous operations: ${JSON.stringify(counters.byOperation)}`,
            );
        });
        assert.equal(output.fatal, undefined, `the scenario child did not finish: ${JSON.stringify(output.fatal)}`);
    } finally {
        await emulator.close();
    }
});

async function assertScenario(
    t: test.TestContext,
    output: ScenarioOutput,
    n: ScenarioNames,
    subscriptionId: string,
): Promise<void> {
    const stepsByName = new Map(output.steps.map((s) => [s.name, s]));

    /** The value of a step that must have succeeded; fails with the client's own error otherwise. */
    function valueOf<T>(name: string): T {
        const s = stepsByName.get(name);
        assert.ok(s, `step ${name} did not run`);
        if (!s.ok) assert.fail(`${name} failed in the Microsoft client: ${JSON.stringify(s.error)}`);
        return s.value as T;
    }
    function assertRequestId(result: PlainResult, name: string): void {
        assert.match(result.requestId ?? '', REQUEST_ID, `${name}: x-ms-request-id (32 lower-case hex) on the response`);
    }
    function assertLroSucceeded(name: string): void {
        const result = valueOf<LroResult>(name);
        assert.equal(result.status, 'Succeeded', `${name}: final Operation <Status>`);
        assert.equal(result.httpStatusCode, '200', `${name}: final Operation <HttpStatusCode>`);
        assert.equal(result.statusCode, 200, `${name}: GET /operations/{id} status`);
        assert.match(result.id ?? '', OPERATION_ID, `${name}: Operation <ID> is the request id as a GUID`);
    }
    function assertNotFound(name: string): void {
        const result = valueOf<ExpectedFailure>(name);
        assert.equal(result.failed, true, `${name}: the read after the delete must fail`);
        assert.equal(result.error?.statusCode, 404, `${name}: status`);
        assert.equal(result.error?.code, 'ResourceNotFound', `${name}: <Error><Code>`);
    }

    const location = output.location ?? '';
    const deploymentLabel = `${n.deployment} label`;
    const osDiskMediaLink = `https://${n.storageAccount}.blob.core.windows.net/vhds/${n.role}-os.vhd`;
    const osImageMediaLink = `https://${n.storageAccount}.blob.core.windows.net/images/${n.osImage}.vhd`;

    await t.test('mgmt locations.list: locations with names, services and VM role sizes', () => {
        const result = valueOf<PlainResult & { locations: readonly Location[]; chosenLocation?: string }>('locations.list');
        assertRequestId(result, 'locations.list');
        assert.ok(result.locations.length > 0, 'at least one location');
        for (const l of result.locations) {
            assert.ok(l.name, 'every location has a <Name>');
            assert.ok(l.displayName, `location ${l.name} has a <DisplayName>`);
        }
        assert.equal(result.chosenLocation, location, 'the scenario ran in the location chosen from the list');
        const chosen = result.locations.find((l) => l.name === location);
        assert.ok(chosen, 'a location offering Compute and Storage');
        for (const service of ['Compute', 'Storage', 'PersistentVMRole']) {
            assert.ok(chosen.availableServices.includes(service), `${location} lists <AvailableService>${service}`);
        }
        assert.ok(
            chosen.computeCapabilities?.virtualMachinesRoleSizes.includes('Small'),
            `${location} lists Small in <ComputeCapabilities><VirtualMachinesRoleSizes>`,
        );
    });

    await t.test('compute hostedServices.create: 201', () => {
        const result = valueOf<PlainResult>('hostedServices.create');
        assert.equal(result.statusCode, 201);
        assertRequestId(result, 'hostedServices.create');
    });

    await t.test('compute hostedServices.list: the new service, label decoded', () => {
        const result = valueOf<{ hostedServices: readonly HostedService[] }>('hostedServices.list');
        const svc = result.hostedServices.find((h) => h.serviceName === n.hostedService);
        assert.ok(svc, `${n.hostedService} is listed`);
        assert.ok(svc.uri?.endsWith(`/${subscriptionId}/services/hostedservices/${n.hostedService}`), `<Url> of ${n.hostedService}`);
        assert.equal(svc.properties?.label, `${n.hostedService} label`);
        assert.equal(svc.properties?.location, location);
    });

    await t.test('compute hostedServices.get: properties as created', () => {
        const svc = valueOf<HostedService & PlainResult>('hostedServices.get');
        assert.equal(svc.serviceName, n.hostedService);
        assert.equal(svc.properties?.label, `${n.hostedService} label`);
        assert.equal(svc.properties?.description, 'created by azure-asm-compute');
        assert.equal(svc.properties?.location, location);
        assert.equal(svc.properties?.status, 'Created');
        assert.ok(isDate(svc.properties?.dateCreated), '<DateCreated> is a date');
        assert.deepEqual(svc.properties?.extendedProperties, { createdBy: 'peers' });
    });

    await t.test('storage storageAccounts.create: 202, polled by the client to Succeeded', () => {
        assertLroSucceeded('storageAccounts.create');
    });

    await t.test('storage storageAccounts.list: the new account, created, with endpoints', () => {
        const result = valueOf<{ storageAccounts: readonly StorageAccount[] }>('storageAccounts.list');
        const account = result.storageAccounts.find((a) => a.name === n.storageAccount);
        assert.ok(account, `${n.storageAccount} is listed`);
        assert.ok(account.uri?.endsWith(`/${subscriptionId}/services/storageservices/${n.storageAccount}`), '<Url>');
        assert.equal(account.properties?.label, `${n.storageAccount} label`);
        assert.equal(account.properties?.description, 'created by azure-asm-storage');
        assert.equal(account.properties?.location, location);
        assert.equal(account.properties?.status, 'Created');
        assert.equal(account.properties?.accountType, 'Standard_LRS');
        assert.ok(
            account.properties?.endpoints.includes(`https://${n.storageAccount}.blob.core.windows.net/`),
            `blob endpoint among ${JSON.stringify(account.properties?.endpoints)}`,
        );
    });

    await t.test('storage storageAccounts.getKeys: two distinct base64 keys', () => {
        const keys = valueOf<{ uri?: string; primaryKey?: string; secondaryKey?: string }>('storageAccounts.getKeys');
        assert.ok(keys.uri?.endsWith(`/${subscriptionId}/services/storageservices/${n.storageAccount}`), '<Url>');
        for (const key of [keys.primaryKey, keys.secondaryKey]) {
            assert.match(key ?? '', /^[A-Za-z0-9+/]+={0,2}$/, 'key is base64');
            assert.equal(Buffer.from(key ?? '', 'base64').length, 64, 'a 512-bit key');
        }
        assert.notEqual(keys.primaryKey, keys.secondaryKey);
    });

    await t.test('compute virtualMachineOSImages.create (AddOSImage): 200 with the OSImage the server completed', () => {
        const image = valueOf<OsImage & PlainResult>('virtualMachineOSImages.create');
        assert.equal(image.statusCode, 200);
        assert.equal(image.name, n.osImage);
        assert.equal(image.label, `${n.osImage} label`);
        assert.equal(image.operatingSystemType, 'Linux');
        assert.equal(image.mediaLinkUri, osImageMediaLink);
        assert.equal(image.category, 'User');
        assert.equal(image.location, location, 'Location taken from the storage account of the MediaLink');
    });

    await t.test('compute virtualMachineOSImages.list: includes the added image', () => {
        const result = valueOf<{ images: readonly OsImage[] }>('virtualMachineOSImages.list');
        const image = result.images.find((i) => i.name === n.osImage);
        assert.ok(image, `${n.osImage} is listed among ${result.images.length} images`);
        assert.equal(image.operatingSystemType, 'Linux');
        assert.equal(image.category, 'User');
        assert.equal(image.mediaLinkUri, osImageMediaLink);
        assert.equal(image.label, `${n.osImage} label`);
    });

    await t.test('mgmt roleSizes.list: Small and typed numbers', () => {
        const result = valueOf<{ roleSizes: readonly RoleSize[] }>('roleSizes.list');
        assert.ok(result.roleSizes.length > 0);
        for (const size of result.roleSizes) {
            assert.ok(size.name, 'every role size has a <Name>');
            assert.ok(Number.isInteger(size.cores) && (size.cores ?? 0) > 0, `${size.name}: <Cores> is a positive integer`);
            assert.ok(Number.isInteger(size.memoryInMb) && (size.memoryInMb ?? 0) > 0, `${size.name}: <MemoryInMb>`);
        }
        const small = result.roleSizes.find((r) => r.name === 'Small');
        assert.ok(small, 'Small is listed');
        assert.equal(small.cores, 1);
        assert.equal(small.memoryInMb, 1792);
        assert.equal(small.supportedByVirtualMachines, true, '<SupportedByVirtualMachines>true</…> (lower-case)');
    });

    await t.test('compute virtualMachines.createDeployment: 202, polled by the client to Succeeded', () => {
        assertLroSucceeded('virtualMachines.createDeployment');
    });

    function assertDeployment(d: Deployment, name: string): void {
        assert.equal(d.name, n.deployment, `${name}: <Name>`);
        assert.equal(d.deploymentSlot, 'Production', `${name}: <DeploymentSlot>`);
        assert.equal(d.label, deploymentLabel, `${name}: <Label> base64 of the plain label the client sent`);
        assert.equal(d.status, 'Running', `${name}: <Status>`);
        assert.ok(isDate(d.createdTime), `${name}: <CreatedTime>`);
        assert.equal(d.roles.length, 1, `${name}: one role`);
        const role = d.roles[0];
        assert.ok(role);
        assert.equal(role.roleName, n.role);
        assert.equal(role.roleType, 'PersistentVMRole');
        assert.equal(role.roleSize, 'Small');
        assert.equal(role.oSVirtualHardDisk?.sourceImageName, n.osImage);
        assert.equal(role.oSVirtualHardDisk?.mediaLink, osDiskMediaLink);
        assert.equal(role.oSVirtualHardDisk?.operatingSystem, 'Linux');
        const network = role.configurationSets.find((c) => c.configurationSetType === 'NetworkConfiguration');
        assert.ok(network, `${name}: the NetworkConfiguration set`);
        const ssh = network.inputEndpoints.find((e) => e.name === 'SSH');
        assert.ok(ssh, `${name}: the SSH input endpoint`);
        assert.equal(ssh.port, 22);
        assert.equal(Number(ssh.localPort), 22);
        assert.equal(ssh.protocol?.toLowerCase(), 'tcp');
        assert.equal(d.roleInstances.length, 1, `${name}: one role instance`);
        assert.equal(d.roleInstances[0]?.roleName, n.role);
        assert.equal(d.roleInstances[0]?.instanceSize, 'Small');
        assert.ok(!JSON.stringify(d).includes(n.password), `${name}: the admin password is never returned`);
    }

    await t.test('compute deployments.getBySlot(Production): the VM deployment', () => {
        assertDeployment(valueOf<Deployment>('deployments.getBySlot'), 'getBySlot');
    });

    await t.test('compute deployments.getByName: the same deployment', () => {
        const byName = valueOf<Deployment & PlainResult>('deployments.getByName');
        assertDeployment(byName, 'getByName');
        const bySlot = stepsByName.get('deployments.getBySlot');
        if (bySlot?.ok) {
            const { requestId: _slotRequest, ...slotView } = bySlot.value as Deployment & PlainResult;
            const { requestId: _nameRequest, ...nameView } = byName;
            assert.deepEqual(nameView, slotView, 'getByName and getBySlot describe the same deployment');
        }
    });

    await t.test('compute virtualMachines.captureVMImage: 202, polled by the client to Succeeded', () => {
        assertLroSucceeded('virtualMachines.captureVMImage');
    });

    await t.test('compute virtualMachineVMImages.list: the captured image', () => {
        const result = valueOf<{ vMImages: readonly VmImage[] }>('virtualMachineVMImages.list');
        const image = result.vMImages.find((i) => i.name === n.vmImage);
        assert.ok(image, `${n.vmImage} is listed among ${result.vMImages.length} VM images`);
        assert.equal(image.label, `${n.vmImage} label`);
        assert.equal(image.category, 'User');
        assert.equal(image.oSDiskConfiguration?.oSState, 'Specialized');
        assert.equal(image.oSDiskConfiguration?.operatingSystem, 'Linux');
        assert.equal(image.serviceName, n.hostedService);
        assert.equal(image.deploymentName, n.deployment);
        assert.equal(image.roleName, n.role);
        assert.equal(image.location, location);
    });

    await t.test('compute deployments.deleteByName(…, true): 202 with comp=media, polled to Succeeded; then 404', () => {
        assertLroSucceeded('deployments.deleteByName');
        assertNotFound('deployments.getBySlot after delete');
    });

    await t.test('compute hostedServices.deleteMethod: 200; then 404', () => {
        const result = valueOf<PlainResult>('hostedServices.deleteMethod');
        assert.equal(result.statusCode, 200);
        assertNotFound('hostedServices.get after delete');
    });

    await t.test('clean-up: VM image (202 → Succeeded), OS image (200), storage account (200, no longer listed)', () => {
        assertLroSucceeded('virtualMachineVMImages.deleteMethod');
        assert.equal(valueOf<PlainResult>('virtualMachineOSImages.deleteMethod').statusCode, 200);
        assert.equal(valueOf<PlainResult>('storageAccounts.deleteMethod').statusCode, 200);
        const after = valueOf<{ storageAccounts: readonly StorageAccount[] }>('storageAccounts.list after delete');
        assert.ok(!after.storageAccounts.some((a) => a.name === n.storageAccount), `${n.storageAccount} is gone`);
    });
}
