/** How a run item is named in summaries: `service/deployment` or `service (hosted service)`. */
export function describeItem(item: { readonly kind: 'deployment' | 'service'; readonly serviceName: string; readonly deploymentName?: string }): string {
    return item.kind === 'service' ? `${item.serviceName} (hosted service)` : `${item.serviceName}/${item.deploymentName ?? '?'}`;
}
