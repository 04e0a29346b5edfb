/**
 * Saving an export to the user's disk from an extension page: a blob URL
 * and an `<a download>` click. Needs no `downloads` permission.
 */

/** A file an export made. */
export interface ExportFile {
  name: string;
  type: string;
  data: Uint8Array | string;
}

/** Starts the browser's download of `file`. Must run in a page (a click's task, so it is not blocked). */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.data as BlobPart], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference once started; a minute is ample on a slow disk.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
