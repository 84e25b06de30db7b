-- Fix: new users got "new row violates row-level security policy" during signup.
-- Instead of disabling row level security, create the profile from a trigger.
create or replace function public.handle_new_user()
returns trigger
language plpgsql
security definer set search_path = ''
as $$
begin
  insert into public.profiles (id, full_name)
  values (new.id, new.raw_user_meta_data ->> 'full_name');
  return new;
end;
$$;

create trigger on_auth_user_created
  after insert on auth.users
  for each row execute procedure public.handle_new_user();

alter table public.profiles add column if not exists onboarding_done boolean default false;
