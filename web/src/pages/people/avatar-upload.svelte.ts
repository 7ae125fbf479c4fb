import { ApiError } from '../../lib/graphql/api';
import { sendForm } from '../../lib/graphql/upload';
import { i18n, t } from '../../lib/i18n/i18n.svelte';

export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** Reads the message out of the avatar endpoint's JSON error, whatever its shape. */
function errorMessage(json: unknown): string | null {
  if (!json || typeof json !== 'object') return null;
  const body = json as { message?: unknown; error?: unknown; errors?: { message?: unknown }[] };
  if (typeof body.message === 'string') return body.message;
  if (typeof body.error === 'string') return body.error;
  if (body.error && typeof body.error === 'object' && 'message' in body.error) {
    return String((body.error as { message: unknown }).message);
  }
  const first = body.errors?.[0]?.message;
  return typeof first === 'string' ? first : null;
}

/** One avatar upload: checked here first, so nobody waits for a refusal the browser could give. */
export class AvatarUpload {
  progress = $state<number | null>(null);
  error = $state<string | null>(null);

  /** Why this file cannot be an avatar, or null if it can. */
  check(file: File): string | null {
    if (!(AVATAR_TYPES as readonly string[]).includes(file.type)) return t('avatar.wrongType');
    if (file.size > AVATAR_MAX_BYTES) {
      return t('avatar.tooLarge', { size: i18n.number(Math.round((file.size / 1024 / 1024) * 10) / 10) });
    }
    return null;
  }

  /** Uploads the file; resolves with the new avatar URL, or null when refused. */
  async upload(file: File): Promise<string | null> {
    this.error = this.check(file);
    if (this.error) return null;
    this.progress = 0;
    const body = new FormData();
    body.append('avatar', file);
    try {
      const { status, json } = await sendForm(
        '/api/avatar',
        body,
        { 'x-levain-csrf': '1' },
        {
          onProgress: (fraction) => {
            this.progress = fraction;
          },
        },
      );
      const avatarUrl = (json as { avatarUrl?: unknown } | null)?.avatarUrl;
      if (status >= 200 && status < 300 && typeof avatarUrl === 'string') return avatarUrl;
      this.error = errorMessage(json) ?? t('avatar.failed');
      return null;
    } catch (error) {
      this.error = error instanceof ApiError ? error.message : t('avatar.failed');
      return null;
    } finally {
      this.progress = null;
    }
  }
}
