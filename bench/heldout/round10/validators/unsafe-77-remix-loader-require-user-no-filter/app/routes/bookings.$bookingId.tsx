import { json, type LoaderFunctionArgs, type ActionFunctionArgs, redirect } from "@remix-run/node";
import { useLoaderData, Form } from "@remix-run/react";
import { prisma } from "~/db.server";
import { requireUserId } from "~/session.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireUserId(request);
  const booking = await prisma.booking.findUnique({
    where: { id: params.bookingId },
    include: { slot: true, guest: { select: { name: true, email: true, phone: true } } },
  });
  if (!booking) throw new Response("Not found", { status: 404 });
  return json({ booking });
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireUserId(request);
  await prisma.booking.delete({ where: { id: params.bookingId } });
  return redirect("/bookings");
}

export default function BookingPage() {
  const { booking } = useLoaderData<typeof loader>();
  return (
    <div className="p-6">
      <h1>{new Date(booking.slot.startsAt).toLocaleString()}</h1>
      <p>{booking.guest.name} · {booking.guest.email}</p>
      <Form method="post"><button>Cancel booking</button></Form>
    </div>
  );
}
