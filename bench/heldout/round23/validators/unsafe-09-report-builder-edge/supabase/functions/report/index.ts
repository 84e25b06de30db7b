import { createClient } from 'jsr:@supabase/supabase-js@2'

Deno.serve(async (req) => {
  const authHeader = req.headers.get('Authorization')
  if (!authHeader) return new Response('Unauthorized', { status: 401 })

  const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_ANON_KEY')!, {
    global: { headers: { Authorization: authHeader } },
  })
  const {
    data: { user },
  } = await supabase.auth.getUser()
  if (!user) return new Response('Unauthorized', { status: 401 })

  const { filter = 'true', groupBy = 'category' } = await req.json()

  const { data: rows, error } = await supabase
    .from('transactions')
    .select('id, amount, category, merchant, booked_on')
    .eq('user_id', user.id)
  if (error) return new Response(error.message, { status: 500 })

  const predicate = new Function('t', `return ${filter}`) as (t: unknown) => boolean
  const totals: Record<string, number> = {}
  for (const row of rows.filter(predicate)) {
    const key = String((row as Record<string, unknown>)[groupBy] ?? 'other')
    totals[key] = (totals[key] ?? 0) + Number(row.amount)
  }

  return Response.json({ totals })
})
