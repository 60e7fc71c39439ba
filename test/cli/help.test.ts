import assert from 'node:assert/strict';
import { test } from 'node:test';

import { catalogue } from '../../src/asm/operations/catalogue';
import { runAsm } from './runAsm';

test('asm --help lists every catalogue operation, the settings and the exit codes', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
        const run = await runAsm(args);
        assert.equal(run.code, 0, run.stderr);
        assert.equal(run.stderr, '');
        for (const op of catalogue) assert.match(run.stdout, new RegExp(`^    ${op.name} +${op.summary.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'), op.name);
        for (const setting of ['ASM_SUBSCRIPTION_ID', 'ASM_ENDPOINT', 'ASM_CERT_FILE', 'ASM_CERT_PASSWORD', 'ASM_CA_FILE']) {
            assert.match(run.stdout, new RegExp(`^  ${setting} `, 'm'), setting);
        }
        assert.match(run.stdout, /Exit codes: 0 success; 1 ASM error .*; 2 usage/);
    }
});

test('asm without arguments prints the usage on stderr and exits 2', async () => {
    const run = await runAsm([]);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^usage: asm <operation>/);
});

test('asm <operation> --help shows summary, method and path, and each parameter with type, required and rules', async () => {
    const run = await runAsm(['createHostedService', '--help']);
    assert.equal(run.code, 0, run.stderr);
    const out = run.stdout;
    assert.match(out, /^usage: asm createHostedService --serviceName <serviceName> --label <label> \[options\]$/m);
    assert.match(out, /Creates a cloud service in a location or an affinity group\./);
    assert.match(out, /^ {2}POST \/\{subscriptionId\}\/services\/hostedservices$/m);
    assert.match(out, /^ {2}--serviceName <string> +Required\. .*1-63 characters\. Pattern /m);
    assert.match(out, /^ {2}--label <string> +Required\. At most 100 characters\.$/m);
    assert.match(out, /^ {2}--location <string> +At most 100 characters\.$/m);
    assert.match(out, /^ {2}--extendedProperties <json object> +Names and string values: \{"name": "value", …\}\. At most 50 entries\.$/m);
    assert.match(out, /^ {2}--body <json\|@file\|-> +The CreateHostedService body/m);
    assert.doesNotMatch(out, /--wait/, 'a synchronous operation offers no --wait');

    const slot = await runAsm(['getDeploymentBySlot', '-h']);
    assert.match(slot.stdout, /^ {2}--deploymentSlot <string> +Required\. Deployment slot: production or staging\. One of: production, staging, Production, Staging\.$/m);
    assert.match(slot.stdout, /GET \/\{subscriptionId\}\/services\/hostedservices\/\{serviceName\}\/deploymentslots\/\{deploymentSlot\}/);

    const embed = await runAsm(['getHostedServiceProperties', '--help']);
    assert.match(embed.stdout, /^ {2}--embedDetail \[true\|false\] +Include deployments\.$/m);

    const del = await runAsm(['help', 'deleteHostedService']);
    assert.equal(del.code, 0);
    assert.match(del.stdout, /^ {2}--complete \[true\|false\] +Delete deployments/m);
    assert.match(del.stdout, /asynchronous with --complete/);
    assert.match(del.stdout, /^ {2}--wait /m);
    assert.match(del.stdout, /^ {2}--timeout <seconds> /m);
});

test('pinned request fields are no options: the role operations do not offer --operationType', async () => {
    const run = await runAsm(['shutdownRole', '--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^ {2}--postShutdownAction <string> +One of: Stopped, StoppedDeallocated\.$/m);
    assert.doesNotMatch(run.stdout, /operationType/);
    assert.match(run.stdout, /^ {2}POST .*\/roleinstances\/\{roleName\}\/Operations$/m);
});

test('--help wins over everything else on the line and needs no settings', async () => {
    const run = await runAsm(['createDeployment', '--nonsense', 'x', '--help']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^usage: asm createDeployment /);
    assert.match(run.stdout, /^ {2}--packageUrl <string> +Required\. .*An absolute URI\.$/m);
});
