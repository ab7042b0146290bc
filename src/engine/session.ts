import { checkDocument, unreadableResult } from './check.js';
import { templateFor, toCheckOptions, type PlancheckConfig } from './config.js';
import { DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_NAME } from './default-template.js';
import { decodeDocument, decodeText } from './input.js';
import { buildTemplate, TemplateError, type TemplateModel } from './template.js';
import type { DocumentResult } from './types.js';
import { DocumentError, TemplateLoadError } from './errors.js';
import type { FailOn } from './verdict.js';

/** Reads a template's bytes by its configured path. */
export type TemplateReader = (path: string) => Promise<Uint8Array>;

/**
 * One run's checks: each template is read and parsed once, however many documents use it.
 */
export class CheckSession {
  private readonly templates = new Map<string, Promise<TemplateModel>>();

  constructor(
    readonly config: PlancheckConfig,
    private readonly readTemplate: TemplateReader,
    private readonly templateOverride?: string,
    /** The threshold each result's `passed` is judged at. */
    private readonly failOn: FailOn = 'error'
  ) {}

  /** The template a document is checked against (`undefined`: the embedded default). */
  templatePathFor(path: string): string | undefined {
    return this.templateOverride ?? templateFor(this.config, path);
  }

  /** Loads (once) and returns the template model for a document. */
  templateFor(path: string): Promise<TemplateModel> {
    const tp = this.templatePathFor(path);
    const key = tp ?? '';
    let model = this.templates.get(key);
    if (!model) {
      model = this.loadTemplate(tp);
      this.templates.set(key, model);
    }
    return model;
  }

  private async loadTemplate(path: string | undefined): Promise<TemplateModel> {
    if (path === undefined) return this.model(undefined);
    let bytes: Uint8Array;
    try {
      bytes = await this.readTemplate(path);
    } catch (e) {
      throw new TemplateLoadError(path, undefined, `cannot read the template: ${(e as Error).message}`);
    }
    return this.model(path, bytes);
  }

  /** A template's model from its bytes (no path: the embedded default); a template error names its file and line. */
  private model(path: string | undefined, bytes?: Uint8Array): TemplateModel {
    if (path === undefined) return buildTemplate(DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_NAME, { aliases: this.config.aliases });
    if (bytes === undefined) throw new TemplateLoadError(path, undefined, 'cannot read the template: not given');
    try {
      return buildTemplate(decodeText(bytes), path, { aliases: this.config.aliases });
    } catch (e) {
      if (e instanceof TemplateError || e instanceof DocumentError) throw new TemplateLoadError(path, e.line, e.message);
      throw e;
    }
  }

  /** The failing result for a document that could not be read at all, saying why. */
  async unreadable(path: string, why: string): Promise<DocumentResult> {
    return unreadableResult(await this.templateFor(path), path, new DocumentError(why, 1));
  }

  /**
   * Checks one document synchronously, its template given as bytes (none: the embedded
   * default), for a caller that bounds the time itself. Throws for a template that cannot be read.
   */
  checkNow(path: string, bytes: Uint8Array, templateBytes?: Uint8Array): DocumentResult {
    return this.checkWith(this.model(this.templatePathFor(path), templateBytes), path, bytes);
  }

  /** Checks one document's bytes. Unreadable documents give a result, not an exception. */
  async check(path: string, bytes: Uint8Array): Promise<DocumentResult> {
    return this.checkWith(await this.templateFor(path), path, bytes);
  }

  private checkWith(template: TemplateModel, path: string, bytes: Uint8Array): DocumentResult {
    let text: string;
    try {
      text = decodeDocument(bytes, this.config.maxSize);
    } catch (e) {
      if (e instanceof DocumentError) return unreadableResult(template, path, e);
      throw e;
    }
    return checkDocument(template, text, path, { ...toCheckOptions(this.config), failOn: this.failOn });
  }
}
