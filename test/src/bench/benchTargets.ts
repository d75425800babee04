/** One checked figure: its target (an upper bound), the measured value and whether it met the target. */
export interface TargetCheck {
  target: number;
  value: number | null;
  pass: boolean | null;
}

/** The figures targets apply to, measured by one run. */
export interface TargetedFigures {
  initialSyncMs: number;
  rssGrowthMb: number;
  modelDetailP95Ms: number;
  diagnosisP95Ms: number;
  apiServerRequestsPerPageView: number;
  apiServerRequestsPerDiagnosisView: number;
  changeToCacheP95Ms: number;
  /** The slowest of the fleet page's page-of-50 shapes (unfiltered, filtered, later page). */
  fleetModelsPageP95Ms: number;
  fleetGovernanceP95Ms: number;
  changeToViewP95Ms: number;
  largeEppConfigP95Ratio: number;
  readinessWithLargeEppConfigMaxMs: number;
}

type Targets = Partial<Record<keyof TargetedFigures, number>>;

/** Targets that hold at any size (live-state issue, issues 18 and 22). */
const ANY_SIZE: Targets = {
  modelDetailP95Ms: 5,
  diagnosisP95Ms: 5,
  apiServerRequestsPerPageView: 0,
  apiServerRequestsPerDiagnosisView: 0,
  changeToCacheP95Ms: 1000,
  largeEppConfigP95Ratio: 2,
  readinessWithLargeEppConfigMaxMs: 100,
};

/** 20 clusters × 500 models (issue 20 adds the fleet page's). */
const TEN_THOUSAND: Targets = {
  ...ANY_SIZE,
  initialSyncMs: 10_000,
  rssGrowthMb: 300,
  fleetModelsPageP95Ms: 10,
  fleetGovernanceP95Ms: 10,
  changeToViewP95Ms: 1000,
};

/** 100 clusters × 1 000 models (issue 20; governance and change → view have no target at this size). */
const HUNDRED_THOUSAND: Targets = {
  ...ANY_SIZE,
  initialSyncMs: 60_000,
  rssGrowthMb: 1536,
  fleetModelsPageP95Ms: 25,
};

/**
 * The targets of the run's size (the 100 000 set from 100 000 models up, else the 10 000 set) checked against the
 * figures; figures without a target at that size are left out.
 */
export function checkTargets(models: number, figures: TargetedFigures) {
  const large = models >= 100_000;
  const targets = large ? HUNDRED_THOUSAND : TEN_THOUSAND;
  const checks: Partial<Record<keyof TargetedFigures, TargetCheck>> = {};
  for (const [key, target] of Object.entries(targets) as [
    keyof TargetedFigures,
    number,
  ][]) {
    const value = figures[key];
    const measured = Number.isFinite(value) ? value : null;
    checks[key] = {
      target,
      value: measured,
      pass: measured === null ? null : measured <= target,
    };
  }
  return {
    size: large ? '100 000 models' : '10 000 models',
    checks,
    allPass: Object.values(checks).every(c => c!.pass !== false),
  };
}
