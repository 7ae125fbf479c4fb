ALTER TYPE "notification_kind" ADD VALUE 'webhook_disabled';
