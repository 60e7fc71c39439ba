import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { alive, childrenOf, type RunningStack, startStack } from '../helpers/startScriptSupport';
import { waitFor } from '../host/waitFor';

/**
 * The README's walk-through over real HTTP against `npm start`'s stack: the compiled start script of this build
 * (Azurite child process, the ASM emulator with its demo estate, the local Functions host loading this build's
 * functions/*.js), on free loopback ports, the emulator's state in a temporary directory.
 */
const BUILD_ROOT = path.resolve(__dirname, '..', '..');
const UBUNTU = 'b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_2-LTS-amd64-server-20150610-en-us-30GB';
const JSON_TYPE = /^application\/json/;
const PROBLEM_TYPE = /^application\/problem\+json/;



type Json = Record<string, unknown>;
interface Answer {
    readonly status: number;
    readonly headers: Headers;
    readonly body: Json | undefined;
}

/** An OperationStatus body of a finished operation (?wait=true → 200). */
function assertSucceeded(res: Answer, what: string): void {
    assert.match(res.headers.get('content-type') ?? '', JSON_TYPE, what);
    assert.equal(res.body?.['status'], 'Succeeded', `${what}: ${JSON.stringify(res.body)}`);
    assert.equal(res.body?.['httpStatusCode'], 200, what);
    assert.match(String(res.body?.['requestId']), /^[0-9a-f]{32}$/, what);
    assert.match(String(res.body?.['statusUrl']), /\/api\/operations\/[0-9a-f]{32}$/, what);
}

/** The Linux VM of the how-to, as the README's curl sends it, from `source` (osVirtualHardDisk or vmImageName). */
function linuxVm(name: string, source: Json, network = true): Json {
    return {
        deploymentName: name,
        deploymentSlot: 'production',
        label: name,
        roleList: [
            {
                roleName: name,
                roleType: 'PersistentVMRole',
                roleSize: 'Small',
                configurationSets: [
                    { configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'myhostname', userName: 'myuser', userPassword: 'mypassword', disableSshPasswordAuthentication: false },
                    ...(network ? [{ configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port: 22, localPort: 22 }] }] : []),
                ],
                ...source,
            },
        ],
    };
}

describe('e2e: the walk-through over HTTP against npm start', { timeout: 120_000 }, () => {
    let stack: RunningStack;
    let api: string;
    const timings: string[] = [];

    const call = async (method: string, route: string, json?: unknown): Promise<Answer> => {
        const started = Date.now();
        const res = await fetch(`${api}${route}`, {
            method,
            ...(json === undefined ? {} : { body: JSON.stringify(json), headers: { 'content-type': 'application/json' } }),
            signal: AbortSignal.timeout(60_000),
        });
        const text = await res.text();
        timings.push(`${method} ${route} → ${res.status} in ${Date.now() - started} ms`);
        return { status: res.status, headers: res.headers, body: text === '' ? undefined : (JSON.parse(text) as Json) };
    };
    const expect = async (method: string, route: string, status: number, json?: unknown): Promise<Answer> => {
        const res = await call(method, route, json);
        assert.equal(res.status, status, `${method} ${route}: ${JSON.stringify(res.body)}`);
        return res;
    };

    before(async () => {
        // This build's functions, whatever the outDir (package.json main is dist/functions/*.js).
        stack = await startStack({ prefix: 'asm-e2e-', main: path.join(BUILD_ROOT, 'functions', '*.js') });
        api = stack.api;
        assert.match(api, /^http:\/\/127\.0\.0\.1:\d+\/api$/);
        assert.doesNotMatch(stack.stdout(), /in error/, 'every function loads');
    });

    after(async () => {
        await stack?.stop();
        if (process.env['E2E_TIMINGS'] === '1') process.stdout.write(`${timings.join('\n')}\n`);
    });

    it('creates, captures, redeploys and deletes, as the README shows', async () => {
        // a cloud service
        const created = await expect('POST', '/hostedservices', 201, { serviceName: 'myvm', label: 'myvm', location: 'West US' });
        assert.equal(created.body, undefined, '201 without content');
        const service = await expect('GET', '/hostedservices/myvm', 200);
        assert.equal(service.body?.['serviceName'], 'myvm');
        assert.equal((service.body?.['hostedServiceProperties'] as Json | undefined)?.['label'], 'myvm', 'labels are plain text');

        // a storage account: 202, then poll the status URL until it succeeds
        const account = await expect('POST', '/storageaccounts', 202, {
            serviceName: 'mystorageaccount',
            label: 'mystorageaccount',
            description: 'My storage account description.',
            location: 'West US',
        });
        assert.match(account.headers.get('content-type') ?? '', JSON_TYPE);
        assert.equal(account.body?.['status'], 'InProgress');
        const requestId = String(account.body?.['requestId']);
        assert.match(requestId, /^[0-9a-f]{32}$/);
        const statusUrl = String(account.body?.['statusUrl']);
        assert.equal(statusUrl, `${api}/operations/${requestId}`);
        assert.equal(account.headers.get('location'), statusUrl);
        assert.equal(account.headers.get('retry-after'), '5');
        let status: Json | undefined;
        await waitFor(
            'the storage account',
            async () => {
                const res = await fetch(statusUrl, { signal: AbortSignal.timeout(30_000) });
                assert.equal(res.status, 200);
                status = (await res.json()) as Json;
                assert.equal(status['requestId'], requestId);
                return status['status'] !== 'InProgress';
            },
            60_000,
        );
        assert.deepEqual(status, { requestId, status: 'Succeeded', statusUrl, httpStatusCode: 200 });
        const props = await expect('GET', '/storageaccounts/mystorageaccount', 200);
        assert.equal(props.body?.['serviceName'], 'mystorageaccount');

        // an OS image: the demo estate's platform image, and one of our own in that account
        const platform = await expect('GET', `/osimages/${UBUNTU}`, 200);
        assert.equal(platform.body?.['os'], 'Linux');
        const osImage = await expect('POST', '/osimages', 200, {
            name: 'myosimage',
            label: 'My OS image',
            mediaLink: 'https://mystorageaccount.blob.core.windows.net/vhds/myosimage.vhd',
            os: 'Linux',
        });
        assert.equal(osImage.body?.['name'], 'myosimage');
        assert.equal(osImage.body?.['category'], 'User');
        const osImages = await expect('GET', '/osimages', 200);
        assert.ok((osImages.body?.['value'] as Json[]).some((i) => i['name'] === 'myosimage'));

        // a Linux VM from the OS image, its disk in that account; wait for it
        const vm = await expect(
            'POST',
            '/hostedservices/myvm/deployments?wait=true',
            200,
            linuxVm('myvm', { osVirtualHardDisk: { sourceImageName: 'myosimage', mediaLink: 'https://mystorageaccount.blob.core.windows.net/vhds/myvm.vhd' } }),
        );
        assertSucceeded(vm, 'createVirtualMachineDeployment');
        const deployment = await expect('GET', '/hostedservices/myvm/deployments/myvm', 200);
        assert.equal(deployment.body?.['name'], 'myvm');
        assert.equal((deployment.body?.['roleList'] as Json[] | undefined)?.[0]?.['roleName'], 'myvm');

        // capture it as a VM image, then list the VM images
        const capture = await expect('POST', '/hostedservices/myvm/deployments/myvm/roles/myvm/capture?wait=true', 200, {
            osState: 'Specialized',
            vmImageName: 'myvmimage',
            vmImageLabel: 'myvmimagelabel',
            description: 'myvmimagedescription',
            language: 'english',
            imageFamily: 'mygroup',
        });
        assertSucceeded(capture, 'captureVmImage');
        const vmImages = await expect('GET', '/vmimages', 200);
        const image = (vmImages.body?.['value'] as Json[]).find((i) => i['name'] === 'myvmimage');
        assert.ok(image, JSON.stringify(vmImages.body));
        assert.equal(image['label'], 'myvmimagelabel');
        assert.equal(image['category'], 'User');
        assert.equal(image['roleName'], 'myvm');

        // a second VM from the image, in a second cloud service
        await expect('POST', '/hostedservices', 201, { serviceName: 'myvm2', label: 'myvm2', location: 'West US' });
        const vm2 = await expect('POST', '/hostedservices/myvm2/deployments?wait=true', 200, linuxVm('myvm2', { vmImageName: 'myvmimage' }, false));
        assertSucceeded(vm2, 'createVirtualMachineDeployment from the VM image');
        const second = await expect('GET', '/hostedservices/myvm2/deploymentslots/production', 200);
        assert.equal((second.body?.['roleList'] as Json[] | undefined)?.[0]?.['vmImageName'], 'myvmimage');

        // delete: deployments (with their disks), cloud services, the images, the account
        for (const name of ['myvm2', 'myvm']) {
            assertSucceeded(await expect('DELETE', `/hostedservices/${name}/deployments/${name}?deleteVhd=true&wait=true`, 200), `deleteDeployment ${name}`);
            assert.equal((await expect('DELETE', `/hostedservices/${name}`, 204)).body, undefined);
        }
        assertSucceeded(await expect('DELETE', '/vmimages/myvmimage?deleteVhd=true&wait=true', 200), 'deleteVmImage');
        assert.equal((await expect('DELETE', '/osimages/myosimage?deleteVhd=true', 204)).body, undefined);
        assert.equal((await expect('DELETE', '/storageaccounts/mystorageaccount', 204)).body, undefined);

        // gone
        assert.equal((await expect('GET', '/hostedservices/myvm', 404)).body?.['code'], 'ResourceNotFound');
        assert.equal((await expect('GET', '/storageaccounts/mystorageaccount', 404)).body?.['code'], 'ResourceNotFound');
        assert.equal((await expect('GET', '/osimages/myosimage', 404)).body?.['code'], 'ResourceNotFound');
        assert.ok(!((await expect('GET', '/vmimages', 200)).body?.['value'] as Json[]).some((i) => i['name'] === 'myvmimage'));
    });

    it('answers errors as problem+json: 404 from ASM, 400 naming each field, 404/405 for no such endpoint', async () => {
        const missing = await expect('GET', '/hostedservices/no-such-service', 404);
        assert.match(missing.headers.get('content-type') ?? '', PROBLEM_TYPE);
        assert.equal(missing.body?.['type'], 'urn:asm-functions:problem:asm-error');
        assert.equal(missing.body?.['status'], 404);
        assert.equal(missing.body?.['code'], 'ResourceNotFound');
        assert.equal(missing.body?.['instance'], '/api/hostedservices/no-such-service');
        assert.equal(missing.body?.['operationId'], 'getHostedServiceProperties');
        assert.match(String(missing.body?.['requestId']), /^[0-9a-f]{32}$/);
        assert.equal(typeof missing.body?.['invocationId'], 'string');

        const bad = await expect('POST', '/hostedservices', 400, { serviceName: '-x', label: 'x'.repeat(101), colour: 'red' });
        assert.match(bad.headers.get('content-type') ?? '', PROBLEM_TYPE);
        assert.equal(bad.body?.['type'], 'urn:asm-functions:problem:invalid-request');
        assert.equal(bad.body?.['code'], 'InvalidInput');
        assert.equal(bad.body?.['operationId'], 'createHostedService');
        assert.equal(bad.body?.['instance'], '/api/hostedservices');
        const paths = (bad.body?.['errors'] as { path: string }[]).map((e) => e.path).sort();
        assert.deepEqual(paths, ['body.colour', 'body.label', 'body.serviceName']);
        assert.equal((await call('GET', '/hostedservices/-x')).status, 400, 'nothing reached ASM');

        const nowhere = await expect('GET', '/no/such/endpoint', 404);
        assert.match(nowhere.headers.get('content-type') ?? '', PROBLEM_TYPE);
        assert.equal(nowhere.body?.['code'], 'NotFound');
        const method = await expect('PATCH', '/hostedservices/myvm', 405);
        assert.equal(method.headers.get('allow'), 'GET, PUT, DELETE');
        assert.equal(method.body?.['code'], 'MethodNotAllowed');
    });

    it('stops the host, the emulator and Azurite on SIGINT', async () => {
        const pid = stack.child.pid as number;
        const children = childrenOf(pid);
        assert.ok(children.length >= 1, 'Azurite runs as a child process');
        stack.child.kill('SIGINT');
        assert.equal(await stack.exit, 0, `exit code (stderr: ${stack.stderr()})`);
        assert.match(stack.stdout(), /asm-functions stopped\.\n$/);
        await waitFor('the children to exit', () => children.every((c) => !alive(c)), 15_000);
        assert.ok(!alive(pid));
    });
});
