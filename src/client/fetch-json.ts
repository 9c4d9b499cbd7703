/**
 * Same-origin JSON of /site-data/, fetched once per page: concurrent requests share one fetch,
 * and a failed request is forgotten so that the next call tries again (a network hiccup must not
 * break the page until it is reloaded).
 */
const cache = new Map<string, Promise<unknown>>();

export function fetchJson<T>(path: string): Promise<T> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetch(path).then((response) => {
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return response.json();
    });
    // Only the cached copy's rejection is handled here; callers still see the error.
    pending.catch(() => cache.delete(path));
    cache.set(path, pending);
  }
  return pending as Promise<T>;
}
