import DOMPurify from 'dompurify'
import { createClient } from '@supabase/supabase-js'

const supabase = createClient(import.meta.env.VITE_SUPABASE_URL, import.meta.env.VITE_SUPABASE_ANON_KEY)

const log = document.querySelector<HTMLDivElement>('#chat-log')!
const announcement = document.querySelector<HTMLDivElement>('#announcement')!
const roomId = document.body.dataset.roomId!

function render(msg: { username: string; text: string }) {
  const row = document.createElement('div')
  row.className = 'msg'
  const who = document.createElement('span')
  who.className = 'who'
  who.textContent = msg.username
  const text = document.createElement('p')
  text.textContent = msg.text
  row.append(who, text)
  log.append(row)
}

supabase
  .channel(`room:${roomId}`)
  .on('postgres_changes', { event: 'INSERT', schema: 'public', table: 'chat_messages', filter: `room_id=eq.${roomId}` }, (payload) =>
    render(payload.new as { username: string; text: string })
  )
  .subscribe()

supabase
  .from('rooms')
  .select('announcement_html')
  .eq('id', roomId)
  .single()
  .then(({ data }) => {
    announcement.innerHTML = DOMPurify.sanitize(data?.announcement_html ?? '', {
      ALLOWED_TAGS: ['b', 'i', 'em', 'strong', 'a', 'p'],
      ALLOWED_ATTR: ['href'],
    })
  })
