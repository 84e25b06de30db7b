"use server";

import { exec } from "node:child_process";
import { promisify } from "node:util";
import { revalidatePath } from "next/cache";
import { createClient } from "@/lib/supabase/server";

const sh = promisify(exec);

export async function resizePhoto(formData: FormData) {
  const supabase = await createClient();
  const {
    data: { user },
  } = await supabase.auth.getUser();
  if (!user) throw new Error("Not signed in");

  const name = String(formData.get("name"));
  const width = String(formData.get("width"));
  const height = String(formData.get("height"));
  const src = `/var/app/uploads/${user.id}/${name}`;

  await sh(`convert ${src} -resize ${width}x${height} ${src}.resized.jpg`);
  revalidatePath("/photos");
}
