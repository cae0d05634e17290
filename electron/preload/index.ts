import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../../shared/contract/channels';

// Exposes one named async call per contract channel, and nothing else: no raw ipcRenderer.
const api = Object.freeze(
  Object.fromEntries(CHANNELS.map((channel) => [channel, (input: unknown) => ipcRenderer.invoke(channel, input)])),
);

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('luoshiHost', Object.freeze({ kind: 'electron' }));
