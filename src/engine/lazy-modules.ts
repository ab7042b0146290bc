import { createRequire } from 'node:module';
import type picomatchModule from 'picomatch';
import type { RE2JS } from 're2js';
import type * as yamlModule from 'yaml';

/**
 * Libraries loaded on first use. A run that compiles no glob or user pattern and reads no YAML
 * (one document, no configuration file, no front matter) never needs them, and together they are
 * a third of the command line's code, which each thread that starts a run would compile first.
 */

/** CommonJS `require`: defined in the bundles, where it reads a bundled module; not in ES modules run from source. */
declare const require: ((id: string) => unknown) | undefined;

// Each `require` names its module literally, so that the bundler bundles it.
const fromSource = (id: string): unknown => createRequire(import.meta.url)(id);

let re2: typeof RE2JS | undefined;
/** The linear-time regular expression engine (re2js). */
export function linearEngine(): typeof RE2JS {
  re2 ??= ((typeof require === 'function' ? require('re2js') : fromSource('re2js')) as typeof import('re2js')).RE2JS;
  return re2;
}

let yaml: typeof yamlModule | undefined;
/** The YAML parser (yaml). */
export function yamlParser(): typeof yamlModule {
  yaml ??= (typeof require === 'function' ? require('yaml') : fromSource('yaml')) as typeof yamlModule;
  return yaml;
}

let globs: typeof picomatchModule | undefined;
/** The glob reader (picomatch). */
export function globReader(): typeof picomatchModule {
  globs ??= (typeof require === 'function' ? require('picomatch') : fromSource('picomatch')) as typeof picomatchModule;
  return globs;
}
