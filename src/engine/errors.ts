/** A document the engine refuses to check, with the place that made it refuse. */
export class DocumentError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column = 1
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}

/** A template that could not be loaded: names the file, and the line when there is one. */
export class TemplateLoadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    message: string
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'TemplateLoadError';
  }
}
