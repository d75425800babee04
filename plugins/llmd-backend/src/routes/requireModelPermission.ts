import type {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import { type ModelResource, modelResourceRef } from '@llmd/plugin-llmd-common';
import type { Request } from 'express';

/** Dependencies of {@link requireModelPermission}. */
export interface ModelPermissionOptions {
  readonly httpAuth: HttpAuthService;
  readonly permissions: PermissionsService;
}

/**
 * Asks the permission framework whether the calling user may do `permission` on the model on that cluster (the
 * `llmd-model` resource `<cluster>:<namespace>/<name>`, whose owner the backend derives from the live object),
 * before anything about the model is looked up.
 *
 * @param action - what is refused, in words, e.g. `mint tokens for`
 * @throws NotAllowedError when the policy does not allow it
 */
export async function requireModelPermission(
  options: ModelPermissionOptions,
  req: Request,
  permission: ResourcePermission<'llmd-model'>,
  model: ModelResource,
  action: string,
): Promise<void> {
  const credentials = await options.httpAuth.credentials(req, {
    allow: ['user'],
  });
  const [decision] = await options.permissions.authorize(
    [{ permission, resourceRef: modelResourceRef(model) }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `Not allowed to ${action} ${model.namespace}/${model.name} on cluster ${model.cluster}`,
    );
  }
}
