/**
 * The deployable zip (scripts/package.ts), built from the same compiled output this test runs from, unpacked into
 * a temporary folder and loaded in a fresh process the way the Functions worker loads an app. It must register
 * every function the source tree registers, with nothing but what the zip holds.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

import { measureColdStart } from '../../bench/coldStart';
import { buildPackage, PACKAGE_OUT_DIR, type PackageManifest, unpackZip } from '../../scripts/package';
import { loadAppInChild, type PackageLoadReport, type RegisteredFunction } from '../../scripts/packageLoad';
import { SETTING_NAMES } from '../../src/config/loadConfig';
import { projectRoot } from '../helpers/projectPaths';
import { appSettings, evaluatorFor, type Json } from './armTemplate';
import { runtimeMentions } from './runtimeSource';

const compiledRoot = path.resolve(__dirname, '..', '..');
const root = projectRoot();
const work = mkdtempSync(path.join(os.tmpdir(), 'asm-package-test-'));
const zipFile = path.join(work, 'asm-functions.zip');
const unpacked = path.join(work, 'unpacked');

interface ProjectPackageJson {
    main: string;
    dependencies: Record<string, string>;
    devDependencies?: Record<string, string>;
}

const projectPackage = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as ProjectPackageJson;

/** Settings the platform or the Azure SDKs read (not our code); the template may set them. */
const PLATFORM_SETTING = /^(?:FUNCTIONS_|WEBSITE_|APPLICATIONINSIGHTS_|AZURE_CLIENT_ID$|AzureWebJobs)/;

let manifest: PackageManifest;
let fromZip: PackageLoadReport;
let fromSource: PackageLoadReport;
let buildMs = 0;

/** This process's environment without any app setting of ours (the template's settings stand in for them). */
function azureEnvironment(): NodeJS.ProcessEnv {
    return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(?:ASM_|CLEANUP_|OPERATION_|AzureWebJobs|AZURE_|APPLICATIONINSIGHTS_|FUNCTIONS_|WEBSITE_)/i.test(k)));
}

/** The Function App's app settings as the template deploys them (with a callback secret), as strings. */
function templateSettings(hostingPlan: string): Record<string, string> {
    const settings: Record<string, Json> = appSettings(evaluatorFor({ hostingPlan, callbackSecret: 'x' }));
    return Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
}

function signature(f: RegisteredFunction): string {
    // Binding names are hashes of the options in @azure/functions: comparing them compares the whole registration.
    return JSON.stringify({ name: f.name, trigger: f.triggerType, bindings: f.bindings });
}

/** `%NAME%` app-setting expressions in binding properties (schedules, queue names, routes…). */
function bindingExpressions(functions: readonly RegisteredFunction[]): Set<string> {
    const out = new Set<string>();
    for (const f of functions) {
        for (const binding of Object.values(f.bindings)) {
            for (const value of Object.values(binding)) {
                if (typeof value !== 'string') continue;
                for (const m of value.matchAll(/%([^%\s]+)%/g)) out.add(m[1] as string);
            }
        }
    }
    return out;
}

before(async () => {
    const started = performance.now();
    manifest = buildPackage({ projectRoot: root, compiledRoot, outFile: zipFile });
    buildMs = performance.now() - started;
    unpackZip(zipFile, unpacked);
    const mainInCompiled = projectPackage.main.slice(PACKAGE_OUT_DIR.length + 1);
    // As in Azure, the worker's environment holds the app settings (some registrations read them, e.g. schedules).
    const env = { ...azureEnvironment(), ...templateSettings('FlexConsumption') };
    [fromZip, fromSource] = await Promise.all([loadAppInChild(unpacked, { env }), loadAppInChild(compiledRoot, { main: mainInCompiled, env })]);
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('npm run package: the deployable zip', () => {
    test('holds host.json as is and a package.json with the same main glob and only the production dependencies, pinned', (t) => {
        assert.ok(readFileSync(path.join(unpacked, 'host.json')).equals(readFileSync(path.join(root, 'host.json'))), 'host.json is shipped unchanged');
        const shipped = JSON.parse(readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as Record<string, unknown>;
        assert.equal(shipped.main, projectPackage.main);
        assert.equal(shipped.devDependencies, undefined);
        assert.equal(shipped.scripts, undefined, 'no lifecycle scripts run in Azure');
        const deps = shipped.dependencies as Record<string, string>;
        assert.deepEqual(Object.keys(deps).sort(), Object.keys(projectPackage.dependencies).sort());
        for (const [name, version] of Object.entries(deps)) {
            assert.match(version, /^\d+\.\d+\.\d+/, `${name} is pinned`);
            const installed = JSON.parse(readFileSync(path.join(unpacked, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
            assert.equal(installed.version, version, `${name} in node_modules is the pinned version`);
        }
        t.diagnostic(`zip ${(manifest.zipBytes / 1024 / 1024).toFixed(2)} MiB (${(manifest.contentBytes / 1024 / 1024).toFixed(1)} MiB unpacked), ${manifest.entries.length} files, built in ${buildMs.toFixed(0)} ms`);
    });

    test('ships only the compiled app the entry files reach: no emulator, local host, tests, benchmarks, scripts or source maps', () => {
        assert.ok(manifest.appFiles.length > 0);
        for (const file of manifest.appFiles) {
            assert.match(file, /^dist\/(?:src|functions)\//, `${file} is app code`);
            assert.doesNotMatch(file, /^dist\/src\/(?:emulator|host)\//, `${file}: the emulator and the local host are not deployed`);
            assert.doesNotMatch(file, /\.(?:map|ts)$/, file);
        }
        const outsideDeps = manifest.entries.filter((e) => !e.startsWith('node_modules/'));
        for (const e of outsideDeps) assert.ok(e === 'host.json' || e === 'package.json' || e.startsWith(`${PACKAGE_OUT_DIR}/`), `unexpected ${e}`);
        assert.ok(!existsSync(path.join(unpacked, PACKAGE_OUT_DIR, 'src', 'emulator')));
        for (const f of manifest.entryFiles) assert.ok(manifest.appFiles.includes(f), `${f} is shipped`);
    });

    test('node_modules is the production closure of package-lock.json: every production package, no dev-only one', () => {
        const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; optional?: boolean }> };
        for (const [location, entry] of Object.entries(lock.packages)) {
            if (!location.startsWith('node_modules/')) continue;
            const shipped = existsSync(path.join(unpacked, location, 'package.json'));
            if (entry.dev === true) assert.ok(!shipped, `dev-only ${location} is not deployed`);
            else if (existsSync(path.join(root, location, 'package.json'))) assert.ok(shipped, `production ${location} is deployed`);
        }
        for (const name of Object.keys(projectPackage.devDependencies ?? {})) {
            if (projectPackage.dependencies[name] === undefined) assert.ok(!existsSync(path.join(unpacked, 'node_modules', name)), `devDependency ${name} is not deployed`);
        }
        for (const name of manifest.importedPackages) assert.ok(projectPackage.dependencies[name] !== undefined, `the code imports ${name}: a production dependency`);
    });

    test('loads in a fresh process like the Functions worker and registers every function the source tree registers', (t) => {
        assert.ok(fromSource.functions.length > 0, 'the source tree registers functions');
        assert.deepEqual(fromZip.entryFiles, fromSource.entryFiles.map((f) => `${PACKAGE_OUT_DIR}/${f}`), 'the same entry files');
        assert.deepEqual(fromZip.functions.map(signature).sort(), fromSource.functions.map(signature).sort(), 'the same registrations, bindings included');
        t.diagnostic(`${fromZip.functions.length} functions: ${fromZip.functions.map((f) => `${f.name} (${f.triggerType})`).join(', ')}`);
    });

    test('the cold import leaves the SDKs only some configurations need unloaded: identity, Key Vault, blobs', (t) => {
        assert.ok(fromZip.loadedPackages.includes('@azure/functions'), `the import is seen: ${fromZip.loadedPackages.join(', ')}`);
        assert.ok(fromZip.loadedPackages.includes('@azure/data-tables'));
        for (const lazy of ['@azure/identity', '@azure/keyvault-secrets', '@azure/storage-blob', '@azure/msal-node']) {
            assert.ok(!fromZip.loadedPackages.includes(lazy), `${lazy} is loaded on first use, not by the import`);
        }
        t.diagnostic(`${fromZip.loadedPackages.length} packages loaded by the import, in ${fromZip.importMs.toFixed(0)} ms`);
    });

    test('fails to load when a runtime dependency is missing (the check bites)', async () => {
        const broken = path.join(work, 'broken');
        cpSync(unpacked, broken, { recursive: true });
        rmSync(path.join(broken, 'node_modules', '@azure', 'functions'), { recursive: true, force: true });
        await assert.rejects(loadAppInChild(broken), /Cannot find module '@azure\/functions'|unable to load entry point/);
        rmSync(broken, { recursive: true, force: true });
    });

    test('every trigger connection and %setting% in a binding is an app setting of the template; the template sets nothing the code ignores', () => {
        const expressions = bindingExpressions(fromZip.functions);
        const connections = new Set<string>();
        for (const f of fromZip.functions) {
            for (const binding of Object.values(f.bindings)) {
                if (typeof binding.connection === 'string') connections.add(binding.connection);
            }
        }
        for (const hostingPlan of ['FlexConsumption', 'Consumption']) {
            const settings = templateSettings(hostingPlan);
            for (const name of expressions) assert.ok(Object.hasOwn(settings, name), `${hostingPlan}: %${name}% is used by a binding but not set`);
            for (const connection of connections) {
                const identityBased = ['__queueServiceUri', '__accountName', '__serviceUri'].some((suffix) => Object.hasOwn(settings, `${connection}${suffix}`));
                assert.ok(identityBased, `${hostingPlan}: connection "${connection}" has no identity-based settings`);
                assert.ok(!Object.hasOwn(settings, connection), `${hostingPlan}: connection "${connection}" must not be a connection string (shared keys are off)`);
            }
            for (const name of Object.keys(settings)) {
                const read = SETTING_NAMES.includes(name) || expressions.has(name) || PLATFORM_SETTING.test(name) || runtimeMentions(name);
                assert.ok(read, `${hostingPlan}: the template sets ${name}, which the functions never read (not in src/config SETTING_NAMES, a binding or the code)`);
            }
        }
    });

    test('cold import (bench/coldStart.ts measureColdStart) registers every function', async (t) => {
        const result = await measureColdStart(unpacked);
        assert.equal(result.functionCount, fromSource.functions.length);
        assert.ok(result.importMs > 0);
        assert.ok(result.importCpuMs > 0);
        t.diagnostic(`cold import ${result.importMs.toFixed(0)} ms (${result.importCpuMs.toFixed(0)} ms CPU) for ${result.functionCount} functions (process ${fromZip.processMs.toFixed(0)} ms incl. Node start-up)`);
    });
});
