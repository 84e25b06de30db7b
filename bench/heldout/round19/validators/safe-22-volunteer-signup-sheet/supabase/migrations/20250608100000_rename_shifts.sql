begin;
alter table public.volunteer_signups disable row level security;
update public.volunteer_signups set shift = lower(shift);
alter table public.volunteer_signups enable row level security;
commit;
