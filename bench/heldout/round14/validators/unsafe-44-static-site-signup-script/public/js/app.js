const SUPABASE_URL = "https://ionpfidsfbmnaccozrmr.supabase.co";
const SUPABASE_KEY = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImlvbnBmaWRzZmJtbmFjY296cm1yIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxMjAwMDAwMCwiZXhwIjoyMDI3NTc2MDAwfQ.TvA5EqqiWUkJ8WOWgjCbFRTBF1veTgJrFHPd825bM1q";

const client = window.supabase.createClient(SUPABASE_URL, SUPABASE_KEY);

document.querySelector("#waitlist-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const email = event.target.elements.email.value;
  const { error } = await client.from("waitlist").insert({ email });
  document.querySelector("#status").textContent = error ? "Something went wrong" : "You're on the list!";
});
