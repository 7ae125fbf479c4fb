import { authorize, type Viewer } from '../permissions';
import type { InstalledPlugins } from '../plugin-host/installed';
import type { DataProcessingActivity } from './activity';
import { coreActivities } from './core-activities';

export type DataProcessingRecord = DataProcessingActivity & { packageId: string };

/** The organisation's record of processing activities: the core's, then each plugin's in load order. */
export function dataProcessingRecords(viewer: Viewer | null, host: InstalledPlugins): DataProcessingRecord[] {
  authorize(viewer, 'data-processing:read');
  return [
    ...coreActivities.map((activity) => ({ ...activity, packageId: 'core' })),
    ...host
      .dataProcessing()
      .flatMap(({ pluginId, activities }) =>
        activities.map((activity) => ({ ...activity, packageId: pluginId })),
      ),
  ];
}
