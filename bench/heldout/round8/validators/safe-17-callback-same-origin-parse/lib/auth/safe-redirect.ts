const FALLBACK = "/dashboard";

export function safeRedirectPath(next: string | null, origin: string): string {
  if (!next) return FALLBACK;
  if (next.includes("\\") || /[\u0000-\u001f]/.test(next)) return FALLBACK;
  if (!next.startsWith("/") || next.startsWith("//")) return FALLBACK;
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return FALLBACK;
    return url.pathname + url.search + url.hash;
  } catch {
    return FALLBACK;
  }
}
