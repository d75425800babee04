import { ResourceType } from './ResourceTable';

/** The `details` of a Kubernetes Status. */
export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  causes?: Array<{ reason?: string; message?: string; field?: string }>;
  retryAfterSeconds?: number;
}

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  406: 'NotAcceptable',
  409: 'Conflict',
  410: 'Expired',
  413: 'RequestEntityTooLarge',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

/** The Kubernetes `reason` usually sent with an HTTP status code. */
export function reasonFor(code: number): string {
  return REASONS[code] ?? (code >= 500 ? 'InternalError' : 'Unknown');
}

/**
 * An API error carried as a Kubernetes `Status` object (kind Status, status Failure), which is what clients
 * such as client-node and kubectl parse from every non-2xx response.
 */
export class StatusError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly reason: string = reasonFor(code),
    readonly details?: StatusDetails,
  ) {
    super(message);
  }

  toStatus(): Record<string, unknown> {
    return statusObject(this.code, this.message, this.reason, this.details);
  }
}

/** A failure `Status` object. */
function statusObject(
  code: number,
  message: string,
  reason: string = reasonFor(code),
  details?: StatusDetails,
): Record<string, unknown> {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  };
}

/** `<plural>.<group>` or `<plural>`, as the API server names resources in messages. */
function qualifiedResource(type: { plural: string; group: string }): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}

export function notFound(type: ResourceType, name: string): StatusError {
  return new StatusError(
    404,
    `${qualifiedResource(type)} "${name}" not found`,
    'NotFound',
    { name, group: type.group, kind: type.plural },
  );
}

/** 404 for a path that names no served resource. */
export function pathNotFound(): StatusError {
  return new StatusError(
    404,
    'the server could not find the requested resource',
    'NotFound',
    {},
  );
}

export function alreadyExists(type: ResourceType, name: string): StatusError {
  return new StatusError(
    409,
    `${qualifiedResource(type)} "${name}" already exists`,
    'AlreadyExists',
    { name, group: type.group, kind: type.plural },
  );
}

export function conflict(type: ResourceType, name: string): StatusError {
  return new StatusError(
    409,
    `Operation cannot be fulfilled on ${qualifiedResource(
      type,
    )} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    'Conflict',
    { name, group: type.group, kind: type.plural },
  );
}

export function badRequest(message: string): StatusError {
  return new StatusError(400, message, 'BadRequest');
}

export function invalid(
  type: ResourceType,
  name: string,
  field: string,
  problem: string,
): StatusError {
  return new StatusError(
    422,
    `${type.kind}.${
      type.group || 'core'
    } "${name}" is invalid: ${field}: ${problem}`,
    'Invalid',
    {
      name,
      group: type.group,
      kind: type.kind,
      causes: [{ reason: 'FieldValueInvalid', message: problem, field }],
    },
  );
}

/** 410 for a resourceVersion older than the retained history. */
export function expired(message: string): StatusError {
  return new StatusError(410, message, 'Expired');
}
