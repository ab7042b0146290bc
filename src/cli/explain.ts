import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_NAME } from '../engine/default-template.js';
import { DocumentError } from '../engine/errors.js';
import { explainTemplate } from '../engine/explain.js';
import { decodeText } from '../engine/input.js';
import { buildTemplate, TemplateError } from '../engine/template.js';
import type { PlancheckConfig } from '../engine/config.js';
import { formatExplainJson, formatExplainText } from '../report/explain-report.js';

/**
 * `plancheck explain [--template FILE] [--format text|json]`: how the template was read.
 * Returns the text to print, or throws an Error whose message names the file and why.
 */
export async function explain(cwd: string, template: string | undefined, config: PlancheckConfig, format: 'text' | 'json'): Promise<string> {
  const file = template ?? config.template;
  let bytes: Uint8Array | undefined;
  let name = DEFAULT_TEMPLATE_NAME;
  if (file !== undefined) {
    try {
      bytes = await fs.readFile(path.resolve(cwd, file));
    } catch (e) {
      throw new Error(`${file}: cannot read the template: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
    }
    name = file;
  }
  let model;
  try {
    model = buildTemplate(bytes ? decodeText(bytes) : DEFAULT_TEMPLATE, name, { aliases: config.aliases });
  } catch (e) {
    if (e instanceof TemplateError || e instanceof DocumentError) throw new Error(`${name}:${e.line}: ${e.message}`);
    throw e;
  }
  const explained = explainTemplate(model, config.optional);
  return format === 'json' ? formatExplainJson(explained) : formatExplainText(explained);
}
