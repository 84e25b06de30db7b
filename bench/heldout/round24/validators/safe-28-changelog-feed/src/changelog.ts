import DOMPurify from "dompurify";

type Release = { version: string; notes_html: string };

export async function loadChangelog(target: HTMLElement) {
  const releases: Release[] = await fetch("/api/releases").then((r) => r.json());
  for (const r of releases) {
    const section = document.createElement("section");
    const h = document.createElement("h3");
    h.textContent = r.version;
    section.appendChild(h);
    section.insertAdjacentHTML("beforeend", DOMPurify.sanitize(r.notes_html));
    target.appendChild(section);
  }
}
