begin;

create table public.bookings_new (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  slot_start timestamptz not null,
  slot_end timestamptz not null,
  notes text,
  constraint no_overlap exclude using gist (tstzrange(slot_start, slot_end) with &&)
);

insert into public.bookings_new (user_id, slot_start, slot_end, notes)
select user_id, slot_start, slot_end, notes from public.bookings;

drop table public.bookings;
alter table public.bookings_new rename to bookings;

commit;
