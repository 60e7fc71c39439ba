import { odata, type TableClient } from '@azure/data-tables';

import type { Mark } from '../plan/Mark';
import { definedFields, entityFields } from './entityFields';
import { hasStatusCode } from './hasStatusCode';

const rowKey = (serviceName: string, deploymentName: string) => `${serviceName.toLowerCase()}~${deploymentName.toLowerCase()}`;

/** Grace-period marks (PartitionKey subscriptionId, RowKey `service~deployment`, lower case). */
export class MarkStore {
    constructor(private readonly table: TableClient) {}

    /** Creates the table when missing (the SDK treats TableAlreadyExists as done). */
    async ensureTable(): Promise<void> {
        await this.table.createTable();
    }

    async forService(subscriptionId: string, serviceName: string): Promise<Mark[]> {
        const prefix = `${serviceName.toLowerCase()}~`;
        const end = `${prefix}\uffff`;
        const marks: Mark[] = [];
        const filter = odata`PartitionKey eq ${subscriptionId} and RowKey ge ${prefix} and RowKey lt ${end}`;
        for await (const e of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
            marks.push(entityFields(e) as unknown as Mark);
        }
        return marks;
    }

    async set(subscriptionId: string, mark: Mark): Promise<void> {
        await this.table.upsertEntity({ partitionKey: subscriptionId, rowKey: rowKey(mark.serviceName, mark.deploymentName), ...definedFields(mark) }, 'Replace');
    }

    async clear(subscriptionId: string, serviceName: string, deploymentName: string): Promise<void> {
        try {
            await this.table.deleteEntity(subscriptionId, rowKey(serviceName, deploymentName));
        } catch (err) {
            if (!hasStatusCode(err, 404)) throw err;
        }
    }
}
