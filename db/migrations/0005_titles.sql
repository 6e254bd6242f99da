CREATE TABLE `audit_opinions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`text` text NOT NULL,
	`owner_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_opinions_owner_idx` ON `audit_opinions` (`owner_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `submission_batch_items` (
	`batch_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	PRIMARY KEY(`batch_id`, `application_id`),
	FOREIGN KEY (`batch_id`) REFERENCES `submission_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `title_applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `submission_batch_items_app_idx` ON `submission_batch_items` (`application_id`);--> statement-breakpoint
CREATE TABLE `submission_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_org_id` integer NOT NULL,
	`to_org_id` integer NOT NULL,
	`attachment_file_id` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`application_count` integer NOT NULL,
	`created_by` integer,
	`created_by_name` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`from_org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`attachment_file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `submission_batches_from_idx` ON `submission_batches` (`from_org_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `submission_batches_to_idx` ON `submission_batches` (`to_org_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `submission_batches_created_idx` ON `submission_batches` (`created_at`);--> statement-breakpoint
CREATE TABLE `title_application_orgs` (
	`org_id` integer NOT NULL,
	`application_id` integer NOT NULL,
	`arrived_at` text NOT NULL,
	PRIMARY KEY(`org_id`, `application_id`),
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `title_applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `title_app_orgs_app_idx` ON `title_application_orgs` (`application_id`);--> statement-breakpoint
CREATE TABLE `title_applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`series` text NOT NULL,
	`level` text NOT NULL,
	`title_name` text,
	`applicant_name` text NOT NULL,
	`applicant_id_number` text NOT NULL,
	`applicant_phone` text NOT NULL,
	`unit_org_id` integer NOT NULL,
	`chain` text NOT NULL,
	`current_step` integer DEFAULT 0 NOT NULL,
	`current_org_id` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`assignee_id` integer,
	`returned_modules` text,
	`returned_from_step` integer,
	`resubmit_to` text,
	`revision` integer DEFAULT 1 NOT NULL,
	`submitted_at` text NOT NULL,
	`resubmitted_at` text,
	`decided_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `title_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`unit_org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`current_org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `title_apps_current_plan_idx` ON `title_applications` (`current_org_id`,`status`,`plan_id`);--> statement-breakpoint
CREATE INDEX `title_apps_current_submitted_idx` ON `title_applications` (`current_org_id`,`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `title_apps_plan_idx` ON `title_applications` (`plan_id`,`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `title_apps_status_idx` ON `title_applications` (`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `title_apps_assignee_idx` ON `title_applications` (`assignee_id`,`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `title_apps_unit_idx` ON `title_applications` (`unit_org_id`,`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `title_apps_level_idx` ON `title_applications` (`level`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `title_apps_series_idx` ON `title_applications` (`series`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `title_apps_name_idx` ON `title_applications` (`applicant_name`);--> statement-breakpoint
CREATE INDEX `title_apps_id_number_idx` ON `title_applications` (`applicant_id_number`);--> statement-breakpoint
CREATE INDEX `title_apps_submitted_idx` ON `title_applications` (`submitted_at`);--> statement-breakpoint
CREATE INDEX `title_apps_updated_idx` ON `title_applications` (`updated_at`);--> statement-breakpoint
CREATE TABLE `title_module_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`module` text NOT NULL,
	`revision` integer NOT NULL,
	`content` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `title_applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `title_module_versions_idx` ON `title_module_versions` (`application_id`,`module`,`revision`);--> statement-breakpoint
CREATE TABLE `title_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`series` text NOT NULL,
	`year` integer NOT NULL,
	`levels` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `title_plans_name_unique` ON `title_plans` (`name`);--> statement-breakpoint
CREATE INDEX `title_plans_year_idx` ON `title_plans` (`year`,`id`);--> statement-breakpoint
CREATE INDEX `title_plans_series_idx` ON `title_plans` (`series`);--> statement-breakpoint
CREATE TABLE `title_review_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`step` integer NOT NULL,
	`org_id` integer,
	`org_name` text,
	`org_level` text,
	`actor_id` integer,
	`actor_name` text,
	`result` text,
	`opinion` text,
	`module_errors` text,
	`return_to_org_id` integer,
	`return_to_name` text,
	`resubmit_to` text,
	`batch_id` integer,
	`detail` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `title_applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`return_to_org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `title_review_steps_app_idx` ON `title_review_steps` (`application_id`,`id`);