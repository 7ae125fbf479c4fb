import type { Services } from '../services';
import { ImpressionBuffer } from './impressions';
import { registerPublicationJob } from './publication';
import { translatePost } from './translations';

const buffers = new WeakMap<object, ImpressionBuffer>();

/** The impression buffer of this process (one per app). */
export function impressionsOf(services: Services): ImpressionBuffer {
  const buffer = buffers.get(services);
  if (!buffer) throw new Error('registerPosts(services) was not called');
  return buffer;
}

/** Jobs and background work of posts; returns what to run on shutdown. */
export function registerPosts(services: Services): { close(): Promise<void> } {
  registerPublicationJob(services);
  // Translations come from plugins, if one brings a service (see translations.ts).
  const translate = async ({ postId }: { postId: string }) => {
    const providers = await services.host.translators();
    if (providers.length) await translatePost(services.db, postId, providers);
  };
  services.events.on('post.published', translate);
  services.events.on('post.updated', translate);
  const impressions = new ImpressionBuffer(services.db, services.logger);
  buffers.set(services, impressions);
  impressions.start();
  return { close: () => impressions.stop() };
}
