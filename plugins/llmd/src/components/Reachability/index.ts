export { ReachabilityCard } from './ReachabilityCard';
