/** Returns a same-origin path for `next`, or the fallback. */
export function safeNextPath(next: string | null, origin: string, fallback = "/"): string {
  if (!next || next.includes("\\")) return fallback;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return fallback;
  }
  if (url.origin !== origin) return fallback;
  if (url.protocol !== "https:" && url.protocol !== "http:") return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
