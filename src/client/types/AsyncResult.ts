/** What an asynchronous operation returns: the x-ms-request-id to follow with waitForOperation. */
export interface AsyncResult {
    readonly requestId: string;
}
