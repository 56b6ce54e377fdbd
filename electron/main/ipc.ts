import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channelOf } from '../../shared/contract/api';
import { EVENT_NAMES, eventChannelOf } from '../../shared/contract/events';
import { METHODS } from '../../shared/contract/requests';
import { fail } from '../../shared/contract/result';
import type { Core } from '../core/core';
import { dispatch } from '../core/dispatch';

/**
 * Registers one IPC handler per contract method, each calling the same dispatch as HTTP.
 * The sender frame is checked on every call, so only our own pages can reach the core.
 */
export function registerIpc(core: Core, isTrusted: (frameUrl: string) => boolean): void {
  for (const method of METHODS) {
    ipcMain.handle(channelOf(method), (event: IpcMainInvokeEvent, request: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrusted(url)) return fail('forbidden', `refused call from ${url || 'an unknown frame'}`);
      return dispatch(core, method, request);
    });
  }
}

/** Forwards every push event of the core to a window until it is closed. */
export function forwardEvents(core: Core, contents: WebContents): void {
  const offs = EVENT_NAMES.map((name) =>
    core.events.on(name, (payload) => {
      if (!contents.isDestroyed()) contents.send(eventChannelOf(name), payload);
    }),
  );
  contents.once('destroyed', () => offs.forEach((off) => off()));
}
