export function cleanHtml(input: string): string {
  return input.replace(/<script[^>]*>([\s\S]*?)<\/script>/gi, "").trim();
}
