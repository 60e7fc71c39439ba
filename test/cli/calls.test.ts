import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { startEmulator, type TestEmulator } from '../helpers/startEmulator';
import { emulatorEnv, runAsm, stderrError, stdoutJson } from './runAsm';

const UBUNTU = 'b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-15_04-amd64-server-20150616.1-en-us-30GB';
const REQUEST_ID = /^[0-9a-f]{32}$/;

let emulator: TestEmulator;
let env: Record<string, string>;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'asm-cli-calls-'));

before(async () => {
    emulator = await startEmulator({
        seed: {
            storageAccounts: [{ name: 'storagename', location: 'West US' }],
            osImages: [{ name: UBUNTU, label: 'Ubuntu Server 15.04', os: 'Linux', category: 'Public' }],
            hostedServices: [{ name: 'vmsvc', location: 'West US' }],
        },
    });
    env = emulatorEnv(emulator);
});
after(async () => {
    await emulator.close();
    rmSync(tmp, { recursive: true, force: true });
});

test('listLocations prints the locations as a JSON array', async () => {
    emulator.resetCounters();
    const run = await runAsm(['listLocations'], { env });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const locations = stdoutJson(run) as { name: string; availableServices?: string[] }[];
    assert.ok(Array.isArray(locations) && locations.length > 0);
    assert.ok(locations.some((l) => l.name === 'West US'));
    assert.match(run.stdout, /^\[\n {2}\{\n {4}"name"/, 'pretty-printed');
    assert.deepEqual(emulator.counters().byOperation, { listLocations: 1 });
});

test('createHostedService, then getHostedServiceProperties --embedDetail', async () => {
    const created = await runAsm(
        ['createHostedService', '--serviceName', 'cli-svc', '--label', 'CLI service', '--location', 'West US', '--extendedProperties', '{"Owner":"cli"}'],
        { env },
    );
    assert.equal(created.code, 0, created.stderr);
    assert.match((stdoutJson(created) as { requestId: string }).requestId, REQUEST_ID, 'a body-less answer prints its request id');

    const got = await runAsm(['getHostedServiceProperties', '--serviceName', 'cli-svc', '--embedDetail'], { env });
    assert.equal(got.code, 0, got.stderr);
    const service = stdoutJson(got) as {
        serviceName: string;
        hostedServiceProperties: { label: string; location: string; extendedProperties: Record<string, string> };
        deployments: unknown[];
    };
    assert.equal(service.serviceName, 'cli-svc');
    assert.equal(service.hostedServiceProperties.label, 'CLI service', 'the label is sent base64 and read back decoded');
    assert.equal(service.hostedServiceProperties.location, 'West US');
    assert.deepEqual(service.hostedServiceProperties.extendedProperties, { Owner: 'cli' });
    assert.deepEqual(service.deployments, [], 'embed-detail=true lists the (no) deployments');

    const again = await runAsm(['createHostedService', '--serviceName=cli-svc', '--label=x', '--location=West US'], { env });
    assert.equal(again.code, 1, 'an existing name is an ASM conflict');
    const error = stderrError(again);
    assert.equal(error['status'], 409);
    assert.equal(error['operation'], 'createHostedService');
    assert.match(String(error['requestId']), REQUEST_ID);
});

test('an asynchronous operation without --wait prints { requestId }, which getOperationStatus follows', async () => {
    const run = await runAsm(['createStorageAccount', '--serviceName', 'clistore1', '--label', 'store', '--location', 'West US'], { env });
    assert.equal(run.code, 0, run.stderr);
    const { requestId } = stdoutJson(run) as { requestId: string };
    assert.match(requestId, REQUEST_ID);
    assert.deepEqual(Object.keys(stdoutJson(run) as object), ['requestId']);

    const status = await runAsm(['getOperationStatus', '--requestId', requestId], { env });
    assert.equal(status.code, 0, status.stderr);
    assert.match((stdoutJson(status) as { status: string }).status, /^(InProgress|Succeeded)$/);
});

test('an asynchronous create with --wait prints the finished operation and the created resource', async () => {
    emulator.resetCounters();
    const run = await runAsm(['createStorageAccount', '--serviceName', 'clistore2', '--label', 'store', '--location', 'West US', '--wait', '--timeout', '30'], { env });
    assert.equal(run.code, 0, run.stderr);
    const out = stdoutJson(run) as { operation: { status: string; httpStatusCode: number }; result: { serviceName: string } };
    assert.equal(out.operation.status, 'Succeeded');
    assert.equal(out.operation.httpStatusCode, 200);
    assert.equal(out.result.serviceName, 'clistore2');
    const calls = emulator.counters().byOperation;
    assert.equal(calls['createStorageAccount'], 1);
    assert.ok((calls['getOperationStatus'] ?? 0) >= 1);
    assert.equal(calls['getStorageAccountProperties'], 1, 'the created account is read back');
    assert.equal(calls['getStorageAccountKeys'], undefined, 'never the keys');
});

test('--wait on an operation that is asynchronous only with its flag: deleteHostedService --complete --wait', async () => {
    assert.equal((await runAsm(['createHostedService', '--serviceName', 'cli-del', '--label', 'd', '--location', 'West US'], { env })).code, 0);
    const run = await runAsm(['deleteHostedService', '--serviceName', 'cli-del', '--complete', 'true', '--wait'], { env });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(Object.keys(stdoutJson(run) as object), ['operation'], 'not a create: the operation only');
    assert.equal((stdoutJson(run) as { operation: { status: string } }).operation.status, 'Succeeded');
    const gone = await runAsm(['getHostedServiceProperties', '--serviceName', 'cli-del'], { env });
    assert.equal(gone.code, 1);
});

test('a virtual machine from --roleList @file with --wait: the deployment is read back by slot', async () => {
    const roles = [
        {
            roleName: 'clivm',
            roleType: 'PersistentVMRole',
            configurationSets: [{ configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'clivm', userName: 'azureuser', userPassword: 'u7;9jbp!x' }],
            osVirtualHardDisk: { mediaLink: 'http://storagename.blob.core.windows.net/vhds/clivm.vhd', sourceImageName: UBUNTU },
            roleSize: 'Small',
        },
    ];
    const file = path.join(tmp, 'roles.json');
    writeFileSync(file, JSON.stringify(roles));
    const run = await runAsm(
        ['createVirtualMachineDeployment', '--serviceName', 'vmsvc', '--deploymentName', 'clivm', '--deploymentSlot', 'production', '--label', 'vm', '--roleList', '@roles.json', '--wait'],
        { env, cwd: tmp },
    );
    assert.equal(run.code, 0, run.stderr);
    const out = stdoutJson(run) as { operation: { status: string }; result: { name: string; roleList: { roleName: string }[] } };
    assert.equal(out.operation.status, 'Succeeded');
    assert.equal(out.result.name, 'clivm');
    assert.deepEqual(out.result.roleList.map((r) => r.roleName), ['clivm']);
    assert.doesNotMatch(run.stdout, /u7;9jbp!x/, 'ASM does not echo the password');
});

test('--body - reads the request body from standard input; options given separately win over its fields', async () => {
    const body = { serviceName: 'cli-stdin', label: 'from stdin', location: 'West US', description: 'body' };
    const run = await runAsm(['createHostedService', '--body', '-', '--description', 'option'], { env, input: JSON.stringify(body) });
    assert.equal(run.code, 0, run.stderr);
    const got = stdoutJson(await runAsm(['getHostedServiceProperties', '--serviceName', 'cli-stdin'], { env })) as {
        hostedServiceProperties: { label: string; description: string };
    };
    assert.equal(got.hostedServiceProperties.label, 'from stdin');
    assert.equal(got.hostedServiceProperties.description, 'option');
});

test('--wait on a failing operation exits 1 with the operation’s own error', async () => {
    emulator.state.scriptOperation('createStorageAccount', { outcome: 'fail', error: { status: 409, code: 'ConflictError', message: 'The storage quota is used up.' } });
    const run = await runAsm(['createStorageAccount', '--serviceName', 'clistore3', '--label', 's', '--location', 'West US', '--wait'], { env });
    assert.equal(run.code, 1, run.stdout);
    assert.equal(run.stdout, '');
    const error = stderrError(run);
    assert.equal(error['code'], 'ConflictError');
    assert.equal(error['message'], 'The storage quota is used up.');
    assert.equal(error['status'], 409);
    assert.equal(error['kind'], 'ASM_OPERATION_FAILED');
    assert.equal(error['operation'], 'createStorageAccount');
    assert.match(String(error['requestId']), REQUEST_ID);
});

test('--timeout gives up on an operation that does not finish: exit 1 naming its request id', async () => {
    emulator.state.scriptOperation('createStorageAccount', { outcome: 'never' });
    const started = Date.now();
    const run = await runAsm(['createStorageAccount', '--serviceName', 'clistore4', '--label', 's', '--location', 'West US', '--wait', '--timeout', '1'], { env });
    assert.equal(run.code, 1, run.stdout);
    assert.ok(Date.now() - started < 15_000);
    const error = stderrError(run);
    assert.equal(error['code'], 'ASM_OPERATION_TIMEOUT');
    assert.match(String(error['requestId']), REQUEST_ID);
});

test('an ASM 404 exits 1 with the error as JSON on stderr', async () => {
    const run = await runAsm(['getDeploymentByName', '--serviceName', 'vmsvc', '--deploymentName', 'nothere'], { env });
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    const error = stderrError(run);
    assert.deepEqual(Object.keys(error).sort(), ['code', 'kind', 'message', 'operation', 'requestId', 'status']);
    assert.equal(error['code'], 'ResourceNotFound');
    assert.equal(error['status'], 404);
    assert.equal(error['operation'], 'getDeploymentByName');
    assert.equal(error['kind'], 'ASM_HTTP_ERROR');
    assert.equal(typeof error['message'], 'string');
});

test('a certificate the subscription does not know: exit 1, CertificateRejected, no key material printed', async () => {
    const stranger = await emulator.mintClientCertificate();
    const file = path.join(tmp, 'stranger.pem');
    writeFileSync(file, stranger.pem);
    const run = await runAsm(['listLocations'], { env: emulatorEnv(emulator, { ASM_CERT_FILE: file }) });
    assert.equal(run.code, 1);
    const error = stderrError(run);
    assert.equal(error['status'], 403);
    assert.equal(error['kind'], 'ASM_CERTIFICATE_REJECTED');
    assert.doesNotMatch(run.stderr + run.stdout, /BEGIN|PRIVATE|[A-Za-z0-9+/]{64}/);
});
