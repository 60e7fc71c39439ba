/** An ISO-8601 duration as written in the policy (`P7D`) and its length in milliseconds. */
export interface IsoDuration {
    readonly text: string;
    readonly ms: number;
}
