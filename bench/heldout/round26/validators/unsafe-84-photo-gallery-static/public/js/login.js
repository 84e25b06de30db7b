const client = supabase.createClient("https://msvkmnnwvcdtcvqvhrcz.supabase.co", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6Im1zdmttbm53dmNkdGN2cXZocmN6Iiwicm9sZSI6ImFub24iLCJpYXQiOjE3MTIzOTA1NzUsImV4cCI6MjAyNzc1MDU3NX0.qGt_wyDCpB1megfFIykmuxol5nvcgmpA3pFyKCOJ4am");

function destination() {
  const next = new URLSearchParams(window.location.search).get("next");
  if (next && next.startsWith("/") && !next.startsWith("//")) {
    return next;
  }
  return "/albums";
}

document.getElementById("login").addEventListener("submit", async (e) => {
  e.preventDefault();
  const email = document.getElementById("email").value;
  const password = document.getElementById("password").value;
  const { error } = await client.auth.signInWithPassword({ email, password });
  if (error) {
    document.getElementById("msg").textContent = "Sign-in failed";
    return;
  }
  window.location.assign(destination());
});
