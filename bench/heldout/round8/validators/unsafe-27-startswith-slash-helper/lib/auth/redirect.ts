export function safeNext(next: string | null | undefined, fallback = "/") {
  if (next && next.startsWith("/")) {
    return next;
  }
  return fallback;
}
