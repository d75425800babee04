/**
 * Pure domain logic of the llm-d portal, shared by the scaffolder actions, the backend, the frontend and the `llmd`
 * CLI. Runs in the browser and in Node (no I/O).
 *
 * @packageDocumentation
 */

// Layers, lowest first (docs/architecture.md; enforced by import/no-restricted-paths in .eslintrc.js).
export * from './kube';
export * from './yaml';
export * from './permissions';
export * from './epp';
export * from './render';
export * from './api';
export * from './endpoints';
export * from './models';
export * from './metrics';
export * from './catalog';
export * from './reachability';
export * from './policy';
export * from './gitops';
export * from './views';
