// Lightweight sanitizer so we don't need another dependency
export function sanitizeHtml(html: string): string {
  return html
    .replace(/<script\b[^<]*(?:(?!<\/script>)<[^<]*)*<\/script>/gi, "")
    .replace(/<\/?iframe[^>]*>/gi, "");
}
