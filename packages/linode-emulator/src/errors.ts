// Linode's error envelope: {"errors": [{"reason": "...", "field": "..."}]}.

export interface ErrorItem {
  reason: string;
  field?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: ErrorItem[],
    readonly headers: Record<string, string> = {},
  ) {
    super(errors.map((e) => e.reason).join('; '));
  }

  body(): { errors: ErrorItem[] } {
    return { errors: this.errors };
  }
}

export const notFound = (): ApiError => new ApiError(404, [{ reason: 'Not found' }]);

export const badRequest = (reason: string, field?: string): ApiError =>
  new ApiError(400, [field === undefined ? { reason } : { reason, field }]);

/** Collects field errors of a request body; throws them together, as Linode reports several at once. */
export class FieldErrors {
  readonly items: ErrorItem[] = [];

  add(field: string, reason: string): void {
    this.items.push({ field, reason });
  }

  has(field: string): boolean {
    return this.items.some((e) => e.field === field);
  }

  throwIfAny(): void {
    if (this.items.length) throw new ApiError(400, this.items);
  }
}
