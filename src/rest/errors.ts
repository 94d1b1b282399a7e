// Linode failures as one error type whose `extensions()` become GraphQL error extensions.

export type UpstreamErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'RATE_LIMITED' | 'BAD_USER_INPUT' | 'UPSTREAM_ERROR' | 'UPSTREAM_UNAVAILABLE';

export interface LinodeFieldError {
  reason: string;
  field?: string;
}

export interface LinodeApiErrorInit {
  code: UpstreamErrorCode;
  operation: string;
  status?: number;
  errors?: LinodeFieldError[];
  acceptedScopes?: string[];
  retryAfter?: number;
  /** Overrides the message built from the code and the reasons. */
  message?: string;
}

const DESCRIPTIONS: Record<UpstreamErrorCode, string> = {
  BAD_USER_INPUT: 'Linode rejected the request',
  UNAUTHENTICATED: 'Linode did not accept the credentials',
  FORBIDDEN: 'The token is not allowed to do this',
  NOT_FOUND: 'Not found',
  RATE_LIMITED: 'Linode rate limit reached',
  UPSTREAM_ERROR: 'The Linode API failed',
  UPSTREAM_UNAVAILABLE: 'The Linode API could not be reached',
};

export class LinodeApiError extends Error {
  readonly code: UpstreamErrorCode;
  readonly status?: number;
  readonly errors: LinodeFieldError[];
  readonly acceptedScopes?: string[];
  /** Seconds. */
  readonly retryAfter?: number;
  /** `GET /linode/instances/{id}` style: never a token or a query string. */
  readonly operation: string;

  constructor(init: LinodeApiErrorInit) {
    const errors = init.errors ?? [];
    const reasons = errors.map((e) => (e.field ? `${e.field}: ${e.reason}` : e.reason));
    const status = init.status === undefined ? '' : ` (HTTP ${init.status})`;
    super(init.message ?? `${DESCRIPTIONS[init.code]}${status}${reasons.length ? `: ${reasons.join('; ')}` : ''}`);
    this.name = 'LinodeApiError';
    this.code = init.code;
    this.status = init.status;
    this.errors = errors;
    this.acceptedScopes = init.acceptedScopes;
    this.retryAfter = init.retryAfter;
    this.operation = init.operation;
  }

  extensions(): Record<string, unknown> {
    const extensions: Record<string, unknown> = {
      code: this.code,
      status: this.status,
      errors: this.errors.map((e) => (e.field === undefined ? { reason: e.reason } : { reason: e.reason, field: e.field })),
    };
    if (this.acceptedScopes) extensions.acceptedScopes = this.acceptedScopes;
    if (this.retryAfter !== undefined) extensions.retryAfter = this.retryAfter;
    return extensions;
  }
}

export function codeForStatus(status: number): UpstreamErrorCode {
  switch (status) {
    case 400:
      return 'BAD_USER_INPUT';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 429:
      return 'RATE_LIMITED';
    default:
      return 'UPSTREAM_ERROR';
  }
}

const MAX_ERRORS = 20;
const MAX_TEXT = 500;

/** Linode's `{errors: [{reason, field?}]}`, bounded; anything else (an HTML error page) gives []. */
export function parseLinodeErrors(body: unknown): LinodeFieldError[] {
  const list = typeof body === 'object' && body !== null ? (body as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(list)) return [];
  return list.slice(0, MAX_ERRORS).flatMap((item): LinodeFieldError[] => {
    const reason = typeof item === 'object' && item !== null ? (item as { reason?: unknown }).reason : undefined;
    if (typeof reason !== 'string') return [];
    const field = (item as { field?: unknown }).field;
    return [
      typeof field === 'string'
        ? { reason: reason.slice(0, MAX_TEXT), field: field.slice(0, MAX_TEXT) }
        : { reason: reason.slice(0, MAX_TEXT) },
    ];
  });
}
