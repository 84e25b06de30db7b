create or replace function public.rider_contacts(p_trip uuid)
returns table (rider_id uuid, email text, phone text)
language sql
security definer
set search_path = public
as $$
  select u.id, u.email::text, p.phone
    from public.trip_riders tr
    join auth.users u on u.id = tr.rider_id
    join public.profiles p on p.id = tr.rider_id
   where tr.trip_id = p_trip;
$$;

grant execute on function public.rider_contacts(uuid) to anon, authenticated;
