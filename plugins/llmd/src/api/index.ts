export { llmdApiRef } from './LlmdApi';
export type { LlmdApi, ModelRef } from './LlmdApi';
export { LlmdClient } from './LlmdClient';
export type { LlmdClientOptions } from './LlmdClient';
