ALTER TABLE `title_applications` ADD `level_since` text;--> statement-breakpoint
ALTER TABLE `title_applications` ADD `level_pauses` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `title_applications` ADD `due_date` text;--> statement-breakpoint
CREATE INDEX `title_apps_current_due_idx` ON `title_applications` (`current_org_id`,`status`,`due_date`);--> statement-breakpoint
CREATE INDEX `title_apps_due_idx` ON `title_applications` (`due_date`);--> statement-breakpoint
ALTER TABLE `title_plans` ADD `level_deadline_days` integer DEFAULT 10 NOT NULL;