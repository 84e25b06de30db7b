'use server'

import { and, eq } from 'drizzle-orm'
import { revalidatePath } from 'next/cache'
import { db } from '@/db'
import { teamMembers } from '@/db/schema'
import { requireTeamAdmin } from '@/lib/auth/require-team-admin'

export async function setJerseyNumber(teamId: string, memberId: string, jersey: number) {
  await requireTeamAdmin(teamId)
  if (!Number.isInteger(jersey) || jersey < 0 || jersey > 99) throw new Error('Jersey must be 0-99')

  await db
    .update(teamMembers)
    .set({ jerseyNumber: jersey })
    .where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, memberId)))

  revalidatePath(`/teams/${teamId}/roster`)
}
