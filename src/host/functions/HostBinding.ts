/** A binding of a loaded function, with its name and app-setting expressions (`%X%`) resolved. */
export interface HostBinding {
    readonly name: string;
    readonly type: string;
    readonly direction: 'in' | 'out' | 'inout';
    readonly [property: string]: unknown;
}
