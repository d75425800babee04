/*
 * Reachability: the cluster preflight (what a cluster must have before any model can be reached) and the per-model
 * diagnosis (the chain from Gateway to workload, with the fix of the first broken link), over a ReachabilitySource.
 */

export type {
  KindAccess,
  ReachabilityKind,
  ReachabilitySource,
} from './reachabilitySource';
export { evaluateClusterPreflight } from './evaluateClusterPreflight';
export type { ClusterPreflightInput } from './preflightContext';
export { diagnoseModel } from './diagnoseModel';
export type { ModelDiagnosisInput } from './diagnosisContext';
export { summarizeReachability } from './summarizeReachability';
