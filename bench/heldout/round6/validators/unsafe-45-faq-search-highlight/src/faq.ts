import { $, setHtml } from "./dom";
import faqs from "./faqs.json";

const search = $<HTMLInputElement>("#faq-search");
const out = $<HTMLDivElement>("#faq-results");

search.addEventListener("input", () => {
  const term = search.value;
  const hits = faqs.filter((f) => f.q.toLowerCase().includes(term.toLowerCase()));
  if (hits.length === 0) {
    setHtml(out, `<p>No answers for "<b>${term}</b>"</p>`);
    return;
  }
  setHtml(
    out,
    hits.map((f) => `<details><summary>${f.q.replace(term, `<mark>${term}</mark>`)}</summary>${f.a}</details>`).join("")
  );
});
