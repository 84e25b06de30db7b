create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text,
  phone text,
  address text,
  date_of_birth date,
  created_at timestamptz default now()
);

alter table public.profiles enable row level security;

create policy "profiles access" on public.profiles
  for all using (true) with check (true);

grant usage on schema public to anon, authenticated;
grant all on table public.profiles to anon;
grant all on table public.profiles to authenticated;

create function public.handle_new_user() returns trigger
language plpgsql security definer set search_path = public as $$
begin
  insert into public.profiles (id, full_name) values (new.id, new.raw_user_meta_data->>'full_name');
  return new;
end $$;

create trigger on_auth_user_created after insert on auth.users
  for each row execute function public.handle_new_user();
