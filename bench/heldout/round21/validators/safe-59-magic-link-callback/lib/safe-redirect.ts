export function safeRedirectUrl(next: string | null, origin: string): URL {
  const fallback = new URL("/dashboard", origin);
  if (!next || !next.startsWith("/") || next.includes("\\")) return fallback;
  let target: URL;
  try {
    target = new URL(next, origin);
  } catch {
    return fallback;
  }
  if (target.origin !== origin) return fallback;
  if (target.pathname.startsWith("//")) return fallback;
  return new URL(target.pathname + target.search + target.hash, origin);
}
