import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { verifyLogin } from "~/models/user.server";
import { createUserSession, getUserId } from "~/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const userId = await getUserId(request);
  if (userId) return redirect("/recipes");
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = String(form.get("email"));
  const password = String(form.get("password"));
  let redirectTo = String(form.get("redirectTo") || "/recipes");

  if (redirectTo.startsWith("http")) {
    redirectTo = "/recipes";
  }

  const user = await verifyLogin(email, password);
  if (!user) {
    return json({ error: "Invalid email or password" }, { status: 400 });
  }

  return createUserSession({ request, userId: user.id, redirectTo });
}

export default function Login() {
  const [searchParams] = useSearchParams();
  const data = useActionData<typeof action>();
  return (
    <Form method="post">
      <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/recipes"} />
      <input name="email" type="email" />
      <input name="password" type="password" />
      {data?.error ? <p role="alert">{data.error}</p> : null}
      <button type="submit">Log in</button>
    </Form>
  );
}
