export type Hit = { slug: string; title: string };

export async function searchRecipes(term: string): Promise<Hit[]> {
  const res = await fetch(`/api/search?q=${encodeURIComponent(term)}`);
  return res.ok ? res.json() : [];
}
