/**
 * Where the static data files live. Defaults to the app's own data/ folder;
 * VITE_DATA_BASE_URL points the same build at any static host or CDN.
 */
export function dataBaseUrl(): URL {
  const configured = import.meta.env.VITE_DATA_BASE_URL as string | undefined;
  const base = configured && configured.length > 0 ? configured : './data/';
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  return new URL(withSlash, document.baseURI);
}

export function dataFileUrl(file: string): string {
  return new URL(file, dataBaseUrl()).toString();
}
