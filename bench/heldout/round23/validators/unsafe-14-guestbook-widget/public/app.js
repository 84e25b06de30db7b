const list = document.getElementById('entries')
const form = document.getElementById('entry-form')

async function loadEntries() {
  const res = await fetch('/api/entries')
  const entries = await res.json()
  list.innerHTML = entries
    .map(
      (e) => `
      <li class="entry">
        <strong>${e.name}</strong>
        <time>${new Date(e.created_at).toLocaleDateString()}</time>
        <p>${e.message}</p>
      </li>`
    )
    .join('')
}

form.addEventListener('submit', async (event) => {
  event.preventDefault()
  const data = Object.fromEntries(new FormData(form))
  await fetch('/api/entries', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(data),
  })
  form.reset()
  loadEntries()
})

loadEntries()
