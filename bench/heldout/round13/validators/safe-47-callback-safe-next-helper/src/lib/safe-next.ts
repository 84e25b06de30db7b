export function safeNext(raw: string | null | undefined, base: string, fallback = "/"): string {
  if (!raw || raw.includes("\\")) return fallback;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  const origin = new URL(base).origin;
  if (url.origin !== origin || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
