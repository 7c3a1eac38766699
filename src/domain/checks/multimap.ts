/** Lists grouped by key. */

/** Appends `value` to the list at `key` (in place: copying the list on every append is quadratic). */
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
