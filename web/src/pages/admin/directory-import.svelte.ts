import { ApiError } from '../../lib/graphql/api';
import { ErrorFields, graphql, type ResultOf } from '../../lib/graphql/graphql';
import { type FieldIssue, outcome } from '../../lib/graphql/outcome';
import { uploadOperation } from '../../lib/graphql/upload';
import { t } from '../../lib/i18n/i18n.svelte';

const ImportDirectory = graphql(
  `
  mutation ImportDirectory($file: File!) {
    importDirectory(file: $file) {
      __typename
      ... on MutationImportDirectorySuccess { data { created updated orgUnitsCreated } }
      ...ErrorFields
    }
  }
`,
  [ErrorFields],
);

type Counts = Extract<ResultOf<typeof ImportDirectory>['importDirectory'], { data: unknown }>['data'];

/** The server's own limit for a multipart request. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export type ImportPhase =
  | { step: 'idle' }
  | { step: 'uploading'; progress: number }
  | { step: 'processing' }
  | { step: 'imported'; counts: Counts }
  | { step: 'rejected'; message: string; issues: readonly FieldIssue[] }
  | { step: 'failed'; message: string };

/** One CSV import: upload with progress, the server's checks, then counts or the bad lines. */
export class DirectoryImport {
  phase = $state<ImportPhase>({ step: 'idle' });

  busy = $derived(this.phase.step === 'uploading' || this.phase.step === 'processing');

  /** Why this file cannot be imported, or null if it can be sent. */
  check(file: File): string | null {
    if (!/\.csv$/i.test(file.name) && !['text/csv', 'application/vnd.ms-excel'].includes(file.type))
      return t('import.notCsv');
    if (file.size === 0) return t('import.empty');
    if (file.size > IMPORT_MAX_BYTES) return t('import.tooLarge', { max: 20 });
    return null;
  }

  async run(file: File): Promise<void> {
    const refusal = this.check(file);
    if (refusal) {
      this.phase = { step: 'failed', message: refusal };
      return;
    }
    this.phase = { step: 'uploading', progress: 0 };
    try {
      const data = await uploadOperation(
        ImportDirectory,
        { file },
        {
          onProgress: (progress) => {
            if (this.phase.step === 'uploading') this.phase = { step: 'uploading', progress };
          },
          onUploaded: () => {
            this.phase = { step: 'processing' };
          },
        },
      );
      const result = outcome(data.importDirectory);
      this.phase = result.ok
        ? { step: 'imported', counts: result.data }
        : { step: 'rejected', message: result.failure.message, issues: result.failure.issues };
    } catch (error) {
      this.phase = {
        step: 'failed',
        message: error instanceof ApiError ? error.message : t('error.unexpected'),
      };
    }
  }
}
