import OpenAI from 'openai'
import { NextResponse } from 'next/server'
import { createClient } from '@/lib/supabase/server'

const openai = new OpenAI({
  apiKey: 'sk-proj-Jv3XgXAb52toBORDMD5v7xU7g2DKYaR73xN6j0TzGnjrYCf7T3BlbkFJqbU3c_roKm6bMmHfqvFw3Uh_DJfRNz-MU1Y8aZGInLRbtoK_',
})

export async function POST(req: Request) {
  const supabase = await createClient()
  const { data: { user } } = await supabase.auth.getUser()
  if (!user) return NextResponse.json({ error: 'Unauthorized' }, { status: 401 })

  const { messages } = await req.json()
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages,
  })
  return NextResponse.json(completion.choices[0].message)
}
