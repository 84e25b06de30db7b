const SAFE_PATH = /^\/(?![\/\\])[A-Za-z0-9\-_/]*(\?[A-Za-z0-9\-_=&%]*)?$/;

export function sanitizeRedirect(value: string | null): string {
  if (!value) return "/";
  return SAFE_PATH.test(value) ? value : "/";
}
