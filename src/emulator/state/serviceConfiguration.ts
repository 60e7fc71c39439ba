/** What the emulator reads from a service configuration (.cscfg): the roles and their instance counts. */
export interface ConfiguredRole {
    readonly name: string;
    readonly instances: number;
}

export interface ServiceConfigurationInfo {
    readonly osFamily?: string;
    readonly roles: readonly ConfiguredRole[];
}

/** Reads role names and `<Instances count>` from a .cscfg; tolerant of anything else in it. */
export function readServiceConfiguration(text: string): ServiceConfigurationInfo {
    const osFamily = /<ServiceConfiguration\b[^>]*\sosFamily="([^"]*)"/.exec(text)?.[1];
    const roles: ConfiguredRole[] = [];
    const rolePattern = /<Role\b[^>]*\sname="([^"]+)"[^>]*>([\s\S]*?)<\/Role>/g;
    for (let m = rolePattern.exec(text); m !== null; m = rolePattern.exec(text)) {
        const count = /<Instances\b[^>]*\scount="(\d+)"/.exec(m[2] ?? '')?.[1];
        roles.push({ name: m[1] ?? '', instances: Math.max(0, Math.min(1000, Number(count ?? '1'))) });
    }
    return osFamily === undefined ? { roles } : { osFamily, roles };
}

/** The configuration ASM generates for a VM deployment (one instance per role). */
export function vmServiceConfiguration(roleNames: readonly string[]): string {
    const roles = roleNames.map((name) => `  <Role name="${name}">\r\n    <Instances count="1" />\r\n  </Role>\r\n`).join('');
    return (
        '<ServiceConfiguration xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
        `xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration">\r\n${roles}</ServiceConfiguration>`
    );
}

/** A minimal package configuration with one worker role (seeds and generated estates). */
export function packageServiceConfiguration(roles: readonly ConfiguredRole[], osFamily = '4'): string {
    const body = roles
        .map((r) => `  <Role name="${r.name}">\n    <Instances count="${r.instances}" />\n    <ConfigurationSettings />\n  </Role>\n`)
        .join('');
    return (
        '<ServiceConfiguration serviceName="AzureCloudService" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration" ' +
        `osFamily="${osFamily}" osVersion="*" schemaVersion="2014-06.2.4">\n${body}</ServiceConfiguration>`
    );
}
