/**
 * The stored text of an output message, as the queue output binding writes it: strings as they are, bytes as
 * bytes, anything else as JSON; then base64 under the `base64` encoding.
 */
export function encodeQueueMessage(value: unknown, encoding: 'base64' | 'none'): string {
    const bytes =
        typeof value === 'string'
            ? Buffer.from(value, 'utf8')
            : value instanceof Uint8Array
              ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
              : value instanceof ArrayBuffer
                ? Buffer.from(value)
                : Buffer.from(JSON.stringify(value), 'utf8');
    return encoding === 'base64' ? bytes.toString('base64') : bytes.toString('utf8');
}
