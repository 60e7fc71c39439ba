import { notImplemented } from '../asmErrors';
import type { Handler, HandlerTable } from './Handler';
import { catalogueHandlers } from './catalogues';
import { deploymentHandlers } from './deployments';
import { hostedServiceHandlers } from './hostedServices';
import { imageHandlers } from './images';
import { operationHandlers } from './operations';
import { storageAccountHandlers } from './storageAccounts';
import { virtualMachineHandlers } from './virtualMachines';

/** Every handler, keyed by the catalogue's operation name. */
export const handlers: HandlerTable = {
    ...catalogueHandlers,
    ...hostedServiceHandlers,
    ...deploymentHandlers,
    ...storageAccountHandlers,
    ...imageHandlers,
    ...virtualMachineHandlers,
    ...operationHandlers,
};

/** The handler of an operation; a catalogue operation without one answers a clear 501. */
export function handlerFor(operationName: string): Handler {
    const handler = handlers[operationName];
    if (handler === undefined) throw notImplemented(operationName);
    return handler;
}
