/** A Knative (duckv1) condition, as KServe reports them on an LLMInferenceService. */
export interface KnativeCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  message?: string;
  severity?: 'Info';
  lastTransitionTime: string;
}

/** The top-level conditions whose AND is `Ready` (knative "living" set of v1alpha1 at v0.16.0). */
const DEPENDENTS = ['WorkloadsReady', 'RouterReady'];
const HAPPY = 'Ready';

/**
 * The conditions of one object, changed the way knative.dev/pkg `apis.ConditionManager` does: a condition that
 * is set identically keeps its lastTransitionTime; sub-conditions (not `Ready` nor its dependents) have severity
 * Info; conditions nobody touches keep their previous value (e.g. those a reconcile that stopped early skips).
 */
export class ConditionSet {
  private readonly conditions = new Map<string, KnativeCondition>();

  constructor(
    previous: readonly KnativeCondition[],
    private readonly now: string,
  ) {
    for (const condition of previous)
      this.conditions.set(condition.type, condition);
  }

  get(type: string): KnativeCondition | undefined {
    return this.conditions.get(type);
  }

  markTrue(type: string): void {
    this.set({ type, status: 'True' });
  }

  markFalse(type: string, reason: string, message?: string): void {
    this.set({
      type,
      status: 'False',
      reason,
      ...(message ? { message } : {}),
    });
  }

  clear(type: string): void {
    this.conditions.delete(type);
  }

  /**
   * Sets a rollup from its sub-conditions: the first False one's reason and message are copied up, else True
   * (KServe `DetermineWorkloadReadiness` / `DetermineRouterReadiness`).
   */
  rollUp(type: string, subConditions: readonly string[]): void {
    const failed = subConditions
      .map(sub => this.conditions.get(sub))
      .find(c => c?.status === 'False');
    if (failed) this.markFalse(type, failed.reason ?? '', failed.message);
    else this.markTrue(type);
  }

  /**
   * `Ready`: False with the reason of the dependent marked False last (the router is determined after the
   * workloads, so it wins), True when every dependent is True.
   */
  determineReady(): void {
    const failed = [...DEPENDENTS]
      .reverse()
      .map(type => this.conditions.get(type))
      .find(c => c?.status === 'False');
    if (failed) this.markFalse(HAPPY, failed.reason ?? '', failed.message);
    else if (DEPENDENTS.every(t => this.conditions.get(t)?.status === 'True')) {
      this.markTrue(HAPPY);
    }
  }

  /** The conditions sorted by type, as knative serialises them. */
  toList(): KnativeCondition[] {
    return [...this.conditions.values()].sort((a, b) =>
      a.type.localeCompare(b.type),
    );
  }

  private set(
    condition: Omit<KnativeCondition, 'lastTransitionTime' | 'severity'>,
  ): void {
    const subCondition =
      condition.type !== HAPPY && !DEPENDENTS.includes(condition.type);
    const next: KnativeCondition = {
      ...condition,
      ...(subCondition ? { severity: 'Info' as const } : {}),
      lastTransitionTime: this.now,
    };
    const before = this.conditions.get(condition.type);
    if (
      before &&
      before.status === next.status &&
      before.reason === next.reason &&
      before.message === next.message &&
      before.severity === next.severity
    ) {
      return;
    }
    this.conditions.set(condition.type, next);
  }
}
