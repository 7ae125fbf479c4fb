import type { PluginSchema } from '@levain/server/plugin';
import { boardSchema } from './board';
import { editorialSchema } from './editorial';
import { incidentMutations } from './incident-mutations';
import { incidentTypes } from './incidents';
import { networkSchema } from './network';
import { positionsSchema } from './positions';
import { rosterSchema } from './roster';
import { watchSchema } from './watch';

export function cmNetworkSchema(schema: PluginSchema) {
  const roster = rosterSchema(schema);
  const network = networkSchema(schema, roster);
  positionsSchema(schema, roster, network);
  boardSchema(schema, network);
  incidentMutations(schema, incidentTypes(schema));
  editorialSchema(schema);
  watchSchema(schema);
}
