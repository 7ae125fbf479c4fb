import { defineRelations } from 'drizzle-orm';
import { auditLog, invitations, sessions } from './access';
import { organisationSettings, orgUnits } from './organisation';
import { userRoles, users } from './people';
import { jobs, pluginState } from './platform';

export const tables = {
  organisationSettings,
  orgUnits,
  users,
  userRoles,
  sessions,
  invitations,
  auditLog,
  pluginState,
  jobs,
};

export const relations = defineRelations(tables, (r) => ({
  orgUnits: {
    parent: r.one.orgUnits({ from: r.orgUnits.parentId, to: r.orgUnits.id, alias: 'orgUnitParent' }),
    children: r.many.orgUnits({ alias: 'orgUnitParent' }),
    members: r.many.users(),
  },
  users: {
    orgUnit: r.one.orgUnits({ from: r.users.orgUnitId, to: r.orgUnits.id }),
    manager: r.one.users({ from: r.users.managerId, to: r.users.id, alias: 'userManager' }),
    reports: r.many.users({ alias: 'userManager' }),
    roles: r.many.userRoles(),
    sessions: r.many.sessions(),
  },
  userRoles: {
    user: r.one.users({ from: r.userRoles.userId, to: r.users.id, optional: false }),
  },
  sessions: {
    user: r.one.users({ from: r.sessions.userId, to: r.users.id, optional: false }),
  },
  invitations: {
    orgUnit: r.one.orgUnits({ from: r.invitations.orgUnitId, to: r.orgUnits.id }),
    invitedBy: r.one.users({ from: r.invitations.invitedById, to: r.users.id }),
  },
  auditLog: {
    actor: r.one.users({ from: r.auditLog.actorId, to: r.users.id }),
  },
}));
