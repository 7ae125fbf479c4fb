import { applyRetention } from '../data-processing/retention';
import type { Services } from '../services';

/** The core's own recurring jobs. */
export function registerCoreJobs(services: Services): void {
  services.jobs.register('core.delete-expired-sessions', {
    everyMinutes: 60,
    isActive: async () => true,
    run: () => services.sessions.deleteExpired(),
  });
  services.jobs.register('core.delete-finished-jobs', {
    everyMinutes: 24 * 60,
    isActive: async () => true,
    run: () => services.jobs.deleteFinished(7),
  });
  services.jobs.register('core.apply-retention', {
    everyMinutes: 24 * 60,
    isActive: async () => true,
    run: async () => {
      const deleted = await applyRetention(services.db);
      services.logger.info({ deleted }, 'retention applied');
    },
  });
}
