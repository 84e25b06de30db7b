'use server'

import { Resend } from 'resend'
import { randomBytes } from 'crypto'
import { prisma } from '@/lib/prisma'

const resend = new Resend(process.env.RESEND_API_KEY)

export async function inviteMember(teamId: string, email: string, role: 'member' | 'owner' = 'member') {
  const normalized = email.trim().toLowerCase()
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(normalized)) {
    return { error: 'Invalid email' }
  }
  const token = randomBytes(24).toString('base64url')
  const team = await prisma.team.findUnique({ where: { id: teamId } })
  if (!team) return { error: 'Team not found' }

  await prisma.invitation.create({
    data: { teamId, email: normalized, role, token, expiresAt: new Date(Date.now() + 7 * 86_400_000) },
  })

  await resend.emails.send({
    from: 'Kanban <invites@kanban.example>',
    to: normalized,
    subject: `Join ${team.name} on Kanban`,
    text: `You've been invited. Accept: ${process.env.NEXT_PUBLIC_APP_URL}/invite/${token}`,
  })
  return { ok: true }
}
