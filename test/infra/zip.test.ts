import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import zlib from 'node:zlib';

import { crc32, crc32Js, readZip, writeZip, type ZipEntryInput } from '../../scripts/packageZip';

const work = mkdtempSync(path.join(os.tmpdir(), 'asm-zip-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

const ENTRIES: ZipEntryInput[] = [
    { name: 'host.json', data: Buffer.from('{"version":"2.0"}\n') },
    { name: 'empty.txt', data: Buffer.alloc(0) },
    { name: 'dist/functions/health.js', data: Buffer.from('"use strict";\n'.repeat(500)) },
    { name: 'node_modules/x/random.bin', data: randomBytes(70_000) },
    { name: 'node_modules/.bin-like/tool', data: Buffer.from('#!/bin/sh\necho hi\n'), mode: 0o755 },
    { name: 'ünïcode/名前.txt', data: Buffer.from('utf-8 names') },
];

function available(command: string, args: readonly string[]): boolean {
    const r = spawnSync(command, args, { encoding: 'utf8' });
    return r.error === undefined && r.status === 0;
}

describe('scripts/packageZip.ts', () => {
    test('CRC-32: the JavaScript table matches the check value and node:zlib', () => {
        assert.equal(crc32Js(Buffer.from('123456789')), 0xcbf43926);
        const data = randomBytes(10_000);
        const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
        if (typeof native === 'function') assert.equal(crc32Js(data), native(data) >>> 0);
        assert.equal(crc32(data), crc32Js(data));
        assert.equal(crc32Js(Buffer.alloc(0)), 0);
    });

    test('round-trips names, contents and modes; compresses what compresses, stores what does not', () => {
        const file = path.join(work, 'roundtrip.zip');
        const size = writeZip(file, ENTRIES);
        assert.equal(size, readFileSync(file).length);
        const back = readZip(file);
        assert.deepEqual(
            back.map((e) => [e.name, e.data.toString('base64'), e.mode]),
            ENTRIES.map((e) => [e.name, e.data.toString('base64'), e.mode ?? 0o644]),
        );
        const raw = readFileSync(file);
        const total = ENTRIES.reduce((n, e) => n + e.data.length, 0);
        assert.ok(raw.length < total, `zip ${raw.length} < content ${total}`);
    });

    test('is deterministic: the same entries give the same bytes', () => {
        const a = path.join(work, 'a.zip');
        const b = path.join(work, 'b.zip');
        writeZip(a, ENTRIES);
        writeZip(b, ENTRIES);
        assert.ok(readFileSync(a).equals(readFileSync(b)));
    });

    test('refuses duplicate, absolute and escaping names', () => {
        const file = path.join(work, 'bad.zip');
        assert.throws(() => writeZip(file, [ENTRIES[0] as ZipEntryInput, ENTRIES[0] as ZipEntryInput]), /duplicate/);
        for (const name of ['/etc/passwd', '../up.txt', 'a/../../b', 'a//b', 'a\\b']) {
            assert.throws(() => writeZip(file, [{ name, data: Buffer.from('x') }]), /invalid entry name/, name);
        }
    });

    test('detects corruption (CRC or deflate error) instead of returning bad bytes', () => {
        const file = path.join(work, 'corrupt.zip');
        writeZip(file, [{ name: 'a.txt', data: Buffer.from('hello hello hello hello hello hello hello hello') }]);
        const raw = readFileSync(file);
        const at = 30 + 'a.txt'.length + 2; // inside the compressed data of the first entry
        raw[at] = (raw[at] as number) ^ 0xff;
        assert.throws(() => readZip(raw), /CRC mismatch|invalid|incorrect|unexpected end|zip:/i);
        assert.throws(() => readZip(Buffer.from('not a zip at all, not even close to one')), /end of central directory/);
    });

    test('interoperates with Python zipfile both ways, and with unzip where installed', (t) => {
        const file = path.join(work, 'interop.zip');
        writeZip(file, ENTRIES);
        let checked = 0;
        if (available('python3', ['--version'])) {
            const script = [
                'import sys, zipfile, hashlib',
                'z = zipfile.ZipFile(sys.argv[1])',
                'assert z.testzip() is None',
                'print("\\n".join(f"{i.filename}\\t{hashlib.sha256(z.read(i)).hexdigest()}\\t{(i.external_attr >> 16) & 0o777:o}" for i in z.infolist()))',
                'w = zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED)',
                'w.writestr("from-python/one.txt", "written by python " * 50)',
                'w.writestr(zipfile.ZipInfo("from-python/stored.bin"), bytes(range(256)))',
                'w.close()',
            ].join('\n');
            const fromPython = path.join(work, 'from-python.zip');
            const r = spawnSync('python3', ['-c', script, file, fromPython], { encoding: 'utf8' });
            assert.equal(r.status, 0, r.stderr);
            const expected = ENTRIES.map((e) => `${e.name}\t${createHash('sha256').update(e.data).digest('hex')}\t${(e.mode ?? 0o644).toString(8)}`).join('\n');
            assert.equal(r.stdout.trim(), expected);
            const back = readZip(fromPython);
            assert.deepEqual(back.map((e) => e.name), ['from-python/one.txt', 'from-python/stored.bin']);
            assert.equal(back[0]?.data.toString(), 'written by python '.repeat(50));
            assert.deepEqual([...(back[1]?.data ?? [])], [...Array(256).keys()]);
            checked++;
        }
        if (available('unzip', ['-v'])) {
            const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
            assert.equal(r.status, 0, r.stdout + r.stderr);
            assert.match(r.stdout, /No errors detected/);
            checked++;
        }
        if (checked === 0) t.skip('neither python3 nor unzip is installed');
    });
});
