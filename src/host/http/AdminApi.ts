/** The host's admin endpoints (`/admin/…`), answered without keys locally, as Core Tools does. */
export interface AdminApi {
    /** `GET /admin/host/status`. */
    status(): unknown;
    /** `GET /admin/functions`. */
    functions(): unknown[];
    /** `POST /admin/functions/{name}` with `{"input": "…"}`: runs a non-HTTP function once, in the background. */
    invoke(name: string, input: string | undefined): 'accepted' | 'notFound' | 'httpFunction';
}
