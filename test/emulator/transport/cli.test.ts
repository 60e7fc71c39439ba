import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

import { Agent, request } from 'undici';

import { parseCliArgs } from '../../../src/emulator/cli';
import { projectRoot } from '../../helpers/projectPaths';

// The compiled cli.js beside this compiled test (whatever outDir the build used).
const CLI = path.resolve(__dirname, '..', '..', '..', 'src', 'emulator', 'cli.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'asm-emulator-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI until its output matches `ready`; returns the child and what it printed. */
function startCli(args: string[], ready: RegExp): Promise<{ child: ChildProcess; output: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        let errors = '';
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`the CLI did not start in time; stdout: ${output} stderr: ${errors}`));
        }, 30_000);
        child.stdout?.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            if (ready.test(output)) {
                clearTimeout(timer);
                resolve({ child, output });
            }
        });
        child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
        child.once('exit', (code) => {
            clearTimeout(timer);
            reject(new Error(`the CLI exited with ${String(code)}; stdout: ${output} stderr: ${errors}`));
        });
    });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

test('the CLI starts, prints endpoint, subscription id and the certificate paths, serves, and stops on SIGINT', async () => {
    const stateDir = path.join(tmp, 'state');
    const seedFile = path.join(tmp, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({ hostedServices: [{ name: 'cli-svc', location: 'West US' }] }));
    const args = ['--port', '0', '--state-dir', stateDir, '--subscription-id', 'cli-sub', '--seed', seedFile];
    const { child, output } = await startCli(args, /Ctrl\+C/);
    try {
        const endpoint = /endpoint:\s+(https:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
        assert.ok(endpoint, output);
        assert.match(output, /subscription id:\s+cli-sub/);
        for (const file of ['ca.pem', 'management.pem', 'management.pfx']) {
            assert.ok(output.includes(path.join(stateDir, file)), `${file} in ${output}`);
            assert.ok(existsSync(path.join(stateDir, file)), file);
        }
        assert.doesNotMatch(output, /PRIVATE KEY/, 'no key material printed');

        const pem = readFileSync(path.join(stateDir, 'management.pem'), 'utf8');
        const agent = new Agent({ connect: { cert: pem, key: pem, ca: readFileSync(path.join(stateDir, 'ca.pem'), 'utf8') } });
        try {
            const res = await request(`${endpoint}/cli-sub/services/hostedservices`, { headers: { 'x-ms-version': '2014-10-01' }, dispatcher: agent });
            assert.equal(res.statusCode, 200, 'the printed management certificate is accepted');
            assert.match(await res.body.text(), /<ServiceName>cli-svc<\/ServiceName>/, 'the seed was loaded into the real state');
            const admin = await request(`${endpoint}/_admin/info`, { dispatcher: agent });
            assert.equal(((await admin.body.json()) as { subscriptionId: string }).subscriptionId, 'cli-sub');
        } finally {
            await agent.close();
        }
    } finally {
        const exited = exitOf(child);
        child.kill('SIGINT');
        const { code } = await exited;
        assert.equal(code, 0, 'a clean stop');
    }
});

test('--json prints one JSON line; --demo loads the demo estate; SIGTERM stops it', async () => {
    const stateDir = path.join(tmp, 'json-state');
    const { child, output } = await startCli(['--port', '0', '--state-dir', stateDir, '--json', '--demo'], /\}\n/);
    const facts = JSON.parse(output.trim()) as Record<string, string>;
    assert.match(facts.endpoint ?? '', /^https:\/\/127\.0\.0\.1:\d+$/);
    assert.match(facts.subscriptionId ?? '', /^[0-9a-f-]{36}$/);
    assert.equal(facts.ca, path.join(stateDir, 'ca.pem'));
    assert.equal(facts.managementPfx, path.join(stateDir, 'management.pfx'));
    const agent = new Agent({ connect: { ca: readFileSync(path.join(stateDir, 'ca.pem'), 'utf8') } });
    try {
        const snapshot = await request(`${facts.endpoint ?? ''}/_admin/snapshot`, { dispatcher: agent });
        assert.equal(snapshot.statusCode, 200);
        assert.match(await snapshot.body.text(), /contoso-shop/, 'the demo estate is loaded');
    } finally {
        await agent.close();
    }
    const exited = exitOf(child);
    child.kill('SIGTERM');
    assert.equal((await exited).code, 0);
});

test('bad arguments: usage on stderr, exit code 2', async () => {
    const child = spawn(process.execPath, [CLI, '--port', 'eighty'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    assert.equal((await exitOf(child)).code, 2);
    assert.match(stderr, /--port must be an integer/);
    assert.match(stderr, /usage: asm-emulator/);
});

test('argument parsing', () => {
    assert.deepEqual(parseCliArgs([]), {
        port: 8443,
        host: '127.0.0.1',
        stateDir: '.emulator',
        demo: false,
        redirectListener: false,
        json: false,
        help: false,
    });
    assert.equal(parseCliArgs(['--demo']).demo, true);
    assert.throws(() => parseCliArgs(['--demo', '--seed', 'x.json']), /exclude each other/);
    const parsed = parseCliArgs(['--port', '9443', '--seed', 's.json', '--subscription-id', 'x', '--redirect-listener', '--fault-seed', '5']);
    assert.equal(parsed.port, 9443);
    assert.equal(parsed.seedFile, 's.json');
    assert.equal(parsed.subscriptionId, 'x');
    assert.equal(parsed.redirectListener, true);
    assert.equal(parsed.faultSeed, 5);
    assert.throws(() => parseCliArgs(['--bogus']), /Unknown option/);
    assert.throws(() => parseCliArgs(['--port', '70000']), /at most 65535/);
});

test('bin/asm-emulator.js says to build first when dist is missing', async () => {
    const fakeRoot = path.join(tmp, 'fake-install');
    mkdirSync(path.join(fakeRoot, 'bin'), { recursive: true });
    copyFileSync(path.join(projectRoot(), 'bin', 'asm-emulator.js'), path.join(fakeRoot, 'bin', 'asm-emulator.js'));
    const child = spawn(process.execPath, [path.join(fakeRoot, 'bin', 'asm-emulator.js')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    assert.equal((await exitOf(child)).code, 1);
    assert.match(stderr, /run npm run build first/);

    // With a build in place (this test's own outDir, linked as dist/), the shim runs the CLI.
    symlinkSync(path.resolve(__dirname, '..', '..', '..'), path.join(fakeRoot, 'dist'), 'dir');
    const built = spawn(process.execPath, [path.join(fakeRoot, 'bin', 'asm-emulator.js'), '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    built.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    assert.equal((await exitOf(built)).code, 0);
    assert.match(stdout, /usage: asm-emulator/);
});
