export function safeNext(raw: string | null, origin: string, fallback = "/dashboard"): string {
  if (!raw || raw.includes("\\")) return fallback;
  try {
    const url = new URL(raw, origin);
    if (url.origin !== origin) return fallback;
    if (url.protocol !== "http:" && url.protocol !== "https:") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
