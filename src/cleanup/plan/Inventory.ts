/** What the planner sees of a deployment: the fields cleanup decides on, nothing else. */
export interface InventoryDeployment {
    readonly name: string;
    /** `production` or `staging` (lower case). */
    readonly slot: string;
    readonly status?: string;
    readonly privateId?: string;
    readonly createdTime?: string;
    readonly lastModifiedTime?: string;
    readonly extendedProperties: Readonly<Record<string, string>>;
    /** A virtual machine deployment (roles of type PersistentVMRole): has disks that `deleteDisks` may remove. */
    readonly isVirtualMachine: boolean;
}

/** A hosted (cloud) service and every deployment it has. */
export interface InventoryService {
    readonly serviceName: string;
    readonly extendedProperties: Readonly<Record<string, string>>;
    readonly deployments: readonly InventoryDeployment[];
}
