import { z } from "zod";

const Settings = z.object({
  theme: z.enum(["light", "dark", "system"]),
  weekStartsOn: z.union([z.literal(0), z.literal(1)]),
  reminders: z.array(z.object({ time: z.string().regex(/^\d{2}:\d{2}$/), label: z.string().max(80) })).max(20),
});

export type Settings = z.infer<typeof Settings>;

export function importSettings(text: string): Settings {
  const raw: unknown = JSON.parse(text);
  return Settings.parse(raw);
}
