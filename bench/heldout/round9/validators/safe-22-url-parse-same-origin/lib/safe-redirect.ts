export function safeNextPath(raw: string | null | undefined, origin: string, fallback = "/"): string {
  if (!raw) return fallback;
  if (raw.includes("\\")) return fallback;
  let url: URL;
  try {
    url = new URL(raw, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  if (url.protocol !== "https:" && url.protocol !== "http:") return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
