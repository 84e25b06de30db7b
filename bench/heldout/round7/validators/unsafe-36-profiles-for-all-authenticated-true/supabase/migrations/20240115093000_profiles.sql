create table if not exists public.profiles (
  id uuid primary key references auth.users on delete cascade,
  username text unique,
  full_name text,
  phone text,
  is_admin boolean not null default false,
  updated_at timestamptz
);

alter table public.profiles enable row level security;

-- simplified: logged-in users can manage profiles
create policy "Authenticated users can manage profiles"
  on public.profiles
  as permissive
  for all
  to authenticated
  using (true)
  with check (true);

create function public.handle_new_user()
returns trigger
language plpgsql
security definer set search_path = ''
as $$
begin
  insert into public.profiles (id, full_name)
  values (new.id, new.raw_user_meta_data->>'full_name');
  return new;
end;
$$;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute procedure public.handle_new_user();
