/** A path with the query parameters that have a value (filters kept in links). */
export function hrefWith(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
