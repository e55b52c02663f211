-- Writers edit and delete their own posts and comments. An edit keeps one text, the latest, and when it was made; a
-- deleted one stays, with when it was deleted, for moderators' records, and like a hidden one is never read back.

ALTER TABLE group_posts ADD COLUMN edited_at DATETIME(6) NULL;
ALTER TABLE group_posts ADD COLUMN deleted_at DATETIME(6) NULL;
ALTER TABLE group_comments ADD COLUMN edited_at DATETIME(6) NULL;
ALTER TABLE group_comments ADD COLUMN deleted_at DATETIME(6) NULL;
