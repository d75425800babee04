export type {
  KindAccess,
  ReachabilityKind,
  ReachabilitySource,
} from './reachabilitySource';
