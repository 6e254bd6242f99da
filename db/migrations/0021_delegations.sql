CREATE TABLE `delegations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`org_id` integer NOT NULL,
	`delegator_id` integer NOT NULL,
	`delegate_id` integer NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`reason` text NOT NULL,
	`created_by_id` integer,
	`ended_at` text,
	`ended_by_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`delegator_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`delegate_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ended_by_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `delegations_delegator_idx` ON `delegations` (`delegator_id`,`end_date`);--> statement-breakpoint
CREATE INDEX `delegations_delegate_idx` ON `delegations` (`delegate_id`,`end_date`);--> statement-breakpoint
CREATE INDEX `delegations_org_idx` ON `delegations` (`org_id`,`id`);--> statement-breakpoint
ALTER TABLE `title_review_steps` ADD `on_behalf_of_id` integer REFERENCES staff(id);--> statement-breakpoint
ALTER TABLE `title_review_steps` ADD `on_behalf_of_name` text;