export const SESSION_COOKIE = 'levain_session';

function isLocalhost(publicUrl: string): boolean {
  const host = new URL(publicUrl).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** HttpOnly, SameSite=Lax, Secure except on localhost. */
export function sessionCookie(token: string, publicUrl: string, maxAgeSeconds: number): string {
  const secure = isLocalhost(publicUrl) ? '' : '; Secure';
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

export function clearedSessionCookie(publicUrl: string): string {
  return sessionCookie('', publicUrl, 0);
}

export function readCookie(header: string | null | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}
