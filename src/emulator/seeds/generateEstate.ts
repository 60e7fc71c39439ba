import type { Seed, SeedDeployment, SeedHostedService } from '../state/seed';
import { mulberry32 } from '../../util/mulberry32';

export interface GenerateEstateOptions {
    /** Number of cloud services. */
    readonly services: number;
    /** Deployments per service: 0, 1 (production) or 2 (production and staging). */
    readonly deploymentsPerService: number;
    /** PRNG seed: the same options always give the same estate. */
    readonly seed: number;
}

const UBUNTU = 'b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-14_04_2-LTS-amd64-server-20150610-en-us-30GB';
const WINDOWS = 'a699494373c04fc0bc8f2bb1389d6106__Windows-Server-2012-R2-201505.01-en.us-127GB.vhd';
const LOCATIONS = ['West US', 'East US', 'North Europe', 'West Europe', 'Southeast Asia'];
const TEAMS = ['shop', 'search', 'billing', 'media', 'identity', 'reports', 'batch', 'legacy'];
const SIZES = ['ExtraSmall', 'Small', 'Medium', 'Large'];


/**
 * A bigger estate for tests and benchmarks: `services` cloud services across a few locations, each with
 * `deploymentsPerService` package or VM deployments of varied ages (1–700 days) and statuses; about one service in
 * ten is CleanupProtected. Deterministic in `seed`.
 */
export function generateEstate(options: GenerateEstateOptions): Seed {
    const { services, deploymentsPerService, seed } = options;
    if (!Number.isInteger(services) || services < 0) throw new RangeError(`services must be a non-negative integer, got ${services}`);
    if (![0, 1, 2].includes(deploymentsPerService)) throw new RangeError(`deploymentsPerService must be 0, 1 or 2 (one per slot), got ${deploymentsPerService}`);
    const random = mulberry32(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const days = (min: number, max: number) => `-${Math.floor(min + random() * (max - min))}d`;
    const storageAccounts = LOCATIONS.map((location, i) => ({
        name: `genvhds${seed.toString(36)}${i}`.slice(0, 24),
        location,
        accountType: 'Standard_LRS',
    }));
    const hostedServices: SeedHostedService[] = Array.from({ length: services }, (_, i) => {
        const team = pick(TEAMS);
        const name = `${team}-${String(i).padStart(5, '0')}`;
        const location = pick(LOCATIONS);
        const account = storageAccounts[LOCATIONS.indexOf(location)]?.name;
        const deployments: SeedDeployment[] = ['production', 'staging'].slice(0, deploymentsPerService).map((slot) => {
            const createdTime = days(1, 700);
            const base = { name: `${name}-${slot === 'production' ? 'prod' : 'stage'}`, slot, createdTime, status: random() < 0.8 ? 'Running' : 'Suspended' };
            if (random() < 0.5) {
                return { ...base, roles: [{ name: 'WebRole1', instances: 1 + Math.floor(random() * 3), size: pick(SIZES) }] };
            }
            const vm = { name: `${team}vm${i}`, size: pick(SIZES), osImage: random() < 0.7 ? UBUNTU : WINDOWS, ...(account === undefined ? {} : { storageAccount: account }) };
            return { ...base, virtualMachines: [vm] };
        });
        const extendedProperties: Record<string, string> = random() < 0.1 ? { CleanupProtected: 'true', Owner: team } : { Owner: team };
        return { name, label: `${team} service ${i}`, location, dateCreated: days(700, 900), extendedProperties, deployments };
    });
    return {
        storageAccounts,
        osImages: [
            { name: UBUNTU, label: 'Ubuntu Server 14.04.2-LTS', os: 'Linux', category: 'Public', publisherName: 'Canonical' },
            { name: WINDOWS, label: 'Windows Server 2012 R2 Datacenter, May 2015', os: 'Windows', category: 'Public', logicalSizeInGB: 128 },
        ],
        hostedServices,
    };
}
