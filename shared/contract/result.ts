/** Error codes every transport understands. HTTP maps them to status codes in electron/server. */
export type ErrorCode =
  | 'invalid-request'
  | 'not-found'
  | 'unknown-method'
  | 'conflict'
  | 'forbidden'
  | 'unavailable'
  | 'internal';

/** An error as data: survives IPC and HTTP intact, unlike thrown Error objects. */
export interface AppError {
  code: ErrorCode;
  message: string;
  /** The request field that was wrong, when there is one (e.g. `page.limit`). */
  field?: string;
}

/** Every call returns one of these; errors are values, not exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Builds a failed Result. */
export function fail<T = never>(code: ErrorCode, message: string, field?: string): Result<T> {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}

/** Thrown inside services to end a call with a specific error code; dispatch turns it into a Result. */
export class AppFailure extends Error {
  /** Builds a failure carrying an error code and optional field name. */
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
