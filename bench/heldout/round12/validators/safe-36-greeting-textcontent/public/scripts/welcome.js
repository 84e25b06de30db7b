document.addEventListener("DOMContentLoaded", () => {
  const params = new URLSearchParams(window.location.search);
  const name = (params.get("name") || "").slice(0, 60);
  const plan = params.get("plan");

  const heading = document.getElementById("welcome-heading");
  if (heading && name) {
    heading.textContent = `Welcome, ${name}!`;
  }

  const badge = document.getElementById("plan-badge");
  const plans = { free: "Free", pro: "Pro", team: "Team" };
  if (badge && plan && Object.prototype.hasOwnProperty.call(plans, plan)) {
    badge.textContent = plans[plan];
    badge.hidden = false;
  }

  const steps = ["Create your first project", "Invite a teammate", "Connect a domain"];
  const list = document.getElementById("next-steps");
  if (list) {
    for (const step of steps) {
      const li = document.createElement("li");
      li.textContent = step;
      list.appendChild(li);
    }
  }
});
