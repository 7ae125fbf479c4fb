import { ApiError } from '../../lib/graphql/api';
import { sendForm } from '../../lib/graphql/upload';
import { i18n, t } from '../../lib/i18n/i18n.svelte';

/** The server's limit (POST /api/attachments answers 413 above it); checked here first. */
export const ATTACHMENT_MAX_MB = 10;

export type StoredAttachment = { id: string; kind: 'image' | 'file'; name: string; url: string };

export type Upload = {
  key: number;
  name: string;
  /** 0 to 1 while sending. */
  progress: number;
  error: string | null;
  stored: StoredAttachment | null;
};

function errorOf(json: unknown): string | null {
  const error = (json as { error?: { message?: unknown } } | null)?.error;
  return typeof error?.message === 'string' ? error.message : null;
}

function isStored(json: unknown): json is StoredAttachment {
  const body = json as Partial<StoredAttachment> | null;
  return typeof body?.id === 'string' && typeof body.url === 'string';
}

/** The files attached to a post being written, each sent at once with its own progress bar. */
export class AttachmentUploads {
  items = $state<Upload[]>([]);
  private next = 1;

  sending = $derived(this.items.some((u) => !u.stored && !u.error));
  ids = $derived(this.items.flatMap((u) => (u.stored ? [u.stored.id] : [])));

  add(files: Iterable<File>): void {
    for (const file of files) void this.send(file);
  }

  remove(key: number): void {
    this.items = this.items.filter((u) => u.key !== key);
  }

  clear(): void {
    this.items = [];
  }

  private update(key: number, change: Partial<Upload>): void {
    this.items = this.items.map((u) => (u.key === key ? { ...u, ...change } : u));
  }

  private async send(file: File): Promise<void> {
    const key = this.next++;
    this.items = [...this.items, { key, name: file.name, progress: 0, error: null, stored: null }];
    if (file.size > ATTACHMENT_MAX_MB * 1024 * 1024) {
      const size = i18n.number(Math.round((file.size / 1024 / 1024) * 10) / 10);
      this.update(key, { error: t('composer.fileTooLarge', { size, max: ATTACHMENT_MAX_MB }) });
      return;
    }
    const body = new FormData();
    body.append('file', file);
    try {
      const { status, json } = await sendForm(
        '/api/attachments',
        body,
        { 'x-levain-csrf': '1' },
        { onProgress: (progress) => this.update(key, { progress }) },
      );
      if (status >= 200 && status < 300 && isStored(json)) this.update(key, { stored: json, progress: 1 });
      else this.update(key, { error: errorOf(json) ?? t('composer.uploadFailed') });
    } catch (error) {
      this.update(key, { error: error instanceof ApiError ? error.message : t('composer.uploadFailed') });
    }
  }
}
