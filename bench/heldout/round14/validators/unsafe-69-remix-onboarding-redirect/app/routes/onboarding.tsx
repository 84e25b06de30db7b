import { json, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { requireUserId } from "~/session.server";
import { updateProfile } from "~/models/profile.server";

export async function action({ request }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const formData = await request.formData();
  const displayName = formData.get("displayName");
  if (typeof displayName !== "string" || displayName.length < 2) {
    return json({ error: "Name too short" }, { status: 400 });
  }
  await updateProfile(userId, { displayName });
  return redirect((formData.get("redirectTo") as string) ?? "/home");
}

export default function Onboarding() {
  return (
    <Form method="post">
      <input name="displayName" />
      <input type="hidden" name="redirectTo" value="/home" />
      <button type="submit">Continue</button>
    </Form>
  );
}
