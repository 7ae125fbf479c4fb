import type { PluginSchema } from '@levain/server/plugin';
import { advocacySchema } from './advocacy';
import { ambassadorSchema } from './ambassadors';
import { appealSchema } from './appeals';
import { communityCharterSchema } from './communities';
import { kitAuthoringSchema } from './kit-authoring';
import { charterMutations } from './mutations';
import { charterQueries } from './queries';
import { questionSchema } from './questions';
import { statisticsSchema } from './statistics';
import { charterTypes } from './types';

/** The charter plugin's part of the GraphQL schema. */
export function charterSchema(schema: PluginSchema) {
  const types = charterTypes(schema);
  charterQueries(schema, types);
  charterMutations(schema, types);
  communityCharterSchema(schema, types);
  appealSchema(schema);
  statisticsSchema(schema, types);
  ambassadorSchema(schema);
  advocacySchema(schema);
  kitAuthoringSchema(schema);
  questionSchema(schema);
}
