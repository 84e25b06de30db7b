import { createClient } from '@supabase/supabase-js'

export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig()
  const supabase = createClient(config.public.supabaseUrl, config.public.supabaseServiceKey)
  const body = await readBody<{ whiteId: string; blackId: string; result: '1-0' | '0-1' | '1/2' }>(event)

  if (!body?.whiteId || !body?.blackId) {
    throw createError({ statusCode: 400, statusMessage: 'Players required' })
  }

  const { data, error } = await supabase
    .from('games')
    .insert({ white_id: body.whiteId, black_id: body.blackId, result: body.result })
    .select()
    .single()

  if (error) throw createError({ statusCode: 500, statusMessage: error.message })
  return data
})
