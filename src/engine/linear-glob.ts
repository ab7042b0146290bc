import type { RE2JS } from 're2js';
import { globReader, linearEngine } from './lazy-modules.js';

/** How a glob is read: the picomatch options plancheck uses. */
export interface GlobOptions {
  /** Wildcards match a leading dot (`.github`); off, a hidden segment must be named. */
  dot?: boolean;
  nocase?: boolean;
  /** `[bot]` is the letters, as in `dependabot[bot]`, not a character class. */
  literalBrackets?: boolean;
}

/** A glob that cannot be matched in linear time, or at all. */
export class GlobError extends Error {
  constructor(
    readonly glob: string,
    readonly reason: string
  ) {
    super(`invalid glob '${glob}': ${reason}`);
    this.name = 'GlobError';
  }
}

/**
 * Stands for a dot that starts a path segment when wildcards must not match it (a private-use
 * character picomatch keeps as text), marking in the glob and the path alike a dot the glob
 * names itself.
 */
const HIDDEN = '\uE000';

/**
 * picomatch's lookarounds, each with what it means for the paths matched here (repository paths
 * and logins: no empty segment, no trailing slash, no `.` or `..` segment).
 */
const LOOKAROUNDS: Array<[string, string]> = [
  // A `**` character that does not start a hidden segment: the marked dots are excluded.
  ['(?:(?!(?:^|\\/)\\.{1,2}(?:\\/|$)).)', `[^${HIDDEN}]`],
  ['(?:(?!(?:^|\\/)\\.).)', `[^${HIDDEN}]`],
  // No `.` or `..` segment, or no leading dot: marked dots already do it.
  ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', ''],
  ['(?!\\.{1,2}(?:\\/|$))', ''],
  ['(?!\\.{0,1}(?:\\/|$))', ''],
  ['(?!\\.)', ''],
  // At least one character left: always so at a segment start of such a path.
  ['(?=.)', '']
];

/** The glob with every dot that starts a segment marked, inside braces too. */
function markLeadingDots(glob: string): string {
  let out = '';
  const braces: boolean[] = [];
  let atStart = true;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\' && i + 1 < glob.length) {
      const next = glob[++i];
      out += atStart && next === '.' ? HIDDEN : c + next;
      atStart = false;
      continue;
    }
    if (c === '.' && atStart) out += HIDDEN;
    else out += c;
    if (c === '/') atStart = true;
    else if (c === '{') {
      braces.push(atStart);
    } else if (c === ',' && braces.length > 0) atStart = braces[braces.length - 1];
    else if (c === '}' && braces.length > 0) {
      braces.pop();
      atStart = false;
    } else atStart = false;
  }
  return out;
}

/** The path with the dots that start a segment marked, as the glob's are. */
function markPath(path: string): string {
  return path.replace(/(^|\/)\./g, `$1${HIDDEN}`);
}

/** picomatch's regular expression, rewritten without lookaround for the linear-time engine. */
function linearSource(source: string): string {
  let s = source;
  for (const [from, to] of LOOKAROUNDS) s = s.split(from).join(to);
  // Wildcards never match a marked dot.
  let out = '';
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      // picomatch escapes every character that is not a word character; RE2 takes an escape
      // only before ASCII punctuation or a letter, so others stand for themselves.
      const next = String.fromCodePoint(s.codePointAt(i + 1) ?? 0x5c);
      i += next.length;
      out += /^[!-~]$/.test(next) ? c + next : next;
    } else if (inClass) {
      out += c;
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
      if (s[i + 1] === '^') {
        out += `[^${HIDDEN}`;
        i++;
      } else out += c;
    } else out += c === '.' ? `[^${HIDDEN}]` : c;
  }
  return out;
}

const cache = new Map<string, (path: string) => boolean>();

/**
 * A glob as a predicate that runs in linear time in the path, whatever the glob: picomatch reads
 * the glob (its syntax and meaning: `**`, braces, brackets, extglobs, a leading `!`) and its
 * regular expression runs on RE2 (re2js) instead of JavaScript's backtracking engine, which a
 * glob such as `*a*a*a*a*a*a*a*a*a*a*b` holds for minutes over a 40-character name.
 * Throws a {@link GlobError} for a glob that cannot be compiled or run in linear time.
 */
export function linearGlob(glob: string, options: GlobOptions = {}): (path: string) => boolean {
  const key = `${options.dot ? 'd' : ''}${options.nocase ? 'i' : ''}${options.literalBrackets ? 'b' : ''}:${glob}`;
  const known = cache.get(key);
  if (known) return known;
  // A leading `!` negates (twice, not); `!(` is an extglob.
  let negated = false;
  let body = glob;
  while (body.startsWith('!') && !body.startsWith('!(')) {
    negated = !negated;
    body = body.slice(1);
  }
  // picomatch reads a leading `./` as nothing; read it so before its dot is marked as hidden.
  if (!options.dot) while (body.startsWith('./') && body.length > 2) body = body.slice(2);
  const marked = options.dot ? body : markLeadingDots(body);
  let re: RegExp;
  try {
    re = globReader().makeRe(marked, { dot: options.dot ?? false, nocase: options.nocase ?? false, literalBrackets: options.literalBrackets });
  } catch (e) {
    throw new GlobError(glob, (e as Error).message);
  }
  let engine: RE2JS;
  try {
    const RE2 = linearEngine();
    engine = RE2.compile(linearSource(re.source), re.flags.includes('i') ? RE2.CASE_INSENSITIVE : 0);
  } catch (e) {
    const message = (e as Error).message;
    // picomatch writes a negated extglob as a lookahead, which RE2 has no linear way to run.
    throw new GlobError(glob, /\(\?<?[=!]/.test(message) ? 'a negated extglob !(…) cannot run in linear time; exclude with a leading ! instead' : `cannot run in linear time: ${message.replace(/^error parsing regexp: /, '')}`);
  }
  const matches = (path: string): boolean => {
    // A name that already holds the mark cannot be told apart from a marked one.
    if (!options.dot && path.includes(HIDDEN)) return false;
    const found = path === body || engine.testExact(options.dot ? path : markPath(path));
    return found !== negated;
  };
  cache.set(key, matches);
  return matches;
}

/** Whether a path matches any of the globs (picomatch's meaning of a list), in linear time. */
export function linearGlobAny(globs: string[], options: GlobOptions = {}): (path: string) => boolean {
  const each = globs.map((g) => linearGlob(g, options));
  return (path) => each.some((m) => m(path));
}
