/** What a plan says to delete, with what it looked like when planned: the identity re-checked before deleting. */
export type DeletionTarget =
    | {
          readonly kind: 'deployment';
          readonly serviceName: string;
          readonly deploymentName: string;
          readonly slot: string;
          readonly privateId: string;
          readonly lastModifiedTime: string;
          readonly deleteDisks: boolean;
      }
    | { readonly kind: 'service'; readonly serviceName: string };
