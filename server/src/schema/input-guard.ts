import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import {
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { type FieldIssue, ValidationError } from '../errors';
import type { MessageKey } from '../i18n/messages';

/**
 * C0 control characters but tab, line feed and carriage return, and DEL: nobody types them,
 * PostgreSQL refuses NUL in text, and the others only hide text from people.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Issues = FieldIssue[];

function issue(issues: Issues, field: string, key: MessageKey): void {
  issues.push({ field, message: { key } });
}

/** An argument or input field: its type, and what the relay plugin knows of its global ids. */
type InputSlot = { type: GraphQLInputType; extensions?: object | null };
type GlobalIdExtensions = {
  isRelayGlobalID?: boolean;
  relayGlobalIDFor?: Array<{ typename: string }> | null;
};
const globalIdOf = (slot: InputSlot) => (slot.extensions ?? {}) as GlobalIdExtensions;

/** A global id names a record of the expected type, keyed (like every Levain record) by a UUID. */
function namesRecord(globalId: string, slot: InputSlot): boolean {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    return false;
  }
  const expected = globalIdOf(slot).relayGlobalIDFor;
  return UUID.test(decoded.id) && (!expected || expected.some((t) => t.typename === decoded.typename));
}

/** Walks one value with its GraphQL input type: cleans text, and notes what no resolver can use. */
function guard(value: unknown, slot: InputSlot, path: string, issues: Issues): unknown {
  if (value === null || value === undefined) return value;
  const nullable = getNullableType(slot.type);
  if (isListType(nullable))
    return Array.isArray(value)
      ? value.map((item, i) => guard(item, { ...slot, type: nullable.ofType }, `${path}.${i}`, issues))
      : guard(value, { ...slot, type: nullable.ofType }, path, issues);
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([name, inner]) => [
        name,
        fields[name] ? guard(inner, fields[name], `${path}.${name}`, issues) : inner,
      ]),
    );
  }
  if (!isScalarType(nullable)) return value;
  if (globalIdOf(slot).isRelayGlobalID && typeof value === 'string' && !namesRecord(value, slot)) {
    issue(issues, path, 'validation.id');
    return value;
  }
  if (typeof value === 'string') return value.replace(CONTROL, '');
  switch (nullable.name) {
    case 'DateTime':
      if (!(value instanceof Date) || Number.isNaN(value.getTime()))
        issue(issues, path, 'validation.dateTime');
      return value;
    case 'File':
      // The multipart parser's File class is not always the global one: test its shape.
      if (typeof (value as Partial<Blob>).arrayBuffer !== 'function') issue(issues, path, 'validation.file');
      return value;
    default:
      return value;
  }
}

/** Guards every argument of a field, once, before validation and the resolver see it. */
export function guardArgs(
  args: Record<string, unknown>,
  definitions: readonly GraphQLArgument[],
): Record<string, unknown> {
  const issues: Issues = [];
  const guarded = { ...args };
  for (const definition of definitions)
    if (definition.name in args)
      guarded[definition.name] = guard(args[definition.name], definition, definition.name, issues);
  // Relay connection arguments, which Pothos would refuse with an untyped error.
  if (guarded.first != null && guarded.last != null) issue(issues, 'last', 'validation.pageArguments');
  for (const name of ['first', 'last'] as const) {
    const size = guarded[name];
    if (typeof size === 'number' && size < 0) issue(issues, name, 'validation.pageArguments');
  }
  if (issues.length) throw new ValidationError(issues);
  return guarded;
}

function argumentsOf(schema: GraphQLSchema, typeName: string, fieldName: string): readonly GraphQLArgument[] {
  const type = schema.getType(typeName);
  return (isObjectType(type) && type.getFields()[fieldName]?.args) || [];
}

/**
 * Every input reaches resolvers clean: control characters stripped from text, and a typed
 * ValidationError naming the field for a date that is not one, a file that is not one, or a
 * global id that does not name a Levain record — instead of a database error shown as "Unexpected error".
 */
export class InputGuardPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (Object.keys(fieldConfig.args).length === 0) return fieldConfig;
    const { parentType, name } = fieldConfig;
    return {
      ...fieldConfig,
      // First of all mappers: before the relay plugin decodes global ids and before validation.
      argMappers: [
        (args, _ctx, info) => guardArgs(args, argumentsOf(info.schema, parentType, name)),
        ...(fieldConfig.argMappers ?? []),
      ],
    };
  }
}

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      inputGuard: InputGuardPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin('inputGuard', InputGuardPlugin);
