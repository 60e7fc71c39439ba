import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { parseCleanupPolicy } from '../../src/cleanup/policy/parseCleanupPolicy';
import { loadConfig, SETTING_NAMES } from '../../src/config/loadConfig';
import {
    appSettings,
    calledFunctions,
    deployedResources,
    evaluatorFor,
    expressionStrings,
    type Json,
    loadParameterFile,
    loadTemplate,
    parseExpression,
    REFERENCE_STUBS,
    SUPPORTED_FUNCTIONS,
} from './armTemplate';
import { INTENTIONALLY_UNSET } from './intentionallyUnset';
import { runtimeMentions } from './runtimeSource';

const PLANS = ['FlexConsumption', 'Consumption'] as const;
const CALLBACK_SECRET = 'not-a-real-secret-0123456789';

const ROLE = {
    keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6',
    keyVaultCertificatesOfficer: 'a4417e6f-fecd-4de8-b567-7b0420556985',
    storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
    storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe',
    storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88',
    storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3',
    monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb',
} as const;

function resourcesFor(overrides: Readonly<Record<string, Json>> = {}): ReturnType<typeof deployedResources> {
    return deployedResources(evaluatorFor(overrides));
}

function one(resources: ReturnType<typeof deployedResources>, type: string): ReturnType<typeof deployedResources>[number] {
    const found = resources.filter((r) => r.type === type);
    assert.equal(found.length, 1, `exactly one ${type}`);
    return found[0] as ReturnType<typeof deployedResources>[number];
}

function obj(v: Json | undefined, what: string): Record<string, Json> {
    assert.ok(v !== null && typeof v === 'object' && !Array.isArray(v), `${what} is an object`);
    return v as Record<string, Json>;
}

/** Names the evaluated template gives its resources (so tests need not repeat the naming rules). */
function names(resources: ReturnType<typeof deployedResources>): { site: string; identity: string; storage: string; vault: string; insights: string } {
    return {
        site: one(resources, 'Microsoft.Web/sites').name,
        identity: one(resources, 'Microsoft.ManagedIdentity/userAssignedIdentities').name,
        storage: one(resources, 'Microsoft.Storage/storageAccounts').name,
        vault: one(resources, 'Microsoft.KeyVault/vaults').name,
        insights: one(resources, 'Microsoft.Insights/components').name,
    };
}

describe('infra/azuredeploy.json: structure', () => {
    const template = loadTemplate();
    const expressions = expressionStrings(template as unknown as Json);

    test('parses as an ARM deployment template', () => {
        assert.match(template.$schema, /schemas\/2019-04-01\/deploymentTemplate\.json#$/);
        assert.equal(template.contentVersion, '1.0.0.0');
        assert.ok(Array.isArray(template.resources) && template.resources.length > 0);
        assert.ok(expressions.length > 50, 'the template is mostly expressions');
    });

    test('every expression parses and calls only functions the offline evaluator implements', () => {
        for (const { path, text } of expressions) {
            let expr: ReturnType<typeof parseExpression>;
            try {
                expr = parseExpression(text.slice(1, -1));
            } catch (err) {
                assert.fail(`${path}: ${text}: ${err instanceof Error ? err.message : String(err)}`);
            }
            for (const fn of calledFunctions(expr)) assert.ok(SUPPORTED_FUNCTIONS.has(fn), `${path} calls ${fn}()`);
        }
    });

    test("every parameters('x') and variables('x') is declared, and every declaration is used", () => {
        const used = { parameters: new Set<string>(), variables: new Set<string>() };
        for (const { path, text } of expressions) {
            for (const kind of ['parameters', 'variables'] as const) {
                for (const m of text.matchAll(new RegExp(`\\b${kind}\\(\\s*'([^']*)'\\s*\\)`, 'gi'))) {
                    const name = m[1] as string;
                    const declared = kind === 'parameters' ? template.parameters : template.variables;
                    assert.ok(Object.hasOwn(declared, name), `${path}: ${kind}('${name}') is not declared`);
                    used[kind].add(name);
                }
            }
        }
        for (const name of Object.keys(template.parameters)) assert.ok(used.parameters.has(name), `parameter ${name} is never used`);
        for (const name of Object.keys(template.variables)) assert.ok(used.variables.has(name), `variable ${name} is never used`);
    });

    test('every resource has a type and a dated apiVersion', () => {
        for (const r of template.resources) {
            assert.match(r.type, /^[A-Za-z]+\.[A-Za-z]+\/[A-Za-z/]+$/, `type of ${r.name}`);
            assert.match(r.apiVersion, /^\d{4}-\d{2}-\d{2}(-preview)?$/, `apiVersion of ${r.type}`);
        }
    });

    test('reference() is never used where ARM forbids it (variables, names, conditions, scopes, dependsOn)', () => {
        const forbidden = [
            ...expressionStrings(template.variables as unknown as Json, '$.variables'),
            ...template.resources.flatMap((r, i) =>
                [r.name, r.condition, r.scope, ...(r.dependsOn ?? [])].flatMap((v) => (v === undefined ? [] : expressionStrings(v as Json, `$.resources[${i}]`))),
            ),
        ];
        for (const { path, text } of forbidden) assert.ok(!calledFunctions(parseExpression(text.slice(1, -1))).has('reference'), `${path}: ${text}`);
    });

    test('the parameters file names only declared parameters, gives every required one, and respects allowed values', () => {
        const file = loadParameterFile();
        assert.match(file.$schema, /schemas\/2019-04-01\/deploymentParameters\.json#$/);
        for (const [name, { value }] of Object.entries(file.parameters)) {
            const def = template.parameters[name];
            assert.ok(def !== undefined, `parameters file sets undeclared ${name}`);
            if (def.allowedValues !== undefined) assert.ok(def.allowedValues.some((a) => JSON.stringify(a) === JSON.stringify(value)), `${name}: ${JSON.stringify(value)}`);
            const jsonType = ({ string: 'string', securestring: 'string', int: 'number', bool: 'boolean', object: 'object', secureobject: 'object', array: 'array' } as Record<string, string>)[def.type.toLowerCase()];
            assert.equal(Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value, jsonType, `${name} is a ${def.type}`);
            assert.notEqual(def.type, 'securestring', `${name} is a secret: pass it on the command line, never in the parameters file`);
        }
        for (const [name, def] of Object.entries(template.parameters)) {
            if (def.defaultValue === undefined) assert.ok(Object.hasOwn(file.parameters, name), `required parameter ${name} is missing from the parameters file`);
            assert.ok((def.metadata?.description ?? '') !== '', `parameter ${name} has a description`);
        }
    });

    test('evaluates for both hosting plans, with and without the optional parts', () => {
        for (const hostingPlan of PLANS) {
            for (const callbackSecret of ['', CALLBACK_SECRET]) {
                for (const deployerPrincipalId of ['', '33333333-3333-3333-3333-333333333333']) {
                    const resources = resourcesFor({ hostingPlan, callbackSecret, deployerPrincipalId });
                    assert.ok(resources.length >= 15, `${hostingPlan}: ${resources.length} resources`);
                    evaluatorFor({ hostingPlan }).json(template.outputs as unknown as Json);
                }
            }
        }
    });

    test('resource names stay within Azure limits for the shortest and longest baseName', () => {
        for (const baseName of ['asm', 'asmfunc2026']) {
            const n = names(resourcesFor({ baseName }));
            assert.match(n.storage, /^[a-z0-9]{3,24}$/, `storage account ${n.storage}`);
            assert.match(n.vault, /^[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/, `key vault ${n.vault}`);
            assert.ok(!n.vault.includes('--'), `key vault ${n.vault}`);
            assert.ok(n.site.length <= 60 && /^[a-z0-9][a-z0-9-]*[a-z0-9]$/.test(n.site), `function app ${n.site}`);
        }
    });
});

describe('infra/azuredeploy.json: app settings', () => {
    test("every setting the code reads (src/config SETTING_NAMES) is set, except the documented optional ones", (t) => {
        for (const name of Object.keys(INTENTIONALLY_UNSET)) assert.ok(runtimeMentions(name), `allow-list entry ${name} is no longer read by the code: remove it`);
        for (const hostingPlan of PLANS) {
            const settings = appSettings(evaluatorFor({ hostingPlan, callbackSecret: CALLBACK_SECRET }));
            for (const name of SETTING_NAMES) {
                if (Object.hasOwn(INTENTIONALLY_UNSET, name)) {
                    assert.ok(!Object.hasOwn(settings, name), `${hostingPlan}: ${name} is set, but ${INTENTIONALLY_UNSET[name] ?? ''}`);
                } else {
                    assert.ok(Object.hasOwn(settings, name), `${hostingPlan}: ${name} is read by the code but not set by the template`);
                    assert.equal(typeof settings[name], 'string', `${name} is a string`);
                    assert.notEqual(settings[name], '', `${name} is not empty`);
                }
            }
            const unlisted = Object.keys(settings).filter((name) => /^(?:ASM_|CLEANUP_|OPERATION_)/.test(name) && !SETTING_NAMES.includes(name));
            if (unlisted.length > 0) t.diagnostic(`${hostingPlan}: set by the template, read by the code, missing from SETTING_NAMES: ${unlisted.join(', ')}`);
        }
    });

    test("the settings pass the code's own configuration loader (Key Vault certificate, identity-based storage)", () => {
        for (const hostingPlan of PLANS) {
            const settings = appSettings(evaluatorFor({ hostingPlan }));
            const env = Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, String(v)]));
            const config = loadConfig(env);
            const n = names(resourcesFor({ hostingPlan }));
            assert.equal(config.subscriptionId, '00000000-0000-0000-0000-000000000000');
            assert.equal(config.endpoint, 'https://management.core.windows.net');
            assert.deepEqual(
                { kind: config.certificate.kind, url: config.certificate.kind === 'keyVault' ? config.certificate.vaultUrl : '', name: config.certificate.kind === 'keyVault' ? config.certificate.certificateName : '' },
                { kind: 'keyVault', url: `https://${n.vault}.vault.azure.net`, name: 'asm-management' },
            );
            assert.deepEqual(config.storage, {
                kind: 'identity',
                queueServiceUrl: `https://${n.storage}.queue.core.windows.net`,
                tableServiceUrl: `https://${n.storage}.table.core.windows.net`,
                blobServiceUrl: `https://${n.storage}.blob.core.windows.net`,
                credential: 'managedidentity',
                clientId: `client-id-of-${n.identity}`,
            });
        }
    });

    test('identity, Key Vault and Application Insights values come from the deployed resources', () => {
        const resources = resourcesFor();
        const n = names(resources);
        const settings = appSettings(evaluatorFor());
        const identity = REFERENCE_STUBS['Microsoft.ManagedIdentity/userAssignedIdentities']?.(n.identity) ?? {};
        assert.equal(settings.AZURE_CLIENT_ID, identity.clientId, 'AZURE_CLIENT_ID: DefaultAzureCredential picks the user-assigned identity');
        assert.equal(settings.AzureWebJobsStorage__clientId, identity.clientId);
        assert.equal(settings.AzureWebJobsStorage__credential, 'managedidentity');
        assert.equal(settings.AzureWebJobsStorage__accountName, n.storage);
        assert.equal(settings.ASM_CERT_KEY_VAULT_URL, `https://${n.vault}.vault.azure.net/`);
        assert.equal(settings.APPLICATIONINSIGHTS_CONNECTION_STRING, REFERENCE_STUBS['Microsoft.Insights/components']?.(n.insights).ConnectionString);
        assert.equal(settings.APPLICATIONINSIGHTS_AUTHENTICATION_STRING, `ClientId=${String(identity.clientId)};Authorization=AAD`);
    });

    test('the shipped cleanup policy parses with the code\'s parser and is a dry run; the schedule is six-field NCRONTAB', () => {
        const settings = appSettings(evaluatorFor());
        const policy = parseCleanupPolicy(JSON.parse(String(settings.CLEANUP_POLICY)));
        assert.equal(policy.dryRun, true);
        assert.equal(String(settings.CLEANUP_SCHEDULE).trim().split(/\s+/).length, 6);
        const defaults = parseCleanupPolicy(JSON.parse(String(appSettings(evaluatorFor({ cleanupPolicy: { dryRun: true } })).CLEANUP_POLICY)));
        assert.equal(defaults.dryRun, true);
    });

    test('callback secret: a Key Vault secret and a Key Vault reference when given, nothing when empty', () => {
        const withSecret = resourcesFor({ callbackSecret: CALLBACK_SECRET });
        const n = names(withSecret);
        const secret = one(withSecret, 'Microsoft.KeyVault/vaults/secrets');
        assert.equal(secret.name, `${n.vault}/asm-callback-secret`);
        assert.equal(obj(secret.body.properties, 'secret properties').value, CALLBACK_SECRET);
        const settings = appSettings(evaluatorFor({ callbackSecret: CALLBACK_SECRET }));
        assert.equal(settings.ASM_CALLBACK_SECRET, `@Microsoft.KeyVault(VaultName=${n.vault};SecretName=asm-callback-secret)`);
        assert.ok(!JSON.stringify(settings).includes(CALLBACK_SECRET), 'the secret value is never an app setting');
        const site = obj(one(withSecret, 'Microsoft.Web/sites').body.properties, 'site properties');
        assert.match(String(site.keyVaultReferenceIdentity), /\/userAssignedIdentities\//, 'Key Vault references resolve with the user-assigned identity');

        const without = resourcesFor({ callbackSecret: '' });
        assert.equal(without.filter((r) => r.type === 'Microsoft.KeyVault/vaults/secrets').length, 0);
        assert.ok(!Object.hasOwn(appSettings(evaluatorFor({ callbackSecret: '' })), 'ASM_CALLBACK_SECRET'));
    });
});

describe('infra/azuredeploy.json: hosting', () => {
    test('Flex Consumption: FC1, Node 22 in functionAppConfig, identity-authenticated deployment container, no legacy settings', () => {
        const resources = resourcesFor({ hostingPlan: 'FlexConsumption' });
        const n = names(resources);
        const plan = one(resources, 'Microsoft.Web/serverfarms');
        assert.deepEqual(plan.body.sku, { name: 'FC1', tier: 'FlexConsumption' });
        assert.equal(obj(plan.body.properties, 'plan properties').reserved, true, 'Linux');
        const site = one(resources, 'Microsoft.Web/sites');
        assert.equal(site.body.kind, 'functionapp,linux');
        const props = obj(site.body.properties, 'site properties');
        const fac = obj(props.functionAppConfig, 'functionAppConfig');
        assert.deepEqual(fac.runtime, { name: 'node', version: '22' });
        const storage = obj(obj(fac.deployment, 'deployment').storage, 'deployment storage');
        assert.equal(storage.type, 'blobContainer');
        assert.equal(storage.value, `https://${n.storage}.blob.core.windows.net/deployments`);
        const auth = obj(storage.authentication, 'deployment storage authentication');
        assert.equal(auth.type, 'UserAssignedIdentity');
        assert.match(String(auth.userAssignedIdentityResourceId), new RegExp(`/userAssignedIdentities/${n.identity}$`));
        assert.equal(obj(props.siteConfig, 'siteConfig').linuxFxVersion, null, 'Flex takes its runtime from functionAppConfig');
        const settings = appSettings(evaluatorFor({ hostingPlan: 'FlexConsumption' }));
        for (const name of ['FUNCTIONS_WORKER_RUNTIME', 'FUNCTIONS_EXTENSION_VERSION', 'WEBSITE_RUN_FROM_PACKAGE', 'WEBSITE_NODE_DEFAULT_VERSION', 'WEBSITE_CONTENTSHARE', 'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING']) {
            assert.ok(!Object.hasOwn(settings, name), `Flex Consumption rejects ${name}`);
        }
        const containers = resources.filter((r) => r.type === 'Microsoft.Storage/storageAccounts/blobServices/containers');
        assert.deepEqual(containers.map((c) => c.name), [`${n.storage}/default/deployments`]);
    });

    test('Consumption: Y1 Linux, NODE|22, worker runtime node ~4, run from the package blob with the managed identity', () => {
        const resources = resourcesFor({ hostingPlan: 'Consumption' });
        const n = names(resources);
        assert.deepEqual(one(resources, 'Microsoft.Web/serverfarms').body.sku, { name: 'Y1', tier: 'Dynamic' });
        const props = obj(one(resources, 'Microsoft.Web/sites').body.properties, 'site properties');
        assert.equal(props.functionAppConfig, null);
        assert.equal(obj(props.siteConfig, 'siteConfig').linuxFxVersion, 'NODE|22');
        const settings = appSettings(evaluatorFor({ hostingPlan: 'Consumption' }));
        assert.equal(settings.FUNCTIONS_WORKER_RUNTIME, 'node');
        assert.equal(settings.FUNCTIONS_EXTENSION_VERSION, '~4');
        assert.equal(settings.WEBSITE_RUN_FROM_PACKAGE, `https://${n.storage}.blob.core.windows.net/deployments/asm-functions.zip`);
        assert.match(String(settings.WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID), new RegExp(`/userAssignedIdentities/${n.identity}$`));
    });

    test('the site is hardened: HTTPS only, TLS 1.2, FTP(S) and basic publishing credentials off, no remote debugging', () => {
        for (const hostingPlan of PLANS) {
            const resources = resourcesFor({ hostingPlan });
            const site = one(resources, 'Microsoft.Web/sites');
            const props = obj(site.body.properties, 'site properties');
            assert.equal(props.httpsOnly, true);
            const siteConfig = obj(props.siteConfig, 'siteConfig');
            assert.equal(siteConfig.minTlsVersion, '1.2');
            assert.equal(siteConfig.scmMinTlsVersion, '1.2');
            assert.equal(siteConfig.ftpsState, 'Disabled');
            assert.equal(siteConfig.remoteDebuggingEnabled, false);
            const policies = resources.filter((r) => r.type === 'Microsoft.Web/sites/basicPublishingCredentialsPolicies');
            assert.deepEqual(policies.map((p) => p.name.split('/')[1]).sort(), ['ftp', 'scm']);
            for (const p of policies) assert.equal(obj(p.body.properties, 'policy').allow, false);
            const identity = obj(site.body.identity, 'site identity');
            assert.equal(identity.type, 'UserAssigned');
            assert.deepEqual(Object.keys(obj(identity.userAssignedIdentities, 'identities')).map((id) => id.split('/').pop()), [names(resources).identity]);
        }
    });

    test('storage: HTTPS, TLS 1.2, no public blobs, no shared keys', () => {
        const props = obj(one(resourcesFor(), 'Microsoft.Storage/storageAccounts').body.properties, 'storage properties');
        assert.equal(props.supportsHttpsTrafficOnly, true);
        assert.equal(props.minimumTlsVersion, 'TLS1_2');
        assert.equal(props.allowBlobPublicAccess, false);
        assert.equal(props.allowSharedKeyAccess, false);
    });

    test('Key Vault: RBAC authorization, soft delete, purge protection as the parameter says', () => {
        const on = obj(one(resourcesFor({ keyVaultPurgeProtection: true }), 'Microsoft.KeyVault/vaults').body.properties, 'vault');
        assert.equal(on.enableRbacAuthorization, true);
        assert.equal(on.enableSoftDelete, true);
        assert.equal(on.enablePurgeProtection, true);
        assert.equal(on.softDeleteRetentionInDays, 90);
        assert.equal(on.tenantId, '22222222-2222-2222-2222-222222222222');
        const off = obj(one(resourcesFor({ keyVaultPurgeProtection: false }), 'Microsoft.KeyVault/vaults').body.properties, 'vault');
        assert.equal(off.enablePurgeProtection, null, 'left unset: Key Vault refuses an explicit false');
    });

    test('Application Insights: workspace-based, local (key) authentication off', () => {
        const resources = resourcesFor();
        const props = obj(one(resources, 'Microsoft.Insights/components').body.properties, 'components');
        assert.equal(props.DisableLocalAuth, true);
        assert.match(String(props.WorkspaceResourceId), /\/Microsoft\.OperationalInsights\/workspaces\//);
        one(resources, 'Microsoft.OperationalInsights/workspaces');
    });
});

describe('infra/azuredeploy.json: role assignments', () => {
    const expected = [
        { role: ROLE.keyVaultSecretsUser, scope: 'Microsoft.KeyVault/vaults', on: 'vault' },
        { role: ROLE.storageBlobDataOwner, scope: 'Microsoft.Storage/storageAccounts', on: 'storage' },
        { role: ROLE.storageQueueDataContributor, scope: 'Microsoft.Storage/storageAccounts', on: 'storage' },
        { role: ROLE.storageTableDataContributor, scope: 'Microsoft.Storage/storageAccounts', on: 'storage' },
        { role: ROLE.monitoringMetricsPublisher, scope: 'Microsoft.Insights/components', on: 'insights' },
    ] as const;

    function assignments(overrides: Readonly<Record<string, Json>> = {}): { role: string; scope: string; principalId: string; principalType: string; name: string }[] {
        return resourcesFor(overrides)
            .filter((r) => r.type === 'Microsoft.Authorization/roleAssignments')
            .map((r) => {
                const p = obj(r.body.properties, 'role assignment properties');
                const roleDefinitionId = String(p.roleDefinitionId);
                assert.match(roleDefinitionId, /^\/subscriptions\/[^/]+\/providers\/Microsoft\.Authorization\/roleDefinitions\/[0-9a-f-]{36}$/);
                return { role: roleDefinitionId.split('/').pop() as string, scope: r.scope ?? '', principalId: String(p.principalId), principalType: String(p.principalType), name: r.name };
            });
    }

    test('the user-assigned identity holds exactly the data-plane roles it needs, each on its own resource', () => {
        for (const hostingPlan of PLANS) {
            const resources = resourcesFor({ hostingPlan });
            const n = names(resources);
            const identity = REFERENCE_STUBS['Microsoft.ManagedIdentity/userAssignedIdentities']?.(n.identity) ?? {};
            const mine = assignments({ hostingPlan }).filter((a) => a.principalId === identity.principalId);
            assert.equal(mine.length, expected.length, `${hostingPlan}: ${JSON.stringify(mine)}`);
            for (const e of expected) {
                const match = mine.filter((a) => a.role === e.role);
                assert.equal(match.length, 1, `role ${e.role} assigned once`);
                assert.equal(match[0]?.scope, `${e.scope}/${n[e.on]}`, `role ${e.role} scoped to the ${e.on}`);
                assert.equal(match[0]?.principalType, 'ServicePrincipal');
            }
        }
    });

    test('role assignment names are unique GUIDs (idempotent re-deployments)', () => {
        const all = assignments({ deployerPrincipalId: '33333333-3333-3333-3333-333333333333' });
        for (const a of all) assert.match(a.name, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        assert.equal(new Set(all.map((a) => a.name)).size, all.length);
    });

    test('the deployer gets certificate import and blob upload rights only when deployerPrincipalId is given', () => {
        const deployer = '33333333-3333-3333-3333-333333333333';
        assert.equal(assignments().filter((a) => a.principalId === deployer).length, 0);
        const resources = resourcesFor({ deployerPrincipalId: deployer });
        const n = names(resources);
        const granted = assignments({ deployerPrincipalId: deployer }).filter((a) => a.principalId === deployer);
        assert.deepEqual(
            granted.map((a) => [a.role, a.scope, a.principalType]).sort(),
            [
                [ROLE.keyVaultCertificatesOfficer, `Microsoft.KeyVault/vaults/${n.vault}`, 'User'],
                [ROLE.storageBlobDataContributor, `Microsoft.Storage/storageAccounts/${n.storage}`, 'User'],
            ].sort(),
        );
    });
});
