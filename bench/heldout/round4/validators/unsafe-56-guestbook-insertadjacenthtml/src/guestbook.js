import { supabase } from "./supabaseClient.js";

const list = document.querySelector("#entries");
const form = document.querySelector("#guestbook-form");

function renderEntry(entry) {
  const date = new Date(entry.created_at).toLocaleDateString();
  list.insertAdjacentHTML(
    "afterbegin",
    `<li class="entry">
       <p class="entry-name">${entry.name}</p>
       <p class="entry-message">${entry.message}</p>
       <time>${date}</time>
     </li>`
  );
}

async function loadEntries() {
  const { data } = await supabase
    .from("guestbook")
    .select("*")
    .order("created_at", { ascending: true });
  (data || []).forEach(renderEntry);
}

form.addEventListener("submit", async (e) => {
  e.preventDefault();
  const fd = new FormData(form);
  const { data } = await supabase
    .from("guestbook")
    .insert({ name: fd.get("name"), message: fd.get("message") })
    .select()
    .single();
  if (data) renderEntry(data);
  form.reset();
});

loadEntries();
