import type { PluginSchema } from '@levain/server/plugin';
import { academySchema } from './academy';
import { boardSchema } from './board';
import { editorialSchema } from './editorial';
import { incidentMutations } from './incident-mutations';
import { incidentTypes } from './incidents';
import { networkSchema } from './network';
import { positionsSchema } from './positions';
import { reportsSchema } from './reports';
import { rosterSchema } from './roster';
import { watchSchema } from './watch';
import { workloadSchema } from './workload';

export function cmNetworkSchema(schema: PluginSchema) {
  const roster = rosterSchema(schema);
  const network = networkSchema(schema, roster);
  positionsSchema(schema, roster, network);
  academySchema(schema);
  boardSchema(schema, network);
  reportsSchema(schema, network);
  workloadSchema(schema, network);
  incidentMutations(schema, incidentTypes(schema));
  editorialSchema(schema);
  watchSchema(schema);
}
