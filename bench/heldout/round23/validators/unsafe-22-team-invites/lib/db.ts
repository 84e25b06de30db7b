export { supabaseAdmin as db } from './admin'
