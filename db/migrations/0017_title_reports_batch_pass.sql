CREATE TABLE `title_plan_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`plan_id` integer NOT NULL,
	`org_id` integer NOT NULL,
	`file_id` integer NOT NULL,
	`created_by` integer,
	`created_by_name` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`plan_id`) REFERENCES `title_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `title_plan_reports_plan_org_idx` ON `title_plan_reports` (`plan_id`,`org_id`);--> statement-breakpoint
ALTER TABLE `submission_batches` ADD `report_id` integer REFERENCES title_plan_reports(id);--> statement-breakpoint
CREATE INDEX `submission_batches_report_idx` ON `submission_batches` (`report_id`);--> statement-breakpoint
ALTER TABLE `title_plans` ADD `batch_pass_allowed` integer DEFAULT true NOT NULL;