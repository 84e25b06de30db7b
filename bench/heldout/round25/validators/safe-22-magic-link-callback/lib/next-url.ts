export function sameOriginTarget(next: string | null, requestUrl: string, fallback = "/dashboard"): URL {
  const base = new URL(requestUrl);
  const home = new URL(fallback, base.origin);
  if (!next) return home;
  let target: URL;
  try {
    target = new URL(next, base.origin);
  } catch {
    return home;
  }
  if (target.origin !== base.origin) return home;
  return target;
}
