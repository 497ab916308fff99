-- Version 14: others' changes reach every open window without a restart. Each statement that changes a
-- table whose rows a window shows notifies the channel `jobdesk_changes` at commit, with the writing
-- session's backend id as payload, so a window can tell its own writes from the others'
-- (models/store/librarywatcher.h). PostgreSQL sends notifications only when the transaction commits
-- and folds identical ones within it: a large import is one notification, not one per row.
-- A later migration that adds such a table adds its trigger the same way.
CREATE FUNCTION jobdesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('jobdesk_changes', pg_backend_pid()::text);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    watched TEXT;
BEGIN
    FOREACH watched IN ARRAY ARRAY['listings', 'annotations', 'stages', 'tags', 'listing_tags', 'skills',
                                   'listing_skills', 'profiles', 'profile_skills', 'saved_searches',
                                   'hide_rules', 'listing_events', 'contacts', 'listing_contacts',
                                   'openings', 'pipeline_stages', 'pipelines', 'profile_tags'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION jobdesk_notify_change()',
                       watched || '_notify_change', watched);
    END LOOP;
END
$$;
