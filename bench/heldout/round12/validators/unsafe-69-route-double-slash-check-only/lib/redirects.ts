const DEFAULT_AFTER_LOGIN = "/dashboard";

export function getSafeRedirect(value: string | null | undefined): string {
  if (!value) return DEFAULT_AFTER_LOGIN;
  const decoded = decodeURIComponent(value);
  if (!decoded.startsWith("/")) return DEFAULT_AFTER_LOGIN;
  if (decoded.startsWith("//")) return DEFAULT_AFTER_LOGIN;
  return decoded;
}

export function withNext(path: string, next?: string | null): string {
  if (!next) return path;
  const sep = path.includes("?") ? "&" : "?";
  return `${path}${sep}next=${encodeURIComponent(next)}`;
}
