/** Saves bytes as a file through a Blob and a temporary `<a download>` (no downloads permission). */
export function downloadFile(contents: Uint8Array | string, fileName: string, mime: string, doc: Document = document): void {
  const part: BlobPart = typeof contents === 'string' ? contents : (contents as Uint8Array<ArrayBuffer>);
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a picked file as text (UTF-8). */
export function readFileText(file: Blob): Promise<string> {
  return typeof file.text === 'function'
    ? file.text()
    : new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(file);
      });
}
