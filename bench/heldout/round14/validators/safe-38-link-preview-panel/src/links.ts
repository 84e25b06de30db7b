export function renderLinks(container: HTMLElement, urls: string[]) {
  container.replaceChildren();
  for (const raw of urls) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") continue;
    const a = document.createElement("a");
    a.href = url.toString();
    a.rel = "noopener noreferrer";
    a.target = "_blank";
    a.textContent = url.hostname + url.pathname;
    container.append(a);
  }
}

const input = document.querySelector<HTMLTextAreaElement>("#urls")!;
input.addEventListener("input", () => renderLinks(document.getElementById("preview")!, input.value.split(/\s+/)));
