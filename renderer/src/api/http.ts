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

/** The browser host's download link for an attachment (a link cannot send the token header). */
export const attachmentDownloadUrl = (id: number) => `/attachments/${id}?token=${encodeURIComponent(sessionStorage.getItem(TOKEN_KEY) ?? '')}`;

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
