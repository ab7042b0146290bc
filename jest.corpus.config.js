/** `npm run corpus`: every document of the full corpus of real planning documents. */
import base from './jest.config.js';

export default { ...base, testMatch: ['<rootDir>/__tests__/**/*.corpus.ts'] };
