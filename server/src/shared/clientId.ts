// What a client id typed into "GoalPlan: New goal plan" may be. SPEC 1: a pseudonymous code, any
// non-empty string without whitespace. The id also names the client's folder (clients/<id>/),
// so it is held to what is safe as one path segment on every file system: letters, digits and
// `.`, `_`, `-`, starting with a letter or digit (no `/`, `\`, `..`, leading dot or drive
// letter), at most 64 characters. Shared by the extension's input box and the server.

const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Why `id` cannot be a client id (a message for the input box), or undefined when it can. */
export function clientIdProblem(id: string): string | undefined {
  if (!id) return 'Type the client\'s pseudonymous code, e.g. C-0142.';
  if (/\s/.test(id)) return 'A client code has no spaces.';
  if (id.length > 64) return 'A client code has at most 64 characters.';
  if (/[/\\:]/.test(id) || id.includes('..')) return 'A client code is not a path: no /, \\, : or "..".';
  if (!CLIENT_ID.test(id)) return 'Use letters, digits, ".", "_" and "-", starting with a letter or digit (a pseudonymous code, not a name).';
  return undefined;
}
