export function returnTarget(raw: string | null, origin: string): string {
  const fallback = new URL('/account', origin).href
  if (!raw || raw.includes('\\')) return fallback
  try {
    const target = new URL(raw, origin)
    return target.origin === origin ? target.href : fallback
  } catch {
    return fallback
  }
}
