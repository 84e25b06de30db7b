const BASE = 'https://placeholder.invalid'

function localPath(input, fallback = '/bookings') {
  if (typeof input !== 'string' || input.length === 0 || input.length > 512) return fallback
  if (input.includes('\\') || /[\u0000-\u001f]/.test(input)) return fallback

  let url
  try {
    url = new URL(input, BASE)
  } catch {
    return fallback
  }
  if (url.origin !== BASE) return fallback
  if (url.pathname.startsWith('//')) return fallback

  return url.pathname + url.search + url.hash
}

module.exports = { localPath }
