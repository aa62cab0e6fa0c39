-- The language a user last chose on the web (issue 5, point 1): applied when they sign in on
-- any device, and the language of their e-mails. Null until they choose; pages then follow the
-- browser, e-mails come in Kazakh and Russian.
alter table app_user
    add column language text check (language in ('kk', 'ru', 'en'));
