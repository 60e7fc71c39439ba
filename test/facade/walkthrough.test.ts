import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { catalogue } from '../../src/asm/operations/catalogue';
import { demoEstate } from '../../src/emulator/seeds/demoEstate';
import { operationFunctions } from '../../src/facade/operationFunctions';
import { healthFunction } from '../../src/health/healthFunction';
import { openApiFunction } from '../../src/openapi/openApiFunction';
import { createDispatcher } from './helpers/dispatch';
import { type FacadeHarness, startFacade } from './helpers/facadeHarness';
import { UBUNTU } from './helpers/facadeSeed';

let h: FacadeHarness;
let http: ReturnType<typeof createDispatcher>;
before(async () => {
    h = await startFacade({ emulator: { seed: demoEstate } });
    const services = () => h.services;
    http = createDispatcher([
        ...[...new Set(catalogue.map((s) => s.resource))].flatMap((r) => operationFunctions(r, services)),
        healthFunction(services),
        openApiFunction(),
    ]);
});
after(async () => {
    await h.close();
});

/** The Linux VM of the how-to, as the README's curl sends it. */
const vm = (name: string, source: Record<string, unknown>) => ({
    deploymentName: name,
    deploymentSlot: 'production',
    label: name,
    roleList: [
        {
            roleName: name,
            roleType: 'PersistentVMRole',
            configurationSets: [
                { configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'myhostname', userName: 'myuser', userPassword: 'mypassword', disableSshPasswordAuthentication: false },
                { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ name: 'SSH', protocol: 'tcp', port: 22, localPort: 22 }] },
            ],
            ...source,
            roleSize: 'Small',
        },
    ],
});

test('the seeds’ walk-through, by URL, as the README shows it', async () => {
    const expect = async (method: string, url: string, status: number, json?: unknown) => {
        const res = await http(method, url, json);
        assert.equal(res.status, status, `${method} ${url} → ${res.functionName}: ${JSON.stringify(res.body)}`);
        return res;
    };
    await expect('POST', '/api/hostedservices', 201, { serviceName: 'myvm', label: 'myvm', location: 'West US' });

    const account = await expect('POST', '/api/storageaccounts', 202, { serviceName: 'mystorageaccount', label: 'mystorageaccount', description: 'My storage account description.', location: 'West US' });
    assert.equal(account.functionName, 'createStorageAccount');
    const statusUrl = (account.body as { statusUrl: string }).statusUrl;
    let status = 'InProgress';
    for (let i = 0; i < 100 && status === 'InProgress'; i++) {
        await new Promise((r) => setTimeout(r, 20));
        status = ((await expect('GET', new URL(statusUrl).pathname, 200)).body as { status: string }).status;
    }
    assert.equal(status, 'Succeeded');

    const media = 'https://mystorageaccount.blob.core.windows.net/vhds/myvm.vhd';
    await expect('POST', '/api/hostedservices/myvm/deployments?wait=true', 200, vm('myvm', { osVirtualHardDisk: { sourceImageName: UBUNTU, mediaLink: media } }));
    const captured = await expect('POST', '/api/hostedservices/myvm/deployments/myvm/roles/myvm/capture?wait=true', 200, {
        osState: 'Specialized',
        vmImageName: 'myvmimage',
        vmImageLabel: 'myvmimagelabel',
        description: 'myvmimagedescription',
        language: 'english',
        imageFamily: 'mygroup',
    });
    assert.equal(captured.functionName, 'captureVmImage');
    const images = await expect('GET', '/api/vmimages', 200);
    assert.ok((images.body as { value: { name: string }[] }).value.some((i) => i.name === 'myvmimage'));

    await expect('POST', '/api/hostedservices', 201, { serviceName: 'myvm2', label: 'myvm2', location: 'West US' });
    const fromImage = {
        deploymentName: 'myvm2',
        deploymentSlot: 'production',
        label: 'myvm2',
        roleList: [
            {
                roleName: 'myvm2',
                roleType: 'PersistentVMRole',
                roleSize: 'Small',
                vmImageName: 'myvmimage',
                configurationSets: [{ configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'myhostname', userName: 'myuser', userPassword: 'mypassword', disableSshPasswordAuthentication: false }],
            },
        ],
    };
    await expect('POST', '/api/hostedservices/myvm2/deployments?wait=true', 200, fromImage);
    const second = await expect('GET', '/api/hostedservices/myvm2/deploymentslots/production', 200);
    assert.equal((second.body as { roleList: { vmImageName?: string }[] }).roleList[0]?.vmImageName, 'myvmimage');

    for (const name of ['myvm2', 'myvm']) {
        await expect('DELETE', `/api/hostedservices/${name}/deployments/${name}?deleteVhd=true&wait=true`, 200);
        await expect('DELETE', `/api/hostedservices/${name}`, 204);
    }
    await expect('DELETE', '/api/vmimages/myvmimage?deleteVhd=true&wait=true', 200);
    await expect('DELETE', '/api/storageaccounts/mystorageaccount', 204);
    await expect('GET', '/api/hostedservices/myvm', 404);

    assert.equal((await expect('PATCH', '/api/hostedservices/myvm', 405)).headers['allow'], 'GET, PUT, DELETE');
    assert.equal((await expect('GET', '/api/nope', 404)).functionName, 'fallback');
    assert.equal((await expect('GET', '/api/openapi.json', 200)).functionName, 'openapi');
});
