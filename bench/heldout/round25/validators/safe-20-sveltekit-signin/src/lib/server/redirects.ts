export function internalOnly(raw: string | null, fallback = "/"): string {
  if (!raw) return fallback;
  if (!/^\/(?![\/\\])/.test(raw)) return fallback;
  const parsed = new URL(raw, "https://placeholder.local");
  if (parsed.host !== "placeholder.local") return fallback;
  const path = parsed.pathname.replace(/^\/+/, "/");
  return path + parsed.search;
}
