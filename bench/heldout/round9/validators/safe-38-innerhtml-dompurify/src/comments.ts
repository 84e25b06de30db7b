import DOMPurify from "dompurify";

interface Comment {
  id: number;
  author: string;
  html: string;
}

const container = document.querySelector<HTMLUListElement>("#comments")!;

export async function renderComments(postId: number) {
  const res = await fetch(`/api/posts/${postId}/comments`);
  const comments: Comment[] = await res.json();
  container.replaceChildren();
  for (const c of comments) {
    const li = document.createElement("li");
    const who = document.createElement("strong");
    who.textContent = c.author;
    const body = document.createElement("div");
    body.className = "comment-body";
    body.innerHTML = DOMPurify.sanitize(c.html, { ALLOWED_TAGS: ["b", "i", "em", "strong", "a", "p", "br"] });
    li.append(who, body);
    container.append(li);
  }
}
