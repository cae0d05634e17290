import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/contract/channels';
import type { Dispatch } from '../core/dispatch';
import { isAppUrl } from './security';

/** One handler per contract channel, each relaying to the core's dispatch; nothing else listens. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      // Only our own pages may call the core (a stray frame or a navigated page may not).
      const from = event.senderFrame?.url ?? '';
      if (!isAppUrl(from)) {
        return { ok: false, error: { code: 'UNAUTHORIZED', message: '拒绝来自非本程序页面的请求。' } };
      }
      return dispatch(channel, input);
    });
  }
}
