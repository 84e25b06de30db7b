const DEFAULT_AFTER_LOGIN = "/dashboard";

/** Normalises the post-login destination. */
export function getRedirectPath(next: string | null | undefined): string {
  if (!next || next === "null" || next === "undefined") return DEFAULT_AFTER_LOGIN;
  return next.trim();
}
