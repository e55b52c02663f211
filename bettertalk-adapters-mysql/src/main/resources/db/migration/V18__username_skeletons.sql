-- What each anonymous username looks like: its UTS #39 skeleton, case-folded (the application's NameSkeletons), so
-- usernames that pass for each other (Iily_k and lily_k, rnentor and mentor) share one and one account holds it.
-- Written by the application when an account takes its username, since only it knows Unicode's data; migration 18.1,
-- in Java, gives the usernames taken before this theirs. Skeletons of usernames are ASCII, so no collation joins two.
ALTER TABLE users ADD COLUMN username_skeleton VARCHAR(80) NULL;
ALTER TABLE users ADD CONSTRAINT uq_users_username_skeleton UNIQUE (username_skeleton);
