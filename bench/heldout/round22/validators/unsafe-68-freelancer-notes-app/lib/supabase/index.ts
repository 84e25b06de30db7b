export { createAdmin as getSupabase } from "./admin";
