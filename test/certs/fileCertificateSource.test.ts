import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { CertificateBoundClient } from '../../src/certs/CertificateBoundClient';
import { loadCertificateSettings } from '../../src/certs/certificateSettings';
import { createCertificateSource } from '../../src/certs/createCertificateSource';
import { CertificateError } from '../../src/certs/errors/CertificateError';
import { thumbprintOfPem } from '../../src/emulator/certs/thumbprint';
import type { KeyAndCertificate } from '../../src/emulator/certs/KeyAndCertificate';
import { startEmulator } from '../helpers/startEmulator';
import { assertNoSecrets } from './fixtures/secretValues';
import { makePfx } from './fixtures/makePfx';
import { makeCertificate } from './fixtures/testCertificates';

const dir = mkdtempSync(path.join(os.tmpdir(), 'asm-certs-file-'));
let leaf: KeyAndCertificate;
let other: KeyAndCertificate;

before(async () => {
    [leaf, other] = await Promise.all([makeCertificate({ commonName: 'asm file leaf', key: 'leaf' }), makeCertificate({ commonName: 'asm file other', key: 'other' })]);
});
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, data: string | Buffer): string {
    const file = path.join(dir, name);
    writeFileSync(file, data, { mode: 0o600 });
    return file;
}

function fileSource(file: string, extra: Record<string, string> = {}) {
    return createCertificateSource(loadCertificateSettings({ ASM_CERT_FILE: file, ...extra }));
}

test('PEM, PFX (modern, legacy) and base64-PFX files are told apart by content', async () => {
    const expected = thumbprintOfPem(leaf.certPem);
    const files = [
        write('mgmt.pem', `${leaf.certPem}${leaf.keyPem}`),
        write('modern.pfx', makePfx(leaf, { flavour: 'modern' }).der),
        write('legacy.pfx', makePfx(leaf, { flavour: 'legacy' }).der),
        write('pfx.b64', `${makePfx(leaf, { flavour: 'modern' }).der.toString('base64')}\n`),
    ];
    for (const file of files) {
        const cert = await fileSource(file).get();
        assert.equal(cert.thumbprint, expected, file);
        assert.equal(cert.source, `file ${file}`);
    }
});

test('a PFX file with ASM_CERT_PASSWORD; wrong password and missing file are clear errors', async () => {
    const password = 'file-pfx-password';
    const file = write('protected.pfx', makePfx(leaf, { flavour: 'legacy', password }).der);
    assert.equal((await fileSource(file, { ASM_CERT_PASSWORD: password }).get()).thumbprint, thumbprintOfPem(leaf.certPem));
    await assert.rejects(fileSource(file, { ASM_CERT_PASSWORD: 'wrong-one' }).get(), (err: unknown) => {
        assert.ok(err instanceof CertificateError);
        assert.equal(err.reason, 'wrongPassword');
        assertNoSecrets(err, [password, 'wrong-one', leaf.keyPem]);
        return true;
    });
    await assert.rejects(fileSource(path.join(dir, 'nope.pem')).get(), (err: unknown) => {
        assert.ok(err instanceof CertificateError);
        assert.equal(err.reason, 'fileUnreadable');
        assert.equal(err.errorCode, 'ENOENT');
        assert.match(err.message, /^file .*nope\.pem: cannot be read \(ENOENT\); check ASM_CERT_FILE\.$/);
        return true;
    });
});

test('a replaced file is picked up on refresh', async () => {
    const file = write('rotating.pem', `${leaf.certPem}${leaf.keyPem}`);
    const source = fileSource(file);
    assert.equal((await source.get()).thumbprint, thumbprintOfPem(leaf.certPem));
    write('rotating.pem', `${other.certPem}${other.keyPem}`);
    assert.equal((await source.get()).thumbprint, thumbprintOfPem(leaf.certPem), 'cached');
    assert.equal((await source.refresh('manual')).thumbprint, thumbprintOfPem(other.certPem));
});

test('local runs: the emulator\'s own management.pfx as ASM_CERT_FILE drives a CertificateBoundClient', async () => {
    const emu = await startEmulator();
    try {
        assert.ok(emu.paths);
        const client = new CertificateBoundClient({
            subscriptionId: emu.subscriptionId,
            endpoint: emu.endpoint,
            ca: emu.ca,
            source: fileSource(emu.paths.managementPfx),
        });
        try {
            assert.ok(Array.isArray(await client.listHostedServices()));
            assert.equal(client.thumbprint, emu.clientCertificate.thumbprint);
        } finally {
            await client.close();
        }
    } finally {
        await emu.close();
    }
});
