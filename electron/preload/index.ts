import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelOf, type Method } from '../../shared/contract/api';
import { EVENT_NAMES, eventChannelOf, type EventName } from '../../shared/contract/events';
import { METHODS } from '../../shared/contract/requests';

// A thin, allowlisted bridge: window.api = { invoke, on }. No logic beyond the allowlist.
contextBridge.exposeInMainWorld('api', {
  invoke(method: string, request: unknown): Promise<unknown> {
    if (!(METHODS as string[]).includes(method)) return Promise.resolve({ ok: false, error: { code: 'unknown-method', message: `unknown method ${method}` } });
    return ipcRenderer.invoke(channelOf(method as Method), request);
  },
  on(name: string, listener: (payload: unknown) => void): () => void {
    if (!(EVENT_NAMES as string[]).includes(name)) return () => undefined;
    const channel = eventChannelOf(name as EventName);
    const wrapped = (_e: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => ipcRenderer.off(channel, wrapped);
  },
});
