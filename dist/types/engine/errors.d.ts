/** A document the engine refuses to check, with the place that made it refuse. */
export declare class DocumentError extends Error {
    readonly line: number;
    readonly column: number;
    constructor(message: string, line: number, column?: number);
}
/** A template that could not be loaded: names the file, and the line when there is one. */
export declare class TemplateLoadError extends Error {
    readonly file: string;
    readonly line: number | undefined;
    constructor(file: string, line: number | undefined, message: string);
}
