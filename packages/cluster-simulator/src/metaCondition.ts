/** A `metav1.Condition`, as Gateway API and Inference Extension objects report them. */
export interface MetaCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  observedGeneration: number;
  lastTransitionTime: string;
}

/**
 * A condition for a status the simulated Gateway implementation writes; it keeps the lastTransitionTime of the
 * previous condition of the same type and status, so an unchanged status is a no-op write.
 */
export function metaCondition(
  previous: readonly MetaCondition[] | undefined,
  condition: Omit<MetaCondition, 'lastTransitionTime'>,
  now: string,
): MetaCondition {
  const before = previous?.find(c => c.type === condition.type);
  return {
    ...condition,
    lastTransitionTime:
      before?.status === condition.status ? before.lastTransitionTime : now,
  };
}
