import { audit } from '../audit';
import { ValidationError } from '../errors';
import type { Viewer } from '../permissions';
import { authorize } from '../permissions';
import type { Services } from '../services';
import { applyDirectoryPlan } from './apply';
import { parseDirectoryCsv } from './parse';
import { planDirectory } from './plan';
import { loadDirectorySnapshot } from './snapshot';
import { validateDirectory } from './validate';

export type DirectoryImportResult = { created: number; updated: number; orgUnitsCreated: number };

export const MAX_DIRECTORY_BYTES = 10 * 1024 * 1024;

/**
 * Imports a directory CSV: every line is checked first and any issue aborts the import with
 * all of them; otherwise org units and people are written in one transaction.
 */
export async function importDirectory(
  services: Services,
  viewer: Viewer | null,
  file: Blob,
): Promise<DirectoryImportResult> {
  authorize(viewer, 'directory:import');
  if (file.size > MAX_DIRECTORY_BYTES)
    throw ValidationError.field('file', 'validation.fileTooLarge', {
      max: MAX_DIRECTORY_BYTES / 1024 / 1024,
    });
  const parsed = parseDirectoryCsv(new Uint8Array(await file.arrayBuffer()));

  const { plan, rows } = await services.db.transaction(async (tx) => {
    // Read inside the transaction so the checks and the writes see the same directory.
    const snapshot = await loadDirectorySnapshot(tx);
    const { issues, definitions } = validateDirectory(parsed, snapshot);
    if (issues.length) throw new ValidationError(issues);
    const plan = planDirectory(parsed, snapshot, definitions);
    await applyDirectoryPlan(tx, plan);
    await audit(tx, viewer.id, 'directory.imported', 'directory', null, {
      rows: parsed.rows.length,
      created: plan.newPeople.length,
      updated: plan.changedPeople.length,
      orgUnitsCreated: plan.newOrgUnits.length,
      orgUnitsUpdated: plan.changedOrgUnits.length,
    });
    return { plan, rows: parsed.rows.length };
  });

  const result = {
    created: plan.newPeople.length,
    updated: plan.changedPeople.length,
    orgUnitsCreated: plan.newOrgUnits.length,
  };
  services.logger.info({ ...result, rows, actorId: viewer.id }, 'directory imported');
  services.events.emit('directory.imported', { actorId: viewer.id, ...result });
  for (const person of plan.newPeople)
    services.events.emit('user.created', { userId: person.id, via: 'import' });
  return result;
}
