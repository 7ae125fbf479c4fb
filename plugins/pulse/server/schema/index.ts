import type { PluginSchema } from '@levain/server/plugin';
import { actionsSchema } from './actions';
import { alertsSchema } from './alerts';
import { answeringSchema } from './answering';
import { campaignSchema } from './campaigns';
import { heatmapSchema } from './heatmap';
import { hyperconnectionSchema } from './hyperconnection';
import { librarySchema } from './library';
import { filterTypes, resultsSchema } from './results';
import { settingsSchema } from './settings';
import { sharedTypes } from './types';

/** The pulse plugin's part of the GraphQL schema, one file per domain. */
export function pulseSchema(schema: PluginSchema) {
  const types = sharedTypes(schema);
  const campaigns = campaignSchema(schema, types);
  const filters = filterTypes(schema);
  const actionPlan = actionsSchema(schema, types, campaigns);
  answeringSchema(schema, types, campaigns);
  resultsSchema(schema, types, campaigns, filters, actionPlan);
  heatmapSchema(schema, types, campaigns, filters);
  alertsSchema(schema, campaigns);
  hyperconnectionSchema(schema, types);
  settingsSchema(schema);
  librarySchema(schema, types);
}
