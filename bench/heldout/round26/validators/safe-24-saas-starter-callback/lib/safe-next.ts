export function safeNextUrl(next: string | null, origin: string): URL {
  const fallback = new URL("/dashboard", origin);
  if (!next || !next.startsWith("/") || next.includes("\\")) return fallback;

  let candidate: URL;
  try {
    candidate = new URL(next, origin);
  } catch {
    return fallback;
  }

  if (candidate.origin !== origin || candidate.pathname.startsWith("//")) return fallback;
  return candidate;
}
