export function sameOriginNext(raw: string | null, origin: string, fallback = '/dashboard'): URL {
  const home = new URL(fallback, origin)
  if (!raw || raw.length > 2048 || raw.includes('\\')) return home

  let target: URL
  try {
    target = new URL(raw, origin)
  } catch {
    return home
  }

  if (target.origin !== origin) return home
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return home
  if (target.username || target.password) return home
  return target
}
