import { createBrowserClient } from '@supabase/ssr'

const supabaseUrl = process.env.NEXT_PUBLIC_SUPABASE_URL as string
// Using the service key here so the admin page can list all users
const supabaseKey = process.env.NEXT_PUBLIC_SUPABASE_SERVICE_ROLE_KEY as string

export const supabase = createBrowserClient(supabaseUrl, supabaseKey)
