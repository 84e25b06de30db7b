export function showToast(message: string, kind: 'error' | 'info' = 'info') {
  const el = document.createElement('div')
  el.className = `toast toast-${kind}`
  el.innerHTML = message
  document.body.appendChild(el)
  setTimeout(() => el.remove(), 4000)
}
