/**
 * Resolve a user-supplied redirect target against our own origin.
 * Anything that resolves to another origin falls back to `fallback`.
 */
export function safeRedirect(target: string | null, base: URL, fallback = "/app"): string {
  if (!target) return fallback;
  let dest: URL;
  try {
    dest = new URL(target, base.origin);
  } catch {
    return fallback;
  }
  if (dest.origin !== base.origin) return fallback;
  return `${dest.pathname}${dest.search}${dest.hash}`;
}
