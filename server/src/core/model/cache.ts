// The core's derived-fact caches, in one place. Two lifetimes exist and both live here:
//
// - Per document (or per front matter / config object): parsed documents are immutable (an edit
//   makes a new object), so a fact computed from one object alone is kept in a WeakMap keyed by
//   that object and goes away with it. `perObject(owner, key, compute)`.
// - Per client of a workspace: facts that read several files (which plan a note belongs to, the
//   sessions of a plan, open risk) are kept by the Workspace itself and dropped whenever any
//   file of that client is set or removed (Workspace.clientMemo).
//
// A fact that also depends on today or on a configuration puts them in its key (today) or in
// `dep` (a config object, compared by identity; or an array of such objects, compared element by
// element), so a cached answer is never served for another day or another `.goalplan.yaml`.

const store = new WeakMap<object, Map<string, { dep: unknown; value: unknown }>>();

/** The value of `compute()` for (owner, key, dep), computed once while owner lives. */
export function perObject<T>(owner: object, key: string, compute: () => T, dep?: unknown): T {
  let m = store.get(owner);
  if (!m) store.set(owner, (m = new Map()));
  const hit = m.get(key);
  if (hit && sameDep(hit.dep, dep)) return hit.value as T;
  const value = compute();
  m.set(key, { dep, value });
  return value;
}

/**
 * The value of `compute()` for a pair of objects (a goal and a session's front matter), key and
 * dep: kept while both live (a WeakMap of the second inside the first's entry), so a fact of one
 * goal in one note is computed again only when the goal or the note changes.
 */
export function perPair<T>(first: object, second: object, key: string, compute: () => T, dep?: unknown): T {
  const inner = perObject(first, key, () => new WeakMap<object, { dep: unknown; value: unknown }>());
  const hit = inner.get(second);
  if (hit && sameDep(hit.dep, dep)) return hit.value as T;
  const value = compute();
  inner.set(second, { dep, value });
  return value;
}

/** Identity, or for two arrays identity of each element (a fact read from a plan and a config). */
function sameDep(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A per-client store with a lifetime set by its owner (the Workspace): `get` computes once per
 * (client, key, dep) until `drop(client)`.
 */
export class ClientCache {
  private readonly byClient = new Map<string, Map<string, { dep: unknown; value: unknown }>>();

  get<T>(client: string, key: string, compute: () => T, dep?: unknown): T {
    let m = this.byClient.get(client);
    if (!m) this.byClient.set(client, (m = new Map()));
    const hit = m.get(key);
    if (hit && sameDep(hit.dep, dep)) return hit.value as T;
    const value = compute();
    m.set(key, { dep, value });
    return value;
  }

  drop(client: string): void {
    this.byClient.delete(client);
  }
}
