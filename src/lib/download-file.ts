/** Hands a file to the browser's download machinery. */
export function downloadFile(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name safe on every OS that keeps Chinese characters: "12345热线办结率_2021.csv". */
export function safeFileName(base: string, extension: string): string {
  const cleaned = base.replace(/[\\/:*?"<>|\s]+/g, '_').replace(/_+/g, '_').replace(/^_|_$/g, '');
  return `${cleaned || 'reportlens'}.${extension}`;
}
