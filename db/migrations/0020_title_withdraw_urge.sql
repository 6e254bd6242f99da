CREATE TABLE `title_urges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`from_org_id` integer NOT NULL,
	`from_org_name` text NOT NULL,
	`held_org_id` integer NOT NULL,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`message` text NOT NULL,
	`day` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `title_applications`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`held_org_id`) REFERENCES `orgs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `title_urges_app_day_idx` ON `title_urges` (`application_id`,`day`);--> statement-breakpoint
CREATE INDEX `title_urges_held_idx` ON `title_urges` (`held_org_id`,`at`);--> statement-breakpoint
ALTER TABLE `submission_batch_items` ADD `withdrawn_at` text;--> statement-breakpoint
ALTER TABLE `title_applications` ADD `arrived_via` text;