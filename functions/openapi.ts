import { app } from '@azure/functions';

import { openApiFunction } from '../src/openapi/openApiFunction';

const f = openApiFunction();
app.http(f.name, f.options);
