'use server'

import { revalidatePath } from 'next/cache'
import { createClient } from '@/lib/supabase/server'
import { sql } from '@/lib/db'

export async function swapShift(shiftId: string, toEmployeeId: string) {
  const supabase = await createClient()
  await supabase.auth.getUser()

  await sql`
    update shifts
       set employee_id = ${toEmployeeId}, swapped_at = now()
     where id = ${shiftId} and starts_at > now()
  `
  await sql`
    insert into shift_events (shift_id, kind, payload)
    values (${shiftId}, 'swap', ${sql.json({ to: toEmployeeId })})
  `

  revalidatePath('/schedule')
}
