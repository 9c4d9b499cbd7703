/**
 * Remembers the answer for the last key only: the same key again reuses it (even while pending), a
 * new key replaces it, and a failed answer is forgotten so that the next call asks again.
 */
export function rememberLast<V>(answer: (key: string) => Promise<V>): (key: string) => Promise<V> {
  let last: { key: string; value: Promise<V> } | undefined;
  return (key) => {
    if (last && last.key === key) return last.value;
    const entry = { key, value: answer(key) };
    entry.value.catch(() => {
      if (last === entry) last = undefined;
    });
    last = entry;
    return entry.value;
  };
}
