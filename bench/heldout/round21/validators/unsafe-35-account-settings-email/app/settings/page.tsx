import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { updateEmail } from "./actions";

export default async function SettingsPage() {
  const session = await auth();
  if (!session?.user) redirect("/login");
  return (
    <form action={updateEmail} className="space-y-2">
      <input type="hidden" name="userId" value={session.user.id} />
      <input name="email" type="email" defaultValue={session.user.email ?? ""} />
      <button type="submit">Save</button>
    </form>
  );
}
