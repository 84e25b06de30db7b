export function sameOriginPath(raw: string | null, origin: string, fallback = "/albums") {
  if (!raw || raw.includes("\\") || !raw.startsWith("/")) return fallback;
  try {
    const url = new URL(raw, origin);
    if (url.origin !== origin) return fallback;
    if (url.pathname.startsWith("//")) return fallback;
    return url.pathname + url.search;
  } catch {
    return fallback;
  }
}
