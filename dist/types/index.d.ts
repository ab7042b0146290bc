/**
 * plancheck as a library: check Markdown planning documents against their template and render
 * the results in the command line's formats. The engine knows nothing of GitHub or the file
 * system: pass it text, get findings back. It runs unbudgeted in the calling thread (see
 * {@link checkDocument}); the command line and the action check each document in a worker
 * thread within a time and heap limit.
 *
 * ```js
 * import { buildTemplate, checkDocument, DEFAULT_TEMPLATE, formatText } from 'plancheck';
 * const template = buildTemplate(DEFAULT_TEMPLATE, 'built-in');
 * const result = checkDocument(template, text, 'docs/plans/feature.md');
 * console.log(result.passed, formatText([result]));
 * ```
 * @packageDocumentation
 */
export { checkDocument, type CheckOptions } from './engine/check.js';
export { buildTemplate, TemplateError, type TemplateModel, type TemplateSection, type TemplatePlaceholder } from './engine/template.js';
export { DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_NAME } from './engine/default-template.js';
export { ConfigError, parseConfig, toCheckOptions, templateFor, isExempt, type PlancheckConfig, type TemplateRoute } from './engine/config.js';
export { type DocumentResult, type Finding, type SectionStatus, type Severity } from './engine/types.js';
export { RULE_IDS, DEFAULT_SEVERITY, type RuleId } from './engine/rules/registry.js';
export { formatText } from './report/text-report.js';
export { buildJsonReport, formatJson, type JsonFinding, type JsonReport } from './report/json.js';
export { renderChecklist, type MarkdownOptions } from './report/checklist.js';
export { formatSarif } from './report/sarif.js';
export { formatGithub } from './report/annotations.js';
export { VERSION } from './version.js';
