import { audit, type PluginServices, ValidationError, type Viewer } from '@levain/server/plugin';
import { cmSettings } from '../../db/schema';

/**
 * Names the CM academy: the learning path the map checks CMs have started (null: none). Only a
 * path the chief CM may read; the choice is audit-logged.
 */
export async function setAcademy(services: PluginServices, viewer: Viewer, pathId: string | null) {
  const path = pathId ? (await services.learning.paths(viewer)).find((p) => p.id === pathId) : null;
  if (pathId && !path) throw ValidationError.field('learningPathId', 'cm-network:validation.academyPath');
  await services.db.transaction(async (tx) => {
    await tx
      .insert(cmSettings)
      .values({ academyPathId: pathId })
      .onConflictDoUpdate({ target: cmSettings.id, set: { academyPathId: pathId } });
    await audit(tx, viewer.id, 'cm-network.academy-set', 'learning_path', pathId, { title: path?.title });
  });
  return path ?? null;
}
