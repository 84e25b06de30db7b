import { Hono } from 'hono'
import { sql } from '../db'
import { isValidGithubSignature } from '../lib/githubSignature'

export const github = new Hono()

github.post('/webhook', async (c) => {
  const raw = await c.req.text()
  const ok = isValidGithubSignature(raw, c.req.header('x-hub-signature-256'), process.env.GITHUB_WEBHOOK_SECRET!)
  if (!ok) return c.json({ error: 'bad signature' }, 401)

  const event = c.req.header('x-github-event')
  const payload = JSON.parse(raw)

  if (event === 'push' && payload.ref === 'refs/heads/main') {
    await sql`
      insert into deployments (repo, commit_sha, pusher, status)
      values (${payload.repository.full_name}, ${payload.after}, ${payload.pusher.name}, 'queued')
    `
  }

  return c.json({ ok: true })
})
