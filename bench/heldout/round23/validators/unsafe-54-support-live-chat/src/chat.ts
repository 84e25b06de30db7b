import { createClient } from '@supabase/supabase-js'

const supabase = createClient(import.meta.env.VITE_SUPABASE_URL, import.meta.env.VITE_SUPABASE_ANON_KEY)

const log = document.querySelector<HTMLDivElement>('#chat-log')!
const form = document.querySelector<HTMLFormElement>('#chat-form')!
const roomId = document.body.dataset.roomId!

function render(msg: { username: string; text: string; created_at: string }) {
  const time = new Date(msg.created_at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
  log.insertAdjacentHTML(
    'beforeend',
    `<div class="msg"><span class="who">${msg.username}</span> <span class="when">${time}</span><p>${msg.text}</p></div>`
  )
  log.scrollTop = log.scrollHeight
}

supabase
  .channel(`room:${roomId}`)
  .on('postgres_changes', { event: 'INSERT', schema: 'public', table: 'chat_messages', filter: `room_id=eq.${roomId}` }, (payload) =>
    render(payload.new as { username: string; text: string; created_at: string })
  )
  .subscribe()

form.addEventListener('submit', async (e) => {
  e.preventDefault()
  const text = new FormData(form).get('text')
  if (!text) return
  await supabase.from('chat_messages').insert({ room_id: roomId, text })
  form.reset()
})
