/** What a facade handler returns: an HttpResponseInit with a string body (JSON text) and plain headers. */
export interface FacadeResponse {
    readonly status: number;
    readonly headers: Readonly<Record<string, string>>;
    /** JSON text (`application/json` or `application/problem+json`); absent for 201/204 without content. */
    readonly body?: string;
}
