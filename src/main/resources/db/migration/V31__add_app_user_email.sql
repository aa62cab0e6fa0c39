-- Where Jol may send a user's notifications by e-mail (issue 4, point 7). Optional: a user
-- without an address gets them in the application only.
alter table app_user
    add column email text check (email is null or (length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+$'));
