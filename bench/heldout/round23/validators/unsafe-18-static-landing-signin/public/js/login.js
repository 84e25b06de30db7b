const form = document.getElementById('login-form')
const errorBox = document.getElementById('login-error')
const params = new URLSearchParams(window.location.search)

form.addEventListener('submit', async (event) => {
  event.preventDefault()
  const body = Object.fromEntries(new FormData(form))

  const res = await fetch('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  })

  if (!res.ok) {
    errorBox.textContent = 'Those details did not match an account.'
    errorBox.hidden = false
    return
  }

  const destination = params.get('redirect') || '/app'
  window.location.assign(destination)
})
