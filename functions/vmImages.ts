import { app } from '@azure/functions';

import { operationFunctions } from '../src/facade/operationFunctions';

for (const f of operationFunctions('vmImages')) app.http(f.name, f.options);
