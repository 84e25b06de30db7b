(function () {
  var params = new URLSearchParams(window.location.search);
  var root = document.getElementById("booking-widget");
  if (!root) return;

  var card = document.createElement("div");
  card.className = "bw-card";

  var h = document.createElement("h3");
  h.textContent = "Hi " + (params.get("name") || "there") + "!";
  card.appendChild(h);

  var p = document.createElement("p");
  p.textContent = "Pick a time for " + (params.get("service") || "a consultation") + ".";
  card.appendChild(p);

  var slots = document.createElement("div");
  slots.className = "bw-slots";
  slots.textContent = "Loading slots…";
  card.appendChild(slots);

  root.replaceChildren(card);
})();
