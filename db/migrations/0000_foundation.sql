CREATE TABLE `audit_logs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_id` integer,
	`actor_name` text,
	`action` text NOT NULL,
	`resource` text NOT NULL,
	`resource_id` text,
	`summary` text DEFAULT '' NOT NULL,
	`ip` text
);
--> statement-breakpoint
CREATE INDEX `audit_logs_at_idx` ON `audit_logs` (`at`);--> statement-breakpoint
CREATE INDEX `audit_logs_actor_idx` ON `audit_logs` (`actor_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_logs_resource_idx` ON `audit_logs` (`resource`,`resource_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_logs_action_idx` ON `audit_logs` (`action`,`at`);--> statement-breakpoint
CREATE TABLE `files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`storage_name` text NOT NULL,
	`original_name` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`owner_type` text NOT NULL,
	`owner_id` integer,
	`field` text NOT NULL,
	`uploaded_by` integer,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `files_storageName_unique` ON `files` (`storage_name`);--> statement-breakpoint
CREATE INDEX `files_owner_idx` ON `files` (`owner_type`,`owner_id`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`phone` text NOT NULL,
	`content` text NOT NULL,
	`secret` text,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text NOT NULL,
	`last_error` text,
	`sent_at` text,
	`provider` text,
	`related_type` text,
	`related_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `notifications_due_idx` ON `notifications` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `notifications_related_idx` ON `notifications` (`related_type`,`related_id`);--> statement-breakpoint
CREATE INDEX `notifications_created_idx` ON `notifications` (`created_at`);--> statement-breakpoint
CREATE TABLE `orgs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_id` integer,
	`region` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `orgs_parent_idx` ON `orgs` (`parent_id`);--> statement-breakpoint
CREATE INDEX `orgs_name_idx` ON `orgs` (`name`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` integer
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`roles` text NOT NULL,
	`org_id` integer,
	`phone` text,
	`status` text DEFAULT 'active' NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`last_login_at` text,
	`password_changed_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_username_unique` ON `staff` (`username`);--> statement-breakpoint
CREATE INDEX `staff_org_idx` ON `staff` (`org_id`);--> statement-breakpoint
CREATE INDEX `staff_name_idx` ON `staff` (`name`);--> statement-breakpoint
CREATE TABLE `staff_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`staff_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`ip` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `staff_sessions_staff_idx` ON `staff_sessions` (`staff_id`);--> statement-breakpoint
CREATE TABLE `unit_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`field` text NOT NULL,
	`old_value` text,
	`new_value` text,
	`source` text NOT NULL,
	`changed_by` integer,
	`changed_by_name` text,
	`at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unit_changes_unit_idx` ON `unit_changes` (`unit_id`,`at`);--> statement-breakpoint
CREATE TABLE `units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uscc` text NOT NULL,
	`name` text NOT NULL,
	`legal_person_type` text NOT NULL,
	`legal_rep_name` text NOT NULL,
	`id_type` text NOT NULL,
	`id_number` text NOT NULL,
	`id_valid_from` text NOT NULL,
	`id_valid_to` text,
	`phone` text NOT NULL,
	`account` text NOT NULL,
	`status` text NOT NULL,
	`channel` text NOT NULL,
	`region` text,
	`password_hash` text,
	`must_change_password` integer DEFAULT false NOT NULL,
	`admin_quota` integer DEFAULT 1 NOT NULL,
	`operator_quota` integer DEFAULT 10 NOT NULL,
	`admin_count` integer DEFAULT 0 NOT NULL,
	`operator_count` integer DEFAULT 0 NOT NULL,
	`registered_address` text,
	`registered_capital` text,
	`registration_date` text,
	`business_scope` text,
	`code_type` text,
	`industry` text,
	`approval_date` text,
	`approval_authority` text,
	`enterprise_status` text,
	`founding_date` text,
	`activated_at` text,
	`status_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `units_uscc_unique` ON `units` (`uscc`);--> statement-breakpoint
CREATE UNIQUE INDEX `units_account_unique` ON `units` (`account`);--> statement-breakpoint
CREATE INDEX `units_status_idx` ON `units` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `units_channel_idx` ON `units` (`channel`,`created_at`);--> statement-breakpoint
CREATE INDEX `units_created_idx` ON `units` (`created_at`);--> statement-breakpoint
CREATE INDEX `units_name_idx` ON `units` (`name`);