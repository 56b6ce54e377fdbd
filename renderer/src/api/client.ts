import type { Method, Req, Res } from '../../../shared/contract/api';
import type { EventName, Events } from '../../../shared/contract/events';
import type { Result } from '../../../shared/contract/result';

/** What the Electron preload exposes as window.api. */
interface Bridge {
  invoke(method: string, request: unknown): Promise<unknown>;
  on(name: string, listener: (payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    api?: Bridge;
  }
}

/** Calls a contract method: through IPC inside Electron, else POST /api/<method>. */
export async function call<M extends Method>(method: M, request: Req<M>): Promise<Result<Res<M>>> {
  if (window.api) return (await window.api.invoke(method, request)) as Result<Res<M>>;
  try {
    const res = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    return (await res.json()) as Result<Res<M>>;
  } catch (err) {
    return { ok: false, error: { code: 'unavailable', message: `cannot reach the app: ${String(err)}` } };
  }
}

/** Calls a method and throws its error message, for code paths that show errors in one place. */
export async function callOrThrow<M extends Method>(method: M, request: Req<M>): Promise<Res<M>> {
  const r = await call(method, request);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

let source: EventSource | null = null;

/** Subscribes to a push event: IPC inside Electron, else one shared EventSource (reconnects by itself). */
export function subscribe<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void {
  if (window.api) return window.api.on(name, (p) => listener(p as Events[E]));
  source ??= new EventSource('/events');
  const handler = (e: MessageEvent<string>): void => listener(JSON.parse(e.data) as Events[E]);
  source.addEventListener(name, handler as EventListener);
  return () => source?.removeEventListener(name, handler as EventListener);
}
