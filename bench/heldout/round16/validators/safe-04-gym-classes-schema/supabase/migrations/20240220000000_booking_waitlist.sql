alter table public.class_bookings add column waitlisted boolean not null default false;
create index class_bookings_class_idx on public.class_bookings (class_id, booked_at);
