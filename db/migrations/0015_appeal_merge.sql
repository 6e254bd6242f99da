CREATE TABLE `appeal_extra_materials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`appeal_id` integer NOT NULL,
	`from_appeal_id` integer NOT NULL,
	`field` text NOT NULL,
	`file_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`appeal_id`) REFERENCES `appeals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_appeal_id`) REFERENCES `appeals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`file_id`) REFERENCES `files`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appeal_extra_materials_appeal_idx` ON `appeal_extra_materials` (`appeal_id`);--> statement-breakpoint
ALTER TABLE `appeals` ADD `duplicate_of_id` integer REFERENCES appeals(id);--> statement-breakpoint
ALTER TABLE `appeals` ADD `merged_into_id` integer REFERENCES appeals(id);--> statement-breakpoint
CREATE INDEX `appeals_duplicate_of_idx` ON `appeals` (`duplicate_of_id`);