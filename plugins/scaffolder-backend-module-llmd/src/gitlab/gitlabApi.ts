import { InputError } from '@backstage/errors';

/** Where a GitLab project's REST API is and the token that may use it. */
export interface GitlabApiTarget {
  /** `integrations.gitlab[].apiBaseUrl`, e.g. `https://gitlab.com/api/v4`. */
  readonly apiBaseUrl: string;
  /** Numeric id or `group/project` path. */
  readonly project: string;
  readonly token: string;
}

/** The fields of `GET /projects/:id` this module reads. */
export interface GitlabProject {
  id: number;
  path_with_namespace: string;
  default_branch?: string | null;
}

/** The fields of a merge request object this module reads. */
export interface GitlabMergeRequest {
  iid: number;
  title: string;
  description: string | null;
  state: string;
  source_branch: string;
  target_branch: string;
  web_url: string;
}

/** A GitLab answer that was not 2xx: the status and GitLab's `message` or `error` in words. */
export class GitlabApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'GitlabApiError';
  }
}

/**
 * Calls the GitLab REST API of the target's project: `path` is below `/projects/:id` (URL-encoded path, as
 * GitLab's "namespaced path encoding" asks), the token goes in the `PRIVATE-TOKEN` header, never in the URL.
 *
 * @throws GitlabApiError for a non-2xx answer
 */
export async function gitlabRequest<T>(
  target: GitlabApiTarget,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: Record<string, unknown>,
): Promise<T> {
  const base = target.apiBaseUrl.replace(/\/+$/, '');
  const url = `${base}/projects/${encodeURIComponent(target.project)}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        'PRIVATE-TOKEN': target.token,
        accept: 'application/json',
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (error) {
    throw new InputError(
      `GitLab at ${base} cannot be reached: ${(error as Error).message}`,
    );
  }
  const text = await response.text();
  if (!response.ok) {
    throw new GitlabApiError(
      response.status,
      `GitLab answered ${method} /projects/${target.project}${
        path.split('?')[0]
      } with ${response.status}: ${errorMessage(text)}`,
    );
  }
  return JSON.parse(text) as T;
}

/** GitLab's error body in words: `{"message": "..."}`, `{"message": ["..."]}`, `{"message": {field: [...]}}` or `{"error": "..."}`. */
function errorMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: unknown };
    const message = body.message ?? body.error;
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message.join('; ');
    if (message && typeof message === 'object') {
      return Object.entries(message)
        .map(([field, problems]) => `${field} ${[problems].flat().join(', ')}`)
        .join('; ');
    }
  } catch {
    // not JSON: fall through
  }
  return text.slice(0, 200) || 'no details';
}
