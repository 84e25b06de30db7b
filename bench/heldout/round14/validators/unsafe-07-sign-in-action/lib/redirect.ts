export function getRedirectPath(raw: string | null | undefined, fallback = "/") {
  if (!raw) return fallback;
  const decoded = decodeURIComponent(raw);
  return decoded.startsWith("/") ? decoded : fallback;
}
