CREATE TABLE `review_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`marks` text NOT NULL,
	`result` text,
	`opinion` text DEFAULT '' NOT NULL,
	`return_to` text,
	`resubmit_to` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `title_applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_drafts_app_reviewer_idx` ON `review_drafts` (`application_id`,`reviewer_id`);--> statement-breakpoint
ALTER TABLE `audit_opinions` ADD `result` text;