import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { startEmulator, type TestEmulator } from '../helpers/startEmulator';
import { type AsmRun, emulatorEnv, runAsm } from './runAsm';

let emulator: TestEmulator;
let env: Record<string, string>;

before(async () => {
    emulator = await startEmulator();
    env = emulatorEnv(emulator);
});
after(() => emulator.close());

/** Runs asm with valid settings and asserts a usage error: exit 2, the message on stderr, nothing sent. */
async function usageError(args: string[], message: RegExp, extraEnv: Record<string, string> = {}): Promise<AsmRun> {
    emulator.resetCounters();
    const run = await runAsm(args, { env: { ...env, ...extraEnv } });
    assert.equal(run.code, 2, `exit code of asm ${args.join(' ')}: ${run.stdout} ${run.stderr}`);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, message);
    assert.match(run.stderr, /^Run 'asm (\w+ )?--help' for help\.$/m);
    assert.equal(emulator.counters().total, 0, 'no request reached the emulator');
    return run;
}

test('an unknown operation is a usage error naming it, with a suggestion', async () => {
    await usageError(['listLocation'], /^asm: unknown operation 'listLocation' \(did you mean listLocations\?\)\.$/m);
    await usageError(['dropEverything'], /^asm: unknown operation 'dropEverything'\.$/m);
    await usageError(['toString'], /unknown operation 'toString'/);
    await usageError(['--serviceName', 'x'], /the operation comes first/);
});

test('an unknown option is a usage error naming it', async () => {
    const run = await usageError(['getHostedServiceProperties', '--serviceName', 'svc', '--servicename', 'x'], /unknown option --servicename for getHostedServiceProperties \(did you mean --serviceName\?\)/);
    assert.match(run.stderr, /Run 'asm getHostedServiceProperties --help'/);
    await usageError(['listLocations', '--verbose'], /unknown option --verbose for listLocations\./);
    await usageError(['shutdownRole', '--serviceName', 's', '--deploymentName', 'd', '--roleName', 'r', '--operationType', 'X'], /unknown option --operationType/);
    await usageError(['listLocations', 'extra'], /unexpected argument 'extra'/);
    await usageError(['createHostedService', '--body', '{"serviceName":"a","label":"b","colour":"red"}'], /--body: colour is not a field of the CreateHostedService body/);
});

test('a missing required parameter is a usage error naming the option, before any call', async () => {
    await usageError(['getHostedServiceProperties'], /^asm: --serviceName is required/m);
    const run = await usageError(['createHostedService', '--location', 'West US'], /invalid parameters:\n {2}--serviceName is required\n {2}--label is required/);
    assert.doesNotMatch(run.stderr, /West US/);
    await usageError(['createVirtualMachineDeployment', '--serviceName', 's', '--deploymentName', 'd', '--deploymentSlot', 'production', '--label', 'l', '--roleList', '[{}]'], /--roleList\[0\]\.roleName is required/);
});

test('malformed values are usage errors naming the option: numbers, booleans, JSON, schema rules', async () => {
    await usageError(['createStorageAccount', '--serviceName', 'abc', '--label', 'l', '--location', 'West US', '--wait', '--timeout', 'soon'], /--timeout must be a positive number of seconds/);
    await usageError(['createStorageAccount', '--serviceName', 'abc', '--label', 'l', '--timeout', '5'], /--timeout applies to --wait/);
    await usageError(['getHostedServiceProperties', '--serviceName', 'svc', '--embedDetail=yes'], /--embedDetail must be true or false/);
    await usageError(['createHostedService', '--serviceName', 'a', '--label', 'b', '--extendedProperties', '{not json'], /--extendedProperties: the argument is not valid JSON/);
    await usageError(['createHostedService', '--serviceName', 'a', '--label', 'b', '--extendedProperties', '@/nonexistent/props.json'], /--extendedProperties: cannot read \/nonexistent\/props\.json \(ENOENT\)/);
    await usageError(['createHostedService', '--serviceName', 'bad name!', '--label', 'b'], /--serviceName must match the pattern/);
    await usageError(['getDeploymentBySlot', '--serviceName', 'svc', '--deploymentSlot', 'canary'], /--deploymentSlot must be one of: production, staging/);
    await usageError(['getHostedServiceProperties', '--serviceName'], /--serviceName needs a value/);
    await usageError(['getHostedServiceProperties', '--serviceName', 'a', '--serviceName', 'b'], /--serviceName is given more than once/);
    await usageError(['listLocations', '--body', '{}'], /listLocations takes no request body/);
});

test('missing or broken settings are usage errors (exit 2) naming the setting', async () => {
    const without = (name: string): Record<string, string> => Object.fromEntries(Object.entries(env).filter(([k]) => k !== name));
    for (const name of ['ASM_SUBSCRIPTION_ID', 'ASM_CERT_FILE']) {
        emulator.resetCounters();
        const run = await runAsm(['listLocations'], { env: without(name) });
        assert.equal(run.code, 2, run.stderr);
        assert.match(run.stderr, new RegExp(`^asm: ${name} is not set`, 'm'));
        assert.equal(emulator.counters().total, 0);
    }
    await usageError(['listLocations'], /^asm: ASM_CERT_FILE: file \/nonexistent\/nope\.pem: cannot be read \(ENOENT\)/m, { ASM_CERT_FILE: '/nonexistent/nope.pem' });
    await usageError(['listLocations'], /^asm: ASM_CA_FILE: cannot read/m, { ASM_CA_FILE: '/nonexistent/ca.pem' });
    await usageError(['listLocations'], /^asm: ASM_CERT_NAME: is not set \(required with ASM_CERT_KEY_VAULT_URL\)/m, {
        ASM_CERT_FILE: '',
        ASM_CERT_KEY_VAULT_URL: 'https://vault.example',
    });
    await usageError(['listLocations'], /^asm: ASM_CERT_FILE: conflicts with ASM_CERT_KEY_VAULT_URL/m, { ASM_CERT_NAME: 'mgmt' });
    await usageError(['listLocations'], /^asm: ASM_ENDPOINT: must be an absolute http\(s\) URL/m, { ASM_ENDPOINT: 'not a url' });
    await usageError(['listLocations'], /^asm: ASM_SUBSCRIPTION_ID: must be a subscription id/m, { ASM_SUBSCRIPTION_ID: 'no/such' });
    // The parameters are checked before the settings: a bad call says so even without any setting.
    const run = await runAsm(['getHostedServiceProperties'], { env: {} });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--serviceName is required/);
});
