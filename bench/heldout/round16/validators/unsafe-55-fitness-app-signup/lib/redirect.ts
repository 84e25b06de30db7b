export function sanitizeNext(next: string | null | undefined, fallback = "/welcome") {
  if (!next) return fallback;
  if (!next.startsWith("/") || next.startsWith("//")) return fallback;
  return next;
}
