const list = document.querySelector("#menu-list");
const cartEl = document.querySelector("#cart-count");
const cart = [];

async function loadMenu() {
  const res = await fetch("/api/menu");
  const items = await res.json();
  list.innerHTML = "";
  for (const item of items) {
    const li = document.createElement("li");
    li.className = "menu-item";
    const name = document.createElement("span");
    name.textContent = item.name;
    const price = document.createElement("span");
    price.textContent = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(item.price);
    const add = document.createElement("button");
    add.textContent = "Ajouter";
    add.addEventListener("click", () => {
      cart.push(item.id);
      cartEl.textContent = String(cart.length);
    });
    li.append(name, price, add);
    list.append(li);
  }
}

loadMenu();
