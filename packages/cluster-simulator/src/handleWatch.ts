import { queryFlag } from './requestPath';
import { ResourceRequest } from './requestContext';
import { requestSelectors } from './requestSelectors';
import { badRequest } from './StatusError';

/**
 * `GET` with `watch=true` (or `watch=1`, or the legacy `/watch/` path): streams ADDED, MODIFIED, DELETED,
 * BOOKMARK and ERROR events as newline-delimited JSON. See {@link WatchHub.start} for resourceVersion rules.
 */
export function handleWatch(request: ResourceRequest): void {
  const { core, res, target, type, params } = request;
  const selectors = requestSelectors(params, type, target.name);
  const timeoutParam = params.get('timeoutSeconds');
  let timeoutSeconds: number | undefined;
  if (timeoutParam !== null) {
    timeoutSeconds = Number(timeoutParam);
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds < 0) {
      throw badRequest(`invalid timeoutSeconds: ${timeoutParam}`);
    }
  }
  core.hub.start(
    {
      filter: {
        type,
        namespace: type.namespaced ? target.namespace : undefined,
        ...selectors,
      },
      resourceVersion: params.get('resourceVersion') ?? '',
      allowBookmarks: queryFlag(params, 'allowWatchBookmarks'),
      sendInitialEvents: queryFlag(params, 'sendInitialEvents'),
      timeoutSeconds,
    },
    res,
  );
}
