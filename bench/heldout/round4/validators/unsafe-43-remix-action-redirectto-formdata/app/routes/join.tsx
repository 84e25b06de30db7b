import type { ActionFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useSearchParams } from "@remix-run/react";
import { createUser, getUserByEmail } from "~/models/user.server";
import { createUserSession } from "~/session.server";

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const email = String(formData.get("email") || "");
  const password = String(formData.get("password") || "");
  const redirectTo = String(formData.get("redirectTo") || "/notes");

  if (password.length < 8) {
    return json({ errors: { password: "Password is too short" } }, { status: 400 });
  }
  if (await getUserByEmail(email)) {
    return json({ errors: { email: "A user already exists with this email" } }, { status: 400 });
  }

  const user = await createUser(email, password);
  const cookie = await createUserSession(request, user.id);

  return redirect(redirectTo, { headers: { "Set-Cookie": cookie } });
}

export default function Join() {
  const [searchParams] = useSearchParams();
  return (
    <Form method="post">
      <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? undefined} />
      <input name="email" type="email" />
      <input name="password" type="password" />
      <button type="submit">Create account</button>
    </Form>
  );
}
