import DOMPurify from "dompurify";

export async function showAnnouncement(el: HTMLElement) {
  const res = await fetch("/api/announcement");
  if (!res.ok) return;
  const { html, level } = (await res.json()) as { html: string; level: "info" | "warning" };

  el.classList.toggle("announcement-warning", level === "warning");
  el.innerHTML = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ["b", "i", "em", "strong", "a", "br"],
    ALLOWED_ATTR: ["href"],
  });
  el.hidden = false;

  el.querySelectorAll("a").forEach((a) => {
    a.setAttribute("rel", "noopener noreferrer");
    a.setAttribute("target", "_blank");
  });
}

const banner = document.getElementById("announcement");
if (banner) {
  showAnnouncement(banner).catch(() => {
    banner.hidden = true;
  });
}
