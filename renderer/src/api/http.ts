import type { Api } from '../../../shared/contract';
import type { Result } from '../../../shared/result';

const TOKEN_KEY = 'luoshi.token';

/** The browser host prints a URL with ?token=…; keep it for this tab and take it out of the address bar. */
function sessionToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const storedToken = () => encodeURIComponent(sessionStorage.getItem(TOKEN_KEY) ?? '');

/** The browser host's download link for an attachment (a link cannot send the token header). */
export const attachmentDownloadUrl = (id: number) => `/attachments/${id}?token=${storedToken()}`;

/** The browser host's link for an export or backup the core wrote under a download id. */
export const fileDownloadUrl = (id: string) => `/downloads/${id}?token=${storedToken()}`;

/**
 * Streams a chosen file to the browser host (POST /uploads) and answers where the host keeps it.
 * XMLHttpRequest rather than fetch: it reports upload progress, which a 400 MB backup needs.
 */
export function uploadToHost(file: File, onProgress: (fraction: number) => void = () => undefined): Promise<{ path: string; name: string; size: number }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/uploads');
    xhr.setRequestHeader('x-luoshi-token', sessionStorage.getItem(TOKEN_KEY) ?? '');
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      try {
        const r = JSON.parse(xhr.responseText) as Result<{ path: string; name: string; size: number }>;
        if (r.ok) resolve(r.value);
        else reject(new Error(r.error.message));
      } catch {
        reject(new Error('上传失败，请重新选择文件。'));
      }
    };
    xhr.onerror = () => reject(new Error('无法连接本机服务。请确认“npm run web”仍在运行，然后刷新页面。'));
    xhr.send(file);
  });
}

export function httpApi(channels: readonly string[]): Api {
  const token = sessionToken();
  const invoke = async (channel: string, input: unknown): Promise<Result<unknown>> => {
    try {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-luoshi-token': token },
        body: JSON.stringify(input ?? {}),
      });
      return (await res.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: '无法连接本机服务。请确认“npm run web”仍在运行，然后刷新页面。' } };
    }
  };
  return Object.fromEntries(channels.map((c) => [c, (input: unknown) => invoke(c, input)])) as unknown as Api;
}
