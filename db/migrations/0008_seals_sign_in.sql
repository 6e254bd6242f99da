CREATE TABLE `seal_grants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`seal_id` integer NOT NULL,
	`person_name` text NOT NULL,
	`id_type` text NOT NULL,
	`id_number` text NOT NULL,
	`valid_from` text NOT NULL,
	`valid_to` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`revoked_reason` text,
	`revoked_at` text,
	`granted_by_name` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`seal_id`) REFERENCES `seals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `seal_grants_seal_idx` ON `seal_grants` (`seal_id`,`status`);--> statement-breakpoint
CREATE INDEX `seal_grants_person_idx` ON `seal_grants` (`id_number`);--> statement-breakpoint
CREATE TABLE `seals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer NOT NULL,
	`type` text NOT NULL,
	`name` text NOT NULL,
	`status` text NOT NULL,
	`applied_by_name` text NOT NULL,
	`applied_by_role` text NOT NULL,
	`voided_at` text,
	`void_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `seals_unit_type_idx` ON `seals` (`unit_id`,`type`,`status`);--> statement-breakpoint
CREATE INDEX `seals_status_idx` ON `seals` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `sign_in_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` integer,
	`uscc` text NOT NULL,
	`method` text NOT NULL,
	`name` text NOT NULL,
	`id_number_masked` text NOT NULL,
	`id_hash` text NOT NULL,
	`outcome` text NOT NULL,
	`reason` text,
	`at` text NOT NULL,
	`received_at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sign_in_events_unit_idx` ON `sign_in_events` (`unit_id`,`at`);--> statement-breakpoint
CREATE INDEX `sign_in_events_at_idx` ON `sign_in_events` (`at`);--> statement-breakpoint
CREATE INDEX `sign_in_events_hash_idx` ON `sign_in_events` (`id_hash`,`method`,`at`);