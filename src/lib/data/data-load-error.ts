/**
 * Why a data file could not be used, precise enough to tell a user which file
 * and which field, and to tell a retry apart from a broken deployment.
 */
export type DataLoadErrorKind = 'network' | 'http' | 'json' | 'schema';

export class DataLoadError extends Error {
  readonly kind: DataLoadErrorKind;
  /** The file as the user knows it, e.g. "indicators/hotline.work-orders.json". */
  readonly file: string;
  readonly status: number | null;
  /** For schema errors: each offending field path with its message. */
  readonly issues: ReadonlyArray<{ path: string; message: string }>;

  constructor(options: {
    kind: DataLoadErrorKind;
    file: string;
    status?: number | null;
    issues?: ReadonlyArray<{ path: string; message: string }>;
    cause?: unknown;
  }) {
    super(describe(options.kind, options.file, options.status ?? null, options.issues ?? []), {
      cause: options.cause,
    });
    this.name = 'DataLoadError';
    this.kind = options.kind;
    this.file = options.file;
    this.status = options.status ?? null;
    this.issues = options.issues ?? [];
  }
}

function describe(
  kind: DataLoadErrorKind,
  file: string,
  status: number | null,
  issues: ReadonlyArray<{ path: string; message: string }>,
): string {
  switch (kind) {
    case 'network':
      return `${file}: request failed`;
    case 'http':
      return `${file}: HTTP ${status}`;
    case 'json':
      return `${file}: not valid JSON`;
    case 'schema':
      return `${file}: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`;
  }
}
