/**
 * How deeply a parsed JSON value nests, checked without recursion: a
 * request body nested thousands deep would overflow the stack of any
 * recursive walk (structured cloning to a worker thread included), so the
 * check that refuses it must not be one. A scalar is depth 0, `{}` and `[]`
 * depth 1, `{"a": []}` depth 2.
 */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: { value: object; depth: number }[] = [];
  if (typeof value === 'object' && value !== null) stack.push({ value, depth: 1 });
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item.depth > max) return true;
    const children: unknown[] = Array.isArray(item.value) ? item.value : Object.values(item.value);
    for (const child of children)
      if (typeof child === 'object' && child !== null)
        stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}
