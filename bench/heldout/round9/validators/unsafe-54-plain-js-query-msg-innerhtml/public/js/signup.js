(function () {
  const params = new URLSearchParams(window.location.search);
  const banner = document.getElementById("banner");
  const form = document.getElementById("signup-form");

  const msg = params.get("msg");
  if (msg) {
    banner.innerHTML = `<div class="alert">${msg}</div>`;
    banner.hidden = false;
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    const res = await fetch("/api/signups", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(data),
    });
    if (res.ok) {
      window.location.search = "?msg=" + encodeURIComponent("Thanks, you're on the list!");
    } else {
      banner.innerHTML = '<div class="alert error">Something went wrong</div>';
      banner.hidden = false;
    }
  });
})();
