import type picomatchModule from 'picomatch';
import type { RE2JS } from 're2js';
import type * as yamlModule from 'yaml';
/** The linear-time regular expression engine (re2js). */
export declare function linearEngine(): typeof RE2JS;
/** The YAML parser (yaml). */
export declare function yamlParser(): typeof yamlModule;
/** The glob reader (picomatch). */
export declare function globReader(): typeof picomatchModule;
