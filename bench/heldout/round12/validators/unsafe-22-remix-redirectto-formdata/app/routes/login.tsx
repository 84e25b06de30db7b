import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { verifyLogin } from "~/models/user.server";
import { createUserSession, getUserId } from "~/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await getUserId(request);
  if (userId) return redirect("/notes");
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  const email = String(formData.get("email") ?? "");
  const password = String(formData.get("password") ?? "");
  const redirectTo = String(formData.get("redirectTo") || "/notes");

  const user = await verifyLogin(email, password);
  if (!user) {
    return json({ error: "Invalid email or password" }, { status: 400 });
  }

  return createUserSession({ request, userId: user.id, remember: true, redirectTo });
}

export default function LoginPage() {
  const [searchParams] = useSearchParams();
  const redirectTo = searchParams.get("redirectTo") ?? "/notes";
  const actionData = useActionData<typeof action>();

  return (
    <Form method="post" className="space-y-4">
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <input name="email" type="email" required />
      <input name="password" type="password" required />
      {actionData?.error ? <p>{actionData.error}</p> : null}
      <button type="submit">Log in</button>
    </Form>
  );
}
