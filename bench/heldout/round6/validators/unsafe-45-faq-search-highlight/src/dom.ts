export const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;

export function setHtml(el: Element, html: string) {
  el.innerHTML = html;
}
