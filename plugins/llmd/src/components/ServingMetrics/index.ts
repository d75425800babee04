export { ServingMetricsCard } from './ServingMetricsCard';
