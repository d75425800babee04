import type {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { llmdModelReadPermission } from '@llmd/plugin-llmd-common';
import type { Request } from 'express';

/** Dependencies of {@link requireReadPermission}. */
export interface ReadPermissionOptions {
  readonly httpAuth: HttpAuthService;
  readonly permissions: PermissionsService;
}

/**
 * Checks `llmd.model.read` for the caller (users and services).
 *
 * @throws NotAllowedError (403) when the policy denies it
 */
export async function requireReadPermission(
  options: ReadPermissionOptions,
  req: Request,
): Promise<void> {
  const credentials = await options.httpAuth.credentials(req, {
    allow: ['user', 'service'],
  });
  const [decision] = await options.permissions.authorize(
    [{ permission: llmdModelReadPermission }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError('Not allowed to read llm-d model services');
  }
}
