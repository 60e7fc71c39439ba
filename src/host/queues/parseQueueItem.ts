/** The handler's queue item: the message parsed as JSON when it is JSON (as the library's fromRpcTypedData), else the text. */
export function parseQueueItem(body: string): unknown {
    try {
        return JSON.parse(body) as unknown;
    } catch {
        return body;
    }
}
