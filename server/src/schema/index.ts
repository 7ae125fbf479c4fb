import type { GraphQLSchema } from 'graphql';
import type { PluginHost } from '../plugin-host/host';
import { builder } from './builder';
import './errors';
import './scalars';
import './node';
import './org-unit';
import './user';
import './auth';
import './sign-up';
import './invitation';
import './admin';
import './audit-log';
import './api-token';
import './webhook';
import './data-processing';
import './directory-import';
import './personal-data';
import './plugin';
import './viewer-permissions';
import './mention-suggestions';
import './notification';
import './notification-settings';
import './search';
import './moderation';
import './moderation-queue';
import './moderation-notices';
import './community';
import './community-queries';
import './community-mutations';
import './community-members';
import './user-follows';
import './user-communities';
import './reaction';
import './post';
import './comment';
import './post-mutations';
import './contribution-requirement';
import './post-preview';
import './post-language';
import './post-review';
import './post-poll';
import './post-announcement';
import './post-attachments';
import './post-impressions';
import './feed';
import './feed-languages';
import './hashtag';
import './bookmark';
import './learning-path';
import './learning-quiz';
import './learning-queries';
import './learning-mutations';
import './learning-authoring';
import './learning-following';
import './direct-reports';
import './question';
import './question-operations';
import './skill';
import './event';
import './event-queries';
import './event-mutations';
import './event-live';
import './calendar-feed';
import './project';
import './project-queries';
import './project-mutations';
import './project-plan-mutations';

let built: { plugins: string; schema: GraphQLSchema } | null = null;

/**
 * Builds the one schema of this process: the core's types plus every plugin's contribution,
 * with plugin fields gated by their enabled flag.
 */
export function buildSchema(host: PluginHost): GraphQLSchema {
  const plugins = host.pluginIds.join(',');
  if (built) {
    if (built.plugins !== plugins)
      throw new Error(`The schema of this process has plugins [${built.plugins}], not [${plugins}]`);
    return built.schema;
  }
  host.contributeSchema(builder);
  const schema = builder.toSchema({ sortSchema: false });
  host.gate(schema);
  built = { plugins, schema };
  return schema;
}
