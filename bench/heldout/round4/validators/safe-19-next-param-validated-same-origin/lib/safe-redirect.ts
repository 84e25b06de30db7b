const FALLBACK = "/dashboard";

/** Returns an absolute URL on our own origin; anything else becomes the fallback. */
export function safeNextUrl(raw: string | null | undefined, origin: string): URL {
  const fallback = new URL(FALLBACK, origin);
  if (!raw) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return fallback;

  try {
    const target = new URL(raw, origin);
    return target.origin === origin ? target : fallback;
  } catch {
    return fallback;
  }
}
