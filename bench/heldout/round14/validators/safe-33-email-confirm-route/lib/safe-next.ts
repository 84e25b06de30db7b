export function safeNext(raw: string | null, origin: string, fallback = "/dashboard"): string {
  if (!raw || raw.includes("\\") || !raw.startsWith("/") || raw.startsWith("//")) return fallback;
  try {
    const url = new URL(raw, origin);
    if (url.origin !== origin) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
