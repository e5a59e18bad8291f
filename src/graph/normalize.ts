// The name keys live in the text foundation (src/text/arabic.ts); this module keeps the old import path.
export { nameKeys, normalizeForMatch } from '../text/arabic.ts';
