export { ModelServingContent } from './ModelServingContent';
export { ModelServingCard } from './ModelServingCard';
