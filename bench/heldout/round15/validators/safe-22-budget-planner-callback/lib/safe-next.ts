const SITE = new URL(process.env.NEXT_PUBLIC_SITE_URL ?? "http://localhost:3000");

export function safeNext(raw: string | null | undefined, fallback = "/budget"): string {
  if (!raw || raw.length > 512) return fallback;
  if (/[\\\u0000-\u001f]/.test(raw)) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(raw, SITE);
  } catch {
    return fallback;
  }
  if (url.origin !== SITE.origin) return fallback;
  if (url.pathname.startsWith("//")) return fallback;
  return url.pathname + url.search + url.hash;
}
