export function highlight(text: string, query: string) {
  if (!query) return text;
  return text.split(query).join(`<mark>${query}</mark>`);
}
