import type { Session, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://luoshi`;

/** Only our own pages and in-memory data are ever loaded: the app never touches the network. */
export const isAppUrl = (url: string) =>
  url.startsWith(`${APP_ORIGIN}/`) || url === APP_ORIGIN || url.startsWith('devtools:') || url.startsWith('data:') || url.startsWith('blob:');

/** Denies every permission and cancels every request that is not for the app itself. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAppUrl(details.url) }));
  session.setDevicePermissionHandler?.(() => false);
}

/** No navigation away, no new windows, no webviews. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
