CREATE TABLE `business_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `business_items_name_unique` ON `business_items` (`name`);--> statement-breakpoint
CREATE TABLE `operators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`role` text NOT NULL,
	`name` text NOT NULL,
	`id_type` text NOT NULL,
	`id_number` text NOT NULL,
	`phone` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text NOT NULL,
	`manage_right` integer DEFAULT false NOT NULL,
	`business_item_ids` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `operators_unit_idx` ON `operators` (`unit_id`,`role`);--> statement-breakpoint
CREATE INDEX `operators_name_idx` ON `operators` (`name`);--> statement-breakpoint
CREATE INDEX `operators_valid_to_idx` ON `operators` (`valid_to`);--> statement-breakpoint
ALTER TABLE `unit_changes` ADD `reason` text;