import type { ActionFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useSearchParams } from "@remix-run/react";
import { verifyLogin } from "~/models/user.server";
import { createUserSession } from "~/session.server";
import { safeRedirect } from "~/utils";

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const email = String(formData.get("email"));
  const password = String(formData.get("password"));
  const redirectTo = safeRedirect(formData.get("redirectTo"), "/notes");

  const user = await verifyLogin(email, password);
  if (!user) {
    return json({ errors: { email: "Invalid email or password" } }, { status: 400 });
  }
  return createUserSession({ request, userId: user.id, redirectTo });
}

export default function LoginPage() {
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") || "/notes";
  return (
    <Form method="post">
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <input name="email" type="email" />
      <input name="password" type="password" />
      <button type="submit">Log in</button>
    </Form>
  );
}
