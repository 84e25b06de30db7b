const SAFE_PATH = /^\/(?![\/\\])[A-Za-z0-9\-._~\/?=&%]*$/;

export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/") {
  if (typeof to !== "string" || !SAFE_PATH.test(to)) return fallback;
  return to;
}
