const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * A stored message's body as text: base64-decoded (UTF-8) under `base64` encoding, as is under `none`;
 * undefined when base64 was expected and the text is not base64 (the extension sends those to the poison queue).
 */
export function decodeQueueMessage(messageText: string, encoding: 'base64' | 'none'): string | undefined {
    if (encoding === 'none') return messageText;
    const compact = messageText.replace(/\s+/g, '');
    if (!BASE64.test(compact)) return undefined;
    return Buffer.from(compact, 'base64').toString('utf8');
}
