/** A `metav1.Condition`, as Gateway API and Inference Extension objects report them. */
export interface MetaCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  observedGeneration: number;
  lastTransitionTime: string;
}

/** Makes one condition: True when `ok`, else False. */
export type ConditionWriter = (
  type: string,
  ok: boolean,
  reason: string,
  message: string,
) => MetaCondition;

/**
 * Writes the conditions of a status the simulated Gateway implementation reports: each keeps the
 * lastTransitionTime of the previous condition of the same type and status, so an unchanged status is a no-op
 * write.
 */
export function conditionWriter(
  previous: readonly MetaCondition[] | undefined,
  observedGeneration: number,
  now: string,
): ConditionWriter {
  return (type, ok, reason, message) => {
    const status = ok ? 'True' : 'False';
    const before = previous?.find(c => c.type === type);
    return {
      type,
      status,
      reason,
      message,
      observedGeneration,
      lastTransitionTime:
        before?.status === status ? before.lastTransitionTime : now,
    };
  };
}
