/** A problem in an input file, located by line (1-based). */
export interface InputError {
  line: number;
  message: string;
}

export function formatErrors(file: string, errors: readonly InputError[]): string {
  return errors.map((e) => `${file}:${e.line}: ${e.message}`).join('\n');
}

/** Thrown by build steps with all problems of one file at once. */
export class InputFileError extends Error {
  constructor(
    readonly file: string,
    readonly errors: readonly InputError[],
  ) {
    super(formatErrors(file, errors));
    this.name = 'InputFileError';
  }
}
