export function safeNext(next: string | null, origin: string): URL {
  const fallback = new URL("/dashboard", origin);
  if (!next || !next.startsWith("/") || next.includes("\\")) return fallback;
  try {
    const url = new URL(next, origin);
    if (url.origin !== origin) return fallback;
    return url;
  } catch {
    return fallback;
  }
}
