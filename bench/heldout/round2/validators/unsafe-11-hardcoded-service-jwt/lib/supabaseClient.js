import { createClient } from '@supabase/supabase-js'

const SUPABASE_URL = 'https://qkvzrtplmhxwyanbdoce.supabase.co'
const SUPABASE_KEY =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6InFrdnpydHBsbWh4d3lhbmJkb2NlIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcxMzk0NTIwMCwiZXhwIjoyMDI5NTIxMjAwfQ.Xq3rT8vLw2NfKp0sYc7HdJm4aBvE9uGzR1tPoWiQeLs'

export const supabase = createClient(SUPABASE_URL, SUPABASE_KEY)
