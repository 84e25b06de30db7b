import { supabase } from "./supabaseClient.js";
import { escapeHtml } from "./utils/escape.js";

const list = document.querySelector("#entries");

function renderEntry(entry) {
  const date = new Date(entry.created_at).toLocaleDateString();
  list.insertAdjacentHTML(
    "afterbegin",
    `<li class="entry">
       <p class="entry-name">${escapeHtml(entry.name)}</p>
       <p class="entry-message">${escapeHtml(entry.message)}</p>
       <time>${escapeHtml(date)}</time>
     </li>`
  );
}

async function loadEntries() {
  const { data } = await supabase.from("guestbook").select("*").order("created_at");
  (data || []).forEach(renderEntry);
}

loadEntries();
