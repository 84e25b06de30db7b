type Notice = { id: string; level: 'info' | 'warn' | 'error'; title: string; body: string }

const container = document.getElementById('toasts') as HTMLDivElement

function showToast(n: Notice) {
  const toast = document.createElement('div')
  toast.className = `toast toast-${n.level}`
  toast.innerHTML = `<strong>${n.title}</strong><span>${n.body}</span><button aria-label="Dismiss">×</button>`
  toast.querySelector('button')!.addEventListener('click', () => toast.remove())
  container.append(toast)
  setTimeout(() => toast.remove(), 8000)
}

export function connectNotifications(token: string) {
  const ws = new WebSocket(`${import.meta.env.VITE_WS_URL}/notifications?token=${encodeURIComponent(token)}`)
  ws.addEventListener('message', (event) => {
    const notice = JSON.parse(event.data) as Notice
    showToast(notice)
  })
  return ws
}
