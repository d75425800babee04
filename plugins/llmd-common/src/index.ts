/**
 * Pure domain logic of the llm-d portal, shared by the scaffolder actions, the backend, the frontend and the `llmd`
 * CLI. Runs in the browser and in Node (no I/O).
 *
 * @packageDocumentation
 */

export * from './epp';
export * from './render';
export * from './gitops';
export * from './api';
export * from './endpoints';
export * from './models';
export { modelEntityRef } from './catalog/modelEntityRef';
export * from './catalog';
export * from './permissions';
export * from './policy';
export * from './yaml';
