// File URIs <-> file system paths, for the server and its features alike.
import { URI } from 'vscode-uri';

export function fsPath(uri: string): string {
  return uri.startsWith('file:') ? URI.parse(uri).fsPath : uri;
}

export function fileUri(p: string): string {
  return URI.file(p).toString();
}
