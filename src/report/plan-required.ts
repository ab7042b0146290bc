import type { DocumentResult, Finding } from '../engine/types.js';
import { codeSpan } from './sanitize.js';

/** The finding that says a pull request needs a plan, when the result is one. */
export function requirementOf(r: DocumentResult): Finding | undefined {
  return r.findings.find((f) => f.rule === 'plan-required' && f.data?.plan !== undefined);
}

/**
 * The checklist block of a pull request that needs a plan: which changes made it necessary and
 * how to start one. File names are the pull request's and untrusted: each is a code span.
 */
export function renderRequirement(f: Finding): string[] {
  const req = f.data?.plan;
  if (!req) return [];
  const more = req.total - req.changed.length;
  const files = req.changed.map((p) => codeSpan(p, 120)).join(', ') + (more > 0 ? ` and ${more} more file${more === 1 ? '' : 's'}` : '');
  return [
    '#### ❌ A plan is required',
    '',
    `This pull request changes ${files}, which need a plan, but adds or changes no planning document.`,
    '',
    `- [ ] Start one with ${codeSpan(`npx plancheck init ${req.suggestion}`, 200)}, fill it in and push it;`,
    `- or reference a plan merged earlier in the pull request's description: ${codeSpan(`Plan: ${req.suggestion}`, 200)}.`
  ];
}
