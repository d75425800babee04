export { ModelServingContent } from './ModelServingContent';
export { ModelServingCard } from './ModelServingCard';
export { TokenDialog } from './TokenDialog';
export type { TokenDialogProps } from './TokenDialog';
