import { appContext } from '../src/app/appContext';
import { registerLifecycleHooks } from '../src/app/registerLifecycleHooks';

registerLifecycleHooks(appContext);
