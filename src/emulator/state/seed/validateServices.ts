import { ROLE_SIZES } from '../catalogues/roleSizeData';
import { isValidDeploymentName, isValidHostedServiceName } from '../names';
import type { SeedAffinityGroup, SeedDeployment, SeedHostedService, SeedPackageRole, SeedVirtualMachine } from '../seed';
import { arrayAt, objectAt, optionalDictionary, optionalNumber, optionalString, optionalTime, requiredString, uniqueNames } from './fieldReaders';
import { SeedError } from './SeedError';
import { defined, placementAt } from './validateResources';

const ROLE_SIZE_NAMES = ROLE_SIZES.map((s) => s.name);
const ROLE_NAME = { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, hint: 'letters, digits, dots, hyphens, underscores' };

/** What deployments may refer to. */
export interface SeedNames {
    readonly affinityGroups: readonly SeedAffinityGroup[];
    readonly osImages: ReadonlySet<string>;
    readonly vmImages: ReadonlySet<string>;
    readonly storageAccounts: ReadonlySet<string>;
}

export function hostedServiceAt(value: unknown, field: string, names: SeedNames): SeedHostedService {
    const o = objectAt(value, field, [
        'name', 'label', 'description', 'location', 'affinityGroup', 'dateCreated', 'dateLastModified', 'extendedProperties', 'deployments',
    ]);
    const name = requiredString(o, 'name', field);
    if (!isValidHostedServiceName(name)) throw new SeedError(`${field}.name`, `'${name}' is not a valid hosted service name (letters, digits, hyphens; 1-63)`);
    const deployments = arrayAt(o, 'deployments', field).map((d, i) => deploymentAt(d, `${field}.deployments[${i}]`, names));
    uniqueNames(deployments.map((d) => d.name), (i) => `${field}.deployments[${i}]`, 'deployment');
    const slots = deployments.map((d) => d.slot.toLowerCase());
    const twice = slots.findIndex((s, i) => slots.indexOf(s) !== i);
    if (twice >= 0) throw new SeedError(`${field}.deployments[${twice}].slot`, `a second deployment in the ${slots[twice]} slot`);
    return {
        name,
        ...placementAt(o, field, names.affinityGroups),
        ...defined('label', optionalString(o, 'label', field)),
        ...defined('description', optionalString(o, 'description', field)),
        ...defined('dateCreated', optionalTime(o, 'dateCreated', field)),
        ...defined('dateLastModified', optionalTime(o, 'dateLastModified', field)),
        ...defined('extendedProperties', optionalDictionary(o, 'extendedProperties', field)),
        deployments,
    };
}

function deploymentAt(value: unknown, field: string, names: SeedNames): SeedDeployment {
    const o = objectAt(value, field, [
        'name', 'slot', 'status', 'label', 'createdTime', 'lastModifiedTime', 'extendedProperties', 'roles', 'osFamily', 'packageUrl', 'virtualMachines',
    ]);
    const name = requiredString(o, 'name', field);
    if (!isValidDeploymentName(name)) throw new SeedError(`${field}.name`, `'${name}' is not a valid deployment name`);
    const hasRoles = o['roles'] !== undefined;
    const hasVms = o['virtualMachines'] !== undefined;
    if (hasRoles === hasVms) throw new SeedError(field, 'needs exactly one of roles (a package deployment) and virtualMachines');
    const roles = arrayAt(o, 'roles', field).map((r, i) => packageRoleAt(r, `${field}.roles[${i}]`));
    const virtualMachines = arrayAt(o, 'virtualMachines', field).map((v, i) => virtualMachineAt(v, `${field}.virtualMachines[${i}]`, names));
    if (hasRoles && roles.length === 0) throw new SeedError(`${field}.roles`, 'needs at least one role');
    if (hasVms && virtualMachines.length === 0) throw new SeedError(`${field}.virtualMachines`, 'needs at least one virtual machine');
    uniqueNames(roles.map((r) => r.name), (i) => `${field}.roles[${i}]`, 'role');
    uniqueNames(virtualMachines.map((v) => v.name), (i) => `${field}.virtualMachines[${i}]`, 'virtual machine');
    return {
        name,
        slot: requiredString(o, 'slot', field, { oneOf: ['production', 'staging'] }),
        ...defined('status', optionalString(o, 'status', field, { oneOf: ['Running', 'Suspended'] })),
        ...defined('label', optionalString(o, 'label', field)),
        ...defined('createdTime', optionalTime(o, 'createdTime', field)),
        ...defined('lastModifiedTime', optionalTime(o, 'lastModifiedTime', field)),
        ...defined('extendedProperties', optionalDictionary(o, 'extendedProperties', field)),
        ...defined('osFamily', optionalString(o, 'osFamily', field, { oneOf: ['1', '2', '3', '4'] })),
        ...defined('packageUrl', optionalString(o, 'packageUrl', field)),
        ...(hasRoles ? { roles } : { virtualMachines }),
    };
}

function packageRoleAt(value: unknown, field: string): SeedPackageRole {
    const o = objectAt(value, field, ['name', 'instances', 'size']);
    return {
        name: requiredString(o, 'name', field, ROLE_NAME),
        ...defined('instances', optionalNumber(o, 'instances', field, 1, 100)),
        ...defined('size', optionalString(o, 'size', field, { oneOf: ROLE_SIZE_NAMES })),
    };
}

function virtualMachineAt(value: unknown, field: string, names: SeedNames): SeedVirtualMachine {
    const o = objectAt(value, field, ['name', 'size', 'osImage', 'vmImage', 'hostName', 'powerState', 'storageAccount', 'endpoints']);
    const osImage = optionalString(o, 'osImage', field);
    const vmImage = optionalString(o, 'vmImage', field);
    if ((osImage === undefined) === (vmImage === undefined)) throw new SeedError(field, 'needs exactly one of osImage and vmImage');
    if (osImage !== undefined && !names.osImages.has(osImage.toLowerCase())) throw new SeedError(`${field}.osImage`, `no OS image named '${osImage}' in osImages`);
    if (vmImage !== undefined && !names.vmImages.has(vmImage.toLowerCase())) throw new SeedError(`${field}.vmImage`, `no VM image named '${vmImage}' in vmImages`);
    const storageAccount = optionalString(o, 'storageAccount', field);
    if (storageAccount !== undefined && !names.storageAccounts.has(storageAccount.toLowerCase())) {
        throw new SeedError(`${field}.storageAccount`, `no storage account named '${storageAccount}' in storageAccounts`);
    }
    const endpoints = arrayAt(o, 'endpoints', field).map((e, i) => {
        const at = `${field}.endpoints[${i}]`;
        const eo = objectAt(e, at, ['name', 'protocol', 'port', 'localPort']);
        return {
            name: requiredString(eo, 'name', at),
            protocol: requiredString(eo, 'protocol', at, { oneOf: ['tcp', 'udp'] }).toLowerCase(),
            port: optionalNumber(eo, 'port', at, 1, 65535) ?? missing(`${at}.port`),
            localPort: optionalNumber(eo, 'localPort', at, 1, 65535) ?? missing(`${at}.localPort`),
        };
    });
    return {
        name: requiredString(o, 'name', field, ROLE_NAME),
        ...defined('size', optionalString(o, 'size', field, { oneOf: ROLE_SIZE_NAMES })),
        ...defined('osImage', osImage),
        ...defined('vmImage', vmImage),
        ...defined('hostName', optionalString(o, 'hostName', field)),
        ...defined('powerState', optionalString(o, 'powerState', field, { oneOf: ['Started', 'Stopped'] })),
        ...defined('storageAccount', storageAccount),
        ...(endpoints.length === 0 ? {} : { endpoints }),
    };
}

function missing(field: string): never {
    throw new SeedError(field, 'is required');
}
