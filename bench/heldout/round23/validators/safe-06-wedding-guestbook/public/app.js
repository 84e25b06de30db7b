const list = document.getElementById('entries')
const form = document.getElementById('entry-form')

function entryItem(e) {
  const li = document.createElement('li')
  li.className = 'entry'
  const name = document.createElement('strong')
  name.textContent = e.name
  const time = document.createElement('time')
  time.dateTime = e.created_at
  time.textContent = new Date(e.created_at).toLocaleDateString()
  const message = document.createElement('p')
  message.textContent = e.message
  li.append(name, time, message)
  return li
}

async function loadEntries() {
  const res = await fetch('/api/entries')
  const entries = await res.json()
  list.innerHTML = ''
  for (const e of entries) list.appendChild(entryItem(e))
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
