document.addEventListener("DOMContentLoaded", () => {
  const name = new URLSearchParams(location.search).get("name");
  const banner = document.querySelector("#welcome");
  if (name && banner) {
    banner.textContent = `Welcome back, ${name}!`;
    banner.hidden = false;
  }
});
