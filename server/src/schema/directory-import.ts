import { type DirectoryImportResult, importDirectory } from '../directory';
import { builder } from './builder';

builder.scalarType('File', {
  description: 'A file sent with the GraphQL multipart request specification.',
  serialize: () => {
    throw new Error('File is an input-only scalar');
  },
  // Anything else than a file is answered by the input guard, naming the field.
  parseValue: (value) => value as File,
});

const DirectoryImportResultRef = builder.objectRef<DirectoryImportResult>('DirectoryImportResult').implement({
  description: 'What a directory import changed.',
  fields: (t) => ({
    created: t.exposeInt('created', { description: 'People added to the directory.' }),
    updated: t.exposeInt('updated', { description: 'Existing people whose details changed.' }),
    orgUnitsCreated: t.exposeInt('orgUnitsCreated', { description: 'Org units added to the org chart.' }),
  }),
});

builder.mutationField('importDirectory', (t) =>
  t.field({
    type: DirectoryImportResultRef,
    description:
      'Imports people and org units from a CSV file (admins). Every line is checked first: any ' +
      'issue imports nothing and lists each bad line.',
    errors: {},
    args: { file: t.arg({ type: 'File', required: true }) },
    resolve: (_root, { file }, ctx) => importDirectory(ctx.services, ctx.viewer, file),
  }),
);
