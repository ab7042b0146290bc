import type { RE2JS } from 're2js';
import { linearEngine } from './lazy-modules.js';

/**
 * User patterns run on RE2 (re2js): its matching time grows with the text, never exponentially,
 * whatever the pattern. A pattern is written as a JavaScript regular expression and translated.
 */
const compiled = new Map<string, RE2JS>();

/**
 * What a JavaScript pattern uses that RE2 has no linear-time way to run. Found before
 * translating: the translation would quietly turn `\k<name>` into the letters `k<name>`.
 */
function unsupported(source: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[++i];
      if (!inClass && (next === 'k' || (next >= '1' && next <= '9'))) return 'uses a back-reference, which no linear-time engine can run';
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(' && /^\(\?<?[=!]/.test(source.slice(i, i + 4))) return 'uses lookahead or lookbehind, which the linear-time engine cannot run';
  }
  return undefined;
}

/** Compiles a JavaScript regular expression for the linear-time engine; throws what it cannot run. */
export function toLinear(pattern: RegExp): RE2JS {
  const key = `${pattern.flags}/${pattern.source}`;
  let re = compiled.get(key);
  if (!re) {
    const why = unsupported(pattern.source);
    if (why) throw new Error(`pattern /${pattern.source}/ ${why}`);
    const RE2 = linearEngine();
    let flags = 0;
    if (pattern.flags.includes('i')) flags |= RE2.CASE_INSENSITIVE;
    if (pattern.flags.includes('s')) flags |= RE2.DOTALL;
    if (pattern.flags.includes('m')) flags |= RE2.MULTILINE;
    re = RE2.compile(RE2.translateRegExp(pattern.source), flags);
    compiled.set(key, re);
  }
  return re;
}

/** Why RE2 cannot run a pattern JavaScript accepts, in a user's words; `undefined` when it can. */
export function linearRefusal(pattern: RegExp): string | undefined {
  const why = unsupported(pattern.source);
  if (why) return why;
  try {
    toLinear(pattern);
    return undefined;
  } catch (e) {
    return `cannot run on the linear-time engine: ${(e as Error).message.replace(/^error parsing regexp: /, '')}`;
  }
}

/** The first match of a pattern in a line (one line: no pattern spans two), found in linear time. */
export function firstMatch(pattern: RegExp, line: string): { index: number; text: string } | undefined {
  const m = toLinear(pattern).matcher(line);
  if (!m.find()) return undefined;
  return { index: m.start(), text: m.group() ?? '' };
}
