import type { z } from 'zod/v3';
import { DEFAULT_GIT_AUTHOR } from '../git/workspacePushRequest';

// spelled out: an exported schema's inferred type would name the scaffolder's zod copy by its path
type OptionalField<T extends z.ZodTypeAny> = (
  zImpl: typeof z,
) => z.ZodOptional<T>;

/**
 * The input fields saying which part of the workspace is pushed, shared by the actions that push the workspace's
 * units (`llmd:gitops:push-branch`, `llmd:gitlab:merge-request`); see `WorkspacePushInput`.
 */
export const workspaceUnitsInput: {
  sourcePath: OptionalField<z.ZodString>;
  units: OptionalField<z.ZodArray<z.ZodString>>;
} = {
  sourcePath: z =>
    z
      .string()
      .optional()
      .describe(
        'Workspace directory standing for the repository root; default .',
      ),
  units: z =>
    z
      .array(z.string())
      .optional()
      .describe(
        'Repository directories replaced as a whole; default: every directory holding a file',
      ),
};

/** The input fields naming the commit's author, shared like {@link workspaceUnitsInput}. */
export const gitAuthorInput: {
  gitAuthorName: OptionalField<z.ZodString>;
  gitAuthorEmail: OptionalField<z.ZodString>;
} = {
  gitAuthorName: z =>
    z.string().optional().describe(`Default ${DEFAULT_GIT_AUTHOR.name}`),
  gitAuthorEmail: z =>
    z.string().optional().describe(`Default ${DEFAULT_GIT_AUTHOR.email}`),
};
