// The import endpoints (admins only), parsed with the contract's schemas;
// writes carry the session's CSRF token as every write does (api/reports.ts).
import {
  ImportLoaded,
  ImportPreview,
  ImportStatus,
  type ImportFile,
  type ImportUpload,
} from '../../../../contract/index.js';
import { get, post } from '../../api/reports.js';

export const importApi = {
  preview: (upload: ImportUpload) => post('/api/import/preview', upload, ImportPreview),
  load: (token: string) => post('/api/import/load', { token, replace: true }, ImportLoaded),
  restore: (backup: string) => post('/api/import/restore', { backup, replace: true }, ImportLoaded),
  status: () => get('/api/import/status', ImportStatus),
};
export type ImportApi = typeof importApi;

/** A chosen file as the upload carries it: its name and its bytes in base64. */
export async function fileToUpload(file: Blob & { name: string }): Promise<ImportFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return { name: file.name, base64: btoa(binary) };
}
