import { app } from '@azure/functions';

import { operationFunctions } from '../src/facade/operationFunctions';

for (const f of operationFunctions('hostedServices')) app.http(f.name, f.options);
