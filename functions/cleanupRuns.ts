import { app } from '@azure/functions';

import { cleanupFunctions } from '../src/cleanup/cleanupFunctions';

for (const f of cleanupFunctions().http) app.http(f.name, f.options);
