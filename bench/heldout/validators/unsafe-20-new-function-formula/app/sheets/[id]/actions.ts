'use server'

import { createClient } from '@/lib/supabase/server'

type Row = Record<string, number | string>

export async function computeColumn(sheetId: string, formula: string) {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) throw new Error('Not signed in')

  const { data: rows } = await supabase
    .from('sheet_rows')
    .select('id, values')
    .eq('sheet_id', sheetId)
    .eq('owner_id', user.id)

  // formula looks like: row.price * row.qty
  const fn = new Function('row', `return (${formula});`) as (row: Row) => unknown

  return (rows ?? []).map((r) => ({ id: r.id, value: fn(r.values as Row) }))
}
