import { createHmac, timingSafeEqual } from 'node:crypto'

export function isValidGithubSignature(rawBody: string, header: string | undefined, secret: string) {
  if (!header || !header.startsWith('sha256=')) return false
  const expected = Buffer.from('sha256=' + createHmac('sha256', secret).update(rawBody).digest('hex'))
  const given = Buffer.from(header)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
