export { db as supabase } from "./db";
export * from "./format";
