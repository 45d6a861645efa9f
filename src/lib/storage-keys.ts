/**
 * The localStorage keys of the reader's remembered choices. In a module of
 * their own so that index.html's inlined early script can name one without
 * bundling the code that reads them (React's context, the settings parser).
 */
export const DISPLAY_STORAGE_KEY = 'reportlens.display';
export const LANGUAGE_STORAGE_KEY = 'reportlens.language';
