import type { PluginSchema } from '@levain/server/plugin';
import { boardSchema } from './board';
import { networkSchema } from './network';
import { positionsSchema } from './positions';
import { rosterSchema } from './roster';

export function cmNetworkSchema(schema: PluginSchema) {
  const roster = rosterSchema(schema);
  const network = networkSchema(schema, roster);
  positionsSchema(schema, roster, network);
  boardSchema(schema, network);
}
