import type { Method, Res } from '../../shared/contract/api';
import { isMethod, validateRequest } from '../../shared/contract/requests';
import { AppFailure, fail, ok, type Result } from '../../shared/contract/result';
import type { Core } from './core';
import { HANDLERS, type Handler } from './services/handlers';

/**
 * The single entry both transports call: checks the method exists, validates the request with the
 * contract's validator, runs the handler, and turns every outcome into a Result.
 */
export async function dispatch(core: Core, method: string, body: unknown): Promise<Result<unknown>> {
  if (!isMethod(method)) return fail('unknown-method', `unknown method ${method}`);
  const req = validateRequest(method, body);
  if (!req.ok) return req;
  try {
    const handler = HANDLERS[method] as Handler<Method>;
    return ok((await handler(core, req.value as never)) as Res<Method>);
  } catch (err) {
    if (err instanceof AppFailure) return fail(err.code, err.message, err.field);
    const message = err instanceof Error ? err.message : String(err);
    return fail('internal', message);
  }
}
