import type { FunctionPlan } from './functions/FunctionPlan';
import type { FunctionSummary } from './FunctionSummary';

/** The start-up listing of planned functions (`name: [GET,POST] http://127.0.0.1:7071/api/x`, Core Tools style). */
export function describeFunctions(plans: readonly FunctionPlan[], origin: string): FunctionSummary[] {
    return plans.map((plan) => {
        const triggerType = plan.fn.trigger.type;
        switch (plan.kind) {
            case 'http':
                return { name: plan.fn.name, triggerType, description: `[${plan.methods.join(',')}] ${origin}/${plan.route}` };
            case 'timer':
                return { name: plan.fn.name, triggerType, description: `schedule ${plan.schedule.text}${plan.runOnStartup ? ' (runOnStartup)' : ''}` };
            case 'queue':
                return { name: plan.fn.name, triggerType, description: `queue ${plan.queueName}` };
        }
    });
}
