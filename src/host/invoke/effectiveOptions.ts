import type { EffectiveFunctionOptions, FunctionInput, FunctionOutput, FunctionTrigger } from '@azure/functions';

import type { HostBinding } from '../functions/HostBinding';
import type { HostFunction } from '../functions/HostFunction';

function plain(binding: HostBinding): FunctionTrigger & FunctionInput & FunctionOutput {
    return { ...binding };
}

/** `context.options` as the library builds it from the bindings (fromRpcBindings). */
export function effectiveOptions(fn: HostFunction): EffectiveFunctionOptions {
    return {
        trigger: plain(fn.trigger),
        ...(fn.returnBinding ? { return: plain(fn.returnBinding) } : {}),
        extraInputs: fn.extraInputs.map(plain),
        extraOutputs: fn.extraOutputs.map(plain),
    };
}
