import { supabase } from "./supabaseClient";

async function loadPets() {
  const { data: pets } = await supabase.from("pets").select("*").eq("adopted", false);
  const list = document.querySelector("#pets");
  for (const pet of pets ?? []) {
    const li = document.createElement("li");
    li.textContent = `${pet.name} (${pet.species})`;
    list.appendChild(li);
  }
}

document.querySelector("#apply").addEventListener("submit", async (e) => {
  e.preventDefault();
  const form = new FormData(e.target);
  await supabase.from("applications").insert({
    pet_id: form.get("pet"),
    applicant_email: form.get("email"),
  });
});

loadPets();
