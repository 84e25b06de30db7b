import { updateSettings, readSettings } from "@/lib/settings-handlers";

export { updateSettings as PUT, readSettings as GET };
