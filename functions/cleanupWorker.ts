import { app } from '@azure/functions';

import { cleanupFunctions } from '../src/cleanup/cleanupFunctions';

const { worker } = cleanupFunctions();
app.storageQueue(worker.name, worker.options);
