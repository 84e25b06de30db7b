import { escapeHtml } from "./utils/escape";

type Comment = { id: number; author: string; body: string; created_at: string };

export async function renderComments(postId: number) {
  const res = await fetch(`/api/posts/${postId}/comments`);
  const comments = (await res.json()) as Comment[];
  const list = document.getElementById("comments")!;

  list.innerHTML = comments
    .map(
      (c) => `<li class="comment">
        <span class="author">${escapeHtml(c.author)}</span>
        <time datetime="${escapeHtml(c.created_at)}">${escapeHtml(new Date(c.created_at).toLocaleDateString())}</time>
        <p>${escapeHtml(c.body)}</p>
      </li>`
    )
    .join("");
}
