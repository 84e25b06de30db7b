export { db as store } from "./supabase";
