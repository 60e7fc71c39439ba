import assert from 'node:assert/strict';
import { test } from 'node:test';

import { deploymentDocument } from '../../src/asm/models/deployment';
import { addOsImageRequest } from '../../src/asm/models/osImage';
import { createStorageServiceRequest } from '../../src/asm/models/storageService';
import { virtualMachineDeploymentRequest } from '../../src/asm/models/virtualMachine';
import { parseModel, toXml } from '../../src/xml/modelXml';

test('deployments write i:type on PersistentVMRole roles and network configuration sets only', () => {
    const xml = toXml(deploymentDocument, {
        name: 'd',
        roleList: [
            { roleName: 'vm', roleType: 'PersistentVMRole', configurationSets: [{ configurationSetType: 'NetworkConfiguration', subnetNames: [] }] },
            { roleName: 'WorkerRole1', configurationSets: [{ configurationSetType: 'Other' }] },
        ],
    });
    assert.match(xml, /<Role i:type="PersistentVMRole"><RoleName>vm<\/RoleName><RoleType>PersistentVMRole<\/RoleType>/);
    assert.match(xml, /<ConfigurationSet i:type="NetworkConfigurationSet"><ConfigurationSetType>NetworkConfiguration</);
    assert.match(xml, /<Role><RoleName>WorkerRole1<\/RoleName><ConfigurationSets><ConfigurationSet><ConfigurationSetType>Other/);
    // The attribute is derived, never read into the model.
    const model = parseModel(deploymentDocument, xml);
    assert.deepEqual(Object.keys(model.roleList?.[0] ?? {}), ['roleName', 'roleType', 'configurationSets']);
});

test('request bodies: base64 labels where ASM wants them, plain where Python sent plain', () => {
    assert.match(
        toXml(createStorageServiceRequest, { serviceName: 'acct', label: 'my label' }),
        /<ServiceName>acct<\/ServiceName><Label>bXkgbGFiZWw=<\/Label>/,
    );
    const vm = toXml(virtualMachineDeploymentRequest, { deploymentName: 'd', deploymentSlot: 'production', label: 'plain label', roleList: [] });
    assert.match(vm, /<Label>plain label<\/Label><RoleList><\/RoleList>/);
    assert.match(
        toXml(addOsImageRequest, { label: 'img', mediaLink: 'http://a/b.vhd', name: 'n', os: 'Linux' }),
        /<OSImage [^>]*><Label>img<\/Label><MediaLink>http:\/\/a\/b.vhd<\/MediaLink><Name>n<\/Name><OS>Linux<\/OS><\/OSImage>/,
    );
});

test('a VM deployment model nests as the XML does, in Python’s element order', () => {
    const xml = toXml(virtualMachineDeploymentRequest, {
        deploymentName: 'svc',
        deploymentSlot: 'production',
        label: 'svc',
        roleList: [
            {
                roleName: 'vm',
                roleType: 'PersistentVMRole',
                configurationSets: [
                    { configurationSetType: 'LinuxProvisioningConfiguration', hostName: 'h', userName: 'u', userPassword: 'p4ssw0rd!', customData: 'hi' },
                    { configurationSetType: 'NetworkConfiguration', inputEndpoints: [{ localPort: 22, name: 'ssh', port: 22, protocol: 'tcp' }], subnetNames: [] },
                ],
                vmImageName: 'img',
                roleSize: 'Small',
            },
        ],
        dns: { dnsServers: [{ name: 'dns1', address: '10.0.0.4' }] },
    });
    assert.match(
        xml,
        /<ConfigurationSetType>LinuxProvisioningConfiguration<\/ConfigurationSetType><HostName>h<\/HostName><UserName>u<\/UserName><UserPassword>p4ssw0rd!<\/UserPassword><CustomData>aGk=<\/CustomData>/,
    );
    assert.match(xml, /<InputEndpoints><InputEndpoint><LocalPort>22<\/LocalPort><Name>ssh<\/Name><Port>22<\/Port><Protocol>tcp<\/Protocol><\/InputEndpoint><\/InputEndpoints><SubnetNames><\/SubnetNames>/);
    assert.match(xml, /<\/ConfigurationSets><VMImageName>img<\/VMImageName><RoleSize>Small<\/RoleSize><\/Role><\/RoleList><Dns><DnsServers><DnsServer><Name>dns1<\/Name>/);
});
