export { adminDb as db } from "./supabase";
export * from "./validation";
