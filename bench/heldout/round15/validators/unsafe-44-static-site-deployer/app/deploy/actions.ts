"use server";

import { execSync } from "child_process";
import { randomUUID } from "crypto";
import { auth } from "@/auth";
import { prisma } from "@/lib/prisma";

export async function importRepository(formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) throw new Error("Unauthorized");

  const repoUrl = formData.get("repoUrl") as string;
  const branch = (formData.get("branch") as string) || "main";
  const dir = `/tmp/builds/${randomUUID()}`;

  execSync("git clone --depth 1 --branch " + branch + " " + repoUrl + " " + dir, { stdio: "inherit" });

  const site = await prisma.site.create({
    data: { ownerId: session.user.id, repoUrl, branch, workdir: dir, status: "cloned" },
  });
  return { id: site.id };
}
