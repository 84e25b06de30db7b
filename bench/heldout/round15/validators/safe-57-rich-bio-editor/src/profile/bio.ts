import DOMPurify from "dompurify";

export async function showBio(username: string) {
  const res = await fetch(`/api/users/${encodeURIComponent(username)}/bio`);
  if (!res.ok) return;
  const { html } = (await res.json()) as { html: string };

  const target = document.querySelector<HTMLDivElement>("#bio")!;
  target.innerHTML = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ["p", "b", "i", "em", "strong", "a", "ul", "ol", "li", "br"],
    ALLOWED_ATTR: ["href"],
  });
}
