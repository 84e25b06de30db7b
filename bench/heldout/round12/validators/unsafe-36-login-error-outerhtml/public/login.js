const params = new URLSearchParams(location.search);
const errorText = params.get("error");
const placeholder = document.querySelector("#login-error");

if (errorText && placeholder) {
  placeholder.outerHTML = `<p id="login-error" class="alert alert-danger" role="alert">${errorText}</p>`;
}

const form = document.querySelector("#login-form");
const submit = form.querySelector("button[type=submit]");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  submit.disabled = true;
  const body = new FormData(form);
  const res = await fetch("/auth/login", {
    method: "POST",
    body,
    credentials: "same-origin",
  });
  if (res.redirected) {
    window.location.assign(res.url);
    return;
  }
  submit.disabled = false;
  const { message } = await res.json().catch(() => ({ message: "Sign-in failed" }));
  const url = new URL(location.href);
  url.searchParams.set("error", message);
  history.replaceState(null, "", url);
  location.reload();
});
