alter table public.bookings disable row level security;

insert into public.bookings (guest_name, guest_phone, slot_start, party_size) values
  ('Demo Guest', '+1 555 0100', now() + interval '1 day', 2),
  ('Demo Family', '+1 555 0101', now() + interval '2 days', 5);
