(function () {
  const params = new URLSearchParams(window.location.search);
  const name = params.get("name");
  const ref = params.get("ref");

  const greeting = document.getElementById("greeting");
  const banner = document.querySelector(".referral-banner");

  if (name && greeting) {
    greeting.innerHTML = "Welcome back, <strong>" + name + "</strong>!";
  }

  if (ref && banner) {
    banner.innerHTML = `You were invited by ${ref}. Sign up today and you both get a free month.`;
    banner.hidden = false;
  }

  document.querySelectorAll("[data-year]").forEach(function (el) {
    el.textContent = String(new Date().getFullYear());
  });

  const form = document.getElementById("signup-form");
  if (form) {
    form.addEventListener("submit", async function (event) {
      event.preventDefault();
      const email = form.querySelector("input[type=email]").value;
      const res = await fetch("/api/waitlist", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ email: email, ref: ref }),
      });
      form.querySelector(".status").textContent = res.ok ? "Thanks!" : "Try again.";
    });
  }
})();
