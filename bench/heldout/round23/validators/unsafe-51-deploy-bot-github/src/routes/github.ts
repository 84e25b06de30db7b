import { Hono } from 'hono'
import { sql } from '../db'

export const github = new Hono()

github.post('/webhook', async (c) => {
  const event = c.req.header('x-github-event')
  const delivery = c.req.header('x-github-delivery')
  const signature = c.req.header('x-hub-signature-256')
  console.log(`github delivery ${delivery} (${event}) signature=${signature?.slice(0, 15)}…`)

  const payload = await c.req.json()

  if (event === 'push' && payload.ref === 'refs/heads/main') {
    await sql`
      insert into deployments (repo, commit_sha, pusher, status)
      values (${payload.repository.full_name}, ${payload.after}, ${payload.pusher.name}, 'queued')
    `
  }

  return c.json({ ok: true })
})
