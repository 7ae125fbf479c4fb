ALTER TABLE "cm_network_settings" ADD COLUMN "academy_path_id" uuid;--> statement-breakpoint
ALTER TABLE "cm_network_settings" ADD CONSTRAINT "cm_network_settings_academy_path_id_learning_paths_id_fkey" FOREIGN KEY ("academy_path_id") REFERENCES "learning_paths"("id") ON DELETE SET NULL;
