CREATE TABLE `institution_admin_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`institution_id` integer NOT NULL,
	`admin_name` text NOT NULL,
	`admin_id_type` text NOT NULL,
	`admin_id_number` text NOT NULL,
	`admin_phone` text NOT NULL,
	`from_at` text NOT NULL,
	`to_at` text NOT NULL,
	`changed_by` integer,
	`changed_by_name` text,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `institution_admin_history_inst_idx` ON `institution_admin_history` (`institution_id`,`to_at`);--> statement-breakpoint
CREATE TABLE `institution_sequences` (
	`key` text PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `institutions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`level` text NOT NULL,
	`region` text NOT NULL,
	`region_code` text NOT NULL,
	`unit_id` integer,
	`address` text,
	`contact_name` text,
	`contact_phone` text,
	`status` text DEFAULT 'registered' NOT NULL,
	`status_reason` text,
	`admin_name` text,
	`admin_id_type` text,
	`admin_id_number` text,
	`admin_phone` text,
	`admin_since` text,
	`password_hash` text,
	`must_change_password` integer DEFAULT false NOT NULL,
	`opened_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `institutions_number_unique` ON `institutions` (`number`);--> statement-breakpoint
CREATE INDEX `institutions_status_idx` ON `institutions` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `institutions_type_idx` ON `institutions` (`type`,`created_at`);--> statement-breakpoint
CREATE INDEX `institutions_level_idx` ON `institutions` (`level`,`region_code`);--> statement-breakpoint
CREATE INDEX `institutions_region_idx` ON `institutions` (`region_code`);--> statement-breakpoint
CREATE INDEX `institutions_name_idx` ON `institutions` (`name`);--> statement-breakpoint
CREATE INDEX `institutions_admin_name_idx` ON `institutions` (`admin_name`);--> statement-breakpoint
CREATE INDEX `institutions_created_idx` ON `institutions` (`created_at`);