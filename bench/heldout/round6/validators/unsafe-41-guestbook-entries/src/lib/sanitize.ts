// Strips dangerous markup so we can safely render user HTML.
export function sanitize(html: string): string {
  return html.replace(/<script[\s\S]*?>[\s\S]*?<\/script>/gi, "");
}
