/** The scaffolder actions the llm-d module registers, as a backend's `/api/scaffolder/v2/actions` lists them. */
export const LLMD_ACTION_IDS = [
  'llmd:tenant:render',
  'llmd:gateway:render',
  'llmd:model:render',
  'llmd:metallb:render',
  'llmd:gitops:validate',
  'llmd:gitops:push-branch',
  'llmd:gitlab:merge-request',
] as const;
