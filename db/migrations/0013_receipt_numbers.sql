CREATE TABLE `unit_receipts` (
	`unit_id` integer PRIMARY KEY NOT NULL,
	`receipt_no` text NOT NULL,
	`handler_name` text NOT NULL,
	`handler_id_type` text NOT NULL,
	`handler_id_number` text NOT NULL,
	`handler_phone` text NOT NULL,
	`staff_id` integer,
	`staff_name` text,
	`at` text NOT NULL,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unit_receipts_receiptNo_unique` ON `unit_receipts` (`receipt_no`);