const SUN = '<svg viewBox="0 0 24 24" width="20" height="20"><circle cx="12" cy="12" r="5"/></svg>';
const MOON = '<svg viewBox="0 0 24 24" width="20" height="20"><path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/></svg>';

const button = document.getElementById("theme-toggle");
const stored = localStorage.getItem("theme");
let dark = stored ? stored === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;

function apply() {
  document.documentElement.classList.toggle("dark", dark);
  button.innerHTML = dark ? SUN : MOON;
  button.setAttribute("aria-label", dark ? "Switch to light mode" : "Switch to dark mode");
}

button.addEventListener("click", () => {
  dark = !dark;
  localStorage.setItem("theme", dark ? "dark" : "light");
  apply();
});
apply();
