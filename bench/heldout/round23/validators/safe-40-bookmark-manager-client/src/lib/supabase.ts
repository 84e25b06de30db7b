import { createClient } from '@supabase/supabase-js'

const SUPABASE_URL = 'https://ljfcpdtsosfgmkzfstgp.supabase.co'
const SUPABASE_ANON_KEY = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImxqZmNwZHRzb3NmZ21remZzdGdwIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MjMwNzA4ODEsImV4cCI6MjAzODQzMDg4MX0.S6ndL8syZK-K9jxumv-JlpeXhQRKpcw6WVBIgXPUOtF'

export const supabase = createClient(SUPABASE_URL, SUPABASE_ANON_KEY, {
  auth: { persistSession: true, autoRefreshToken: true },
})
