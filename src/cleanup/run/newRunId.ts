import { randomBytes } from 'node:crypto';

/** `20260102T020000Z-3fa9c1`: sorts by start time, readable in logs and URLs, unique with 24 random bits. */
export function newRunId(now: number): string {
    const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    return `${stamp}-${randomBytes(3).toString('hex')}`;
}
