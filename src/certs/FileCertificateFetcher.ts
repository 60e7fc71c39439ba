import { readFile } from 'node:fs/promises';

import type { FileCertificateSettings } from './certificateSettings';
import type { CertificateFetcher } from './CertificateFetcher';
import { detectCertificateFormat } from './detectCertificateFormat';
import { CertificateError } from './errors/CertificateError';
import type { ManagementCertificate } from './ManagementCertificate';
import { parseCertificate } from './parseCertificate';

/** Reads a PEM or PFX file (told apart by content) on every fetch, so replacing the file is picked up on refresh. */
export class FileCertificateFetcher implements CertificateFetcher {
    readonly description: string;
    readonly #settings: FileCertificateSettings;

    constructor(settings: FileCertificateSettings) {
        this.#settings = settings;
        this.description = `file ${settings.path}`;
    }

    async fetch(signal?: AbortSignal): Promise<ManagementCertificate> {
        let data: Buffer;
        try {
            data = await readFile(this.#settings.path, signal === undefined ? {} : { signal });
        } catch (err) {
            if (signal?.aborted) throw err;
            const code = typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : undefined;
            throw new CertificateError({
                reason: 'fileUnreadable',
                source: this.description,
                message: `cannot be read${code === undefined ? '' : ` (${code})`}; check ASM_CERT_FILE.`,
                ...(code === undefined ? {} : { errorCode: code }),
                cause: err,
            });
        }
        const format = detectCertificateFormat(data);
        // A PFX is DER (starts with a SEQUENCE, 0x30); anything else is taken as its base64 text.
        const input = format === 'pfx' && data[0] !== 0x30 ? data.toString('latin1').trim() : data;
        return parseCertificate(input, {
            format,
            source: this.description,
            ...(this.#settings.password === undefined ? {} : { password: this.#settings.password }),
        });
    }
}
