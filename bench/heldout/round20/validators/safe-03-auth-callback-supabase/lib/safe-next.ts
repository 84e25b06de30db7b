export function safeNext(raw: string | null, origin: string): URL {
  const fallback = new URL("/dashboard", origin);
  if (!raw || raw.includes("\\") || !raw.startsWith("/") || raw.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  if (url.pathname.startsWith("//")) return fallback;
  return new URL(url.pathname + url.search + url.hash, origin);
}
