-- Written by `npm run compose` from the registry (registry/src/subgraphs.ts): do not edit by hand.
-- One database and one account per subgraph: no subgraph can read another's tables.
-- Change these passwords (and the DATABASE_URLs in docker-compose.yml) before real use.
CREATE DATABASE IF NOT EXISTS wf_access CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS wf_profiles CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS wf_corporate CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS wf_loyalty CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS wf_communications CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'wf_access'@'%' IDENTIFIED BY 'wf-access';
CREATE USER IF NOT EXISTS 'wf_profiles'@'%' IDENTIFIED BY 'wf-profiles';
CREATE USER IF NOT EXISTS 'wf_corporate'@'%' IDENTIFIED BY 'wf-corporate';
CREATE USER IF NOT EXISTS 'wf_loyalty'@'%' IDENTIFIED BY 'wf-loyalty';
CREATE USER IF NOT EXISTS 'wf_communications'@'%' IDENTIFIED BY 'wf-communications';
GRANT ALL PRIVILEGES ON wf_access.* TO 'wf_access'@'%';
GRANT ALL PRIVILEGES ON wf_profiles.* TO 'wf_profiles'@'%';
GRANT ALL PRIVILEGES ON wf_corporate.* TO 'wf_corporate'@'%';
GRANT ALL PRIVILEGES ON wf_loyalty.* TO 'wf_loyalty'@'%';
GRANT ALL PRIVILEGES ON wf_communications.* TO 'wf_communications'@'%';
