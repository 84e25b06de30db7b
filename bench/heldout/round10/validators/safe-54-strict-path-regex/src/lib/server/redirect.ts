// Only internal, simple paths like /app, /app/settings?tab=team or /board#today.
const SAFE_PATH = /^\/(?![\/\\])[A-Za-z0-9\-._~\/]*(\?[A-Za-z0-9\-._~=&%]*)?(#[A-Za-z0-9\-._~]*)?$/;

export function safeRedirectPath(input: string | null | undefined, fallback = '/app'): string {
  if (!input) return fallback;
  if (input.length > 512) return fallback;
  if (!SAFE_PATH.test(input)) return fallback;
  // no empty or dot segments: "/.//x" and "/..//x" normalise to "//x"
  if (input.includes('//') || /\/\.{1,2}(\/|$|\?|#)/.test(input)) return fallback;
  return input;
}

export function withRedirect(path: string, to: string | null) {
  const safe = safeRedirectPath(to, '');
  return safe ? `${path}?redirectTo=${encodeURIComponent(safe)}` : path;
}
