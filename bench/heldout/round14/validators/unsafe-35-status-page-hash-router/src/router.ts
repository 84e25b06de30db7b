const routes: Record<string, (arg: string) => string> = {
  service: (name) => `<section id="outlet"><h1>Status for ${name}</h1><div class="bars"></div></section>`,
  incident: (id) => `<section id="outlet"><h1>Incident #${id}</h1></section>`,
};

export function render() {
  const [route, arg = ""] = decodeURIComponent(location.hash.replace(/^#\/?/, "")).split("/");
  const view = routes[route] ?? (() => `<section id="outlet"><h1>All systems</h1></section>`);
  const outlet = document.getElementById("outlet");
  if (outlet) outlet.outerHTML = view(arg);
}

window.addEventListener("hashchange", render);
render();
