import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { inAppPath } from "~/utils/safe-path.server";
import { authenticate, commitUserSession } from "~/session.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const session = await authenticate(String(form.get("email")), String(form.get("password")));
  if (!session) return { error: "Invalid email or password" };
  return redirect(inAppPath(form.get("redirectTo")), {
    headers: { "Set-Cookie": await commitUserSession(session) },
  });
}

export default function Login() {
  const data = useActionData<typeof action>();
  return (
    <Form method="post">
      <input name="email" type="email" />
      <input name="password" type="password" />
      {data?.error ? <p>{data.error}</p> : null}
      <button type="submit">Log in</button>
    </Form>
  );
}
