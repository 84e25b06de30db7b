const FALLBACK = "/dashboard";

export function safeNextPath(raw: string | null, origin: string): string {
  if (!raw) return FALLBACK;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return FALLBACK;
  let parsed: URL;
  try {
    parsed = new URL(raw, origin);
  } catch {
    return FALLBACK;
  }
  if (parsed.origin !== origin) return FALLBACK;
  const path = parsed.pathname.replace(/^\/+/, "/");
  return `${path}${parsed.search}${parsed.hash}`;
}
