import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';

export function printSchemaSDL(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
