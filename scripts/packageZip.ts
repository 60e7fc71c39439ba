/**
 * A small, dependency-free ZIP writer and reader (PKWARE APPNOTE 6.3: local headers, central directory, end of
 * central directory; DEFLATE via node:zlib, stored entries when deflating does not help; no ZIP64, no encryption).
 *
 * Why our own: the deployable package must build on any machine of the project (the `zip` command is not on every
 * one, and neither `yazl` nor `archiver` is a dependency), and tests must unpack it without `unzip`.
 * The output is deterministic: entries are written in the order given with one fixed timestamp, so the same
 * inputs give the same bytes.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import zlib from 'node:zlib';

export interface ZipEntryInput {
    /** Path inside the archive, with forward slashes and no leading slash (`dist/functions/health.js`). */
    readonly name: string;
    readonly data: Buffer;
    /** Unix permission bits (0o644 by default). */
    readonly mode?: number;
}

export interface ZipEntry {
    readonly name: string;
    readonly data: Buffer;
    readonly mode: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
/** Bit 11: names are UTF-8. */
const FLAG_UTF8 = 0x0800;
const VERSION_NEEDED = 20;
/** "Made by" Unix (3) so extractors honour the permission bits in the external attributes. */
const VERSION_MADE_BY = (3 << 8) | 20;
/** 1980-01-01 00:00:00, the DOS epoch: a fixed time keeps the archive reproducible. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const MAX_UINT32 = 0xffffffff;
const MAX_ENTRIES = 0xffff;

const CRC_TABLE: Uint32Array = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();

/** CRC-32 (ISO-HDLC, the one ZIP uses) in plain JavaScript. */
export function crc32Js(data: Uint8Array): number {
    let crc = 0xffffffff;
    for (const byte of data) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}

/** CRC-32: node:zlib's native one where the runtime has it (Node >= 20.15), else the JavaScript one. */
export function crc32(data: Uint8Array): number {
    const native = (zlib as { crc32?: (d: Uint8Array) => number }).crc32;
    return typeof native === 'function' ? native(data) >>> 0 : crc32Js(data);
}

function checkName(name: string): void {
    if (name === '' || name.startsWith('/') || name.includes('\\') || name.split('/').some((part) => part === '..' || part === '.' || part === '')) {
        throw new Error(`zip: invalid entry name ${JSON.stringify(name)}`);
    }
}

/** Writes `entries` to `file` as a ZIP archive; returns its size in bytes. Names must be unique. */
export function writeZip(file: string, entries: readonly ZipEntryInput[], level = 9): number {
    if (entries.length > MAX_ENTRIES) throw new Error(`zip: ${entries.length} entries is more than ${MAX_ENTRIES} (no ZIP64 support)`);
    const seen = new Set<string>();
    const central: Buffer[] = [];
    const fd = openSync(file, 'w');
    let offset = 0;
    const write = (buf: Buffer): void => {
        writeSync(fd, buf);
        offset += buf.length;
    };
    try {
        for (const entry of entries) {
            checkName(entry.name);
            if (seen.has(entry.name)) throw new Error(`zip: duplicate entry ${entry.name}`);
            seen.add(entry.name);
            const name = Buffer.from(entry.name, 'utf8');
            const crc = crc32(entry.data);
            const deflated = entry.data.length === 0 ? entry.data : zlib.deflateRawSync(entry.data, { level });
            const useDeflate = deflated.length < entry.data.length;
            const body = useDeflate ? deflated : entry.data;
            const method = useDeflate ? METHOD_DEFLATE : METHOD_STORED;
            if (entry.data.length > MAX_UINT32 || offset > MAX_UINT32) throw new Error('zip: archive larger than 4 GiB (no ZIP64 support)');

            const local = Buffer.alloc(30);
            local.writeUInt32LE(LOCAL_HEADER, 0);
            local.writeUInt16LE(VERSION_NEEDED, 4);
            local.writeUInt16LE(FLAG_UTF8, 6);
            local.writeUInt16LE(method, 8);
            local.writeUInt16LE(DOS_TIME, 10);
            local.writeUInt16LE(DOS_DATE, 12);
            local.writeUInt32LE(crc, 14);
            local.writeUInt32LE(body.length, 18);
            local.writeUInt32LE(entry.data.length, 22);
            local.writeUInt16LE(name.length, 26);
            local.writeUInt16LE(0, 28);
            const localOffset = offset;
            write(local);
            write(name);
            write(body);

            const header = Buffer.alloc(46);
            header.writeUInt32LE(CENTRAL_HEADER, 0);
            header.writeUInt16LE(VERSION_MADE_BY, 4);
            header.writeUInt16LE(VERSION_NEEDED, 6);
            header.writeUInt16LE(FLAG_UTF8, 8);
            header.writeUInt16LE(method, 10);
            header.writeUInt16LE(DOS_TIME, 12);
            header.writeUInt16LE(DOS_DATE, 14);
            header.writeUInt32LE(crc, 16);
            header.writeUInt32LE(body.length, 20);
            header.writeUInt32LE(entry.data.length, 24);
            header.writeUInt16LE(name.length, 28);
            header.writeUInt16LE(0, 30); // extra field length
            header.writeUInt16LE(0, 32); // comment length
            header.writeUInt16LE(0, 34); // disk number
            header.writeUInt16LE(0, 36); // internal attributes
            header.writeUInt32LE((((0o100000 | (entry.mode ?? 0o644)) & 0xffff) << 16) >>> 0, 38); // regular file + mode
            header.writeUInt32LE(localOffset, 42);
            central.push(header, name);
        }
        const centralOffset = offset;
        for (const part of central) write(part);
        const centralSize = offset - centralOffset;
        const end = Buffer.alloc(22);
        end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
        end.writeUInt16LE(0, 4);
        end.writeUInt16LE(0, 6);
        end.writeUInt16LE(entries.length, 8);
        end.writeUInt16LE(entries.length, 10);
        end.writeUInt32LE(centralSize, 12);
        end.writeUInt32LE(centralOffset, 16);
        end.writeUInt16LE(0, 20);
        write(end);
        if (offset > MAX_UINT32) throw new Error('zip: archive larger than 4 GiB (no ZIP64 support)');
        return offset;
    } finally {
        closeSync(fd);
    }
}

/** Reads every file entry of a ZIP archive (stored or deflated), checking sizes and CRCs. Directory entries are skipped. */
export function readZip(source: string | Buffer): ZipEntry[] {
    const zip = typeof source === 'string' ? readFileSync(source) : source;
    let end = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
        if (zip.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
            end = i;
            break;
        }
    }
    if (end < 0) throw new Error('zip: no end of central directory record');
    const count = zip.readUInt16LE(end + 10);
    let pos = zip.readUInt32LE(end + 16);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(pos) !== CENTRAL_HEADER) throw new Error(`zip: bad central directory header at ${pos}`);
        const flags = zip.readUInt16LE(pos + 8);
        const method = zip.readUInt16LE(pos + 10);
        const crc = zip.readUInt32LE(pos + 16);
        const compressedSize = zip.readUInt32LE(pos + 20);
        const size = zip.readUInt32LE(pos + 24);
        const nameLength = zip.readUInt16LE(pos + 28);
        const extraLength = zip.readUInt16LE(pos + 30);
        const commentLength = zip.readUInt16LE(pos + 32);
        const external = zip.readUInt32LE(pos + 38);
        const localOffset = zip.readUInt32LE(pos + 42);
        const name = zip.toString(flags & FLAG_UTF8 ? 'utf8' : 'latin1', pos + 46, pos + 46 + nameLength);
        pos += 46 + nameLength + extraLength + commentLength;
        if (name.endsWith('/')) continue;
        checkName(name);
        if (zip.readUInt32LE(localOffset) !== LOCAL_HEADER) throw new Error(`zip: bad local header for ${name}`);
        const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
        const body = zip.subarray(dataStart, dataStart + compressedSize);
        let data: Buffer;
        if (method === METHOD_STORED) data = Buffer.from(body);
        else if (method === METHOD_DEFLATE) data = zlib.inflateRawSync(body);
        else throw new Error(`zip: ${name} uses unsupported compression method ${method}`);
        if (data.length !== size) throw new Error(`zip: ${name} is ${data.length} bytes, the directory says ${size}`);
        if (crc32(data) !== crc) throw new Error(`zip: CRC mismatch in ${name}`);
        const mode = (external >>> 16) & 0o777;
        entries.push({ name, data, mode: mode === 0 ? 0o644 : mode });
    }
    return entries;
}
