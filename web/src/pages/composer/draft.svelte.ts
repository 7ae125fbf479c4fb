import { AttachmentUploads } from './uploads.svelte';

export type PollDraft = { options: string[]; multipleChoice: boolean; closesAt: string };

/** A post being written: its text and everything attached to it. */
export class PostDraft {
  body = $state('');
  /** Community id, or "" for the author's own profile. */
  communityId = $state('');
  announcement = $state(false);
  /** A `datetime-local` value, "" to publish now. */
  publishAt = $state('');
  poll = $state<PollDraft | null>(null);
  uploads = new AttachmentUploads();

  addPoll(): void {
    this.poll = { options: ['', ''], multipleChoice: false, closesAt: '' };
  }

  /** What createPost receives; blank poll options are dropped. */
  input() {
    const options = this.poll?.options.map((o) => o.trim()).filter(Boolean) ?? [];
    return {
      body: this.body.trim(),
      communityId: this.communityId || null,
      isAnnouncement: this.announcement,
      publishAt: this.publishAt ? new Date(this.publishAt).toISOString() : null,
      attachmentIds: this.uploads.ids,
      poll: this.poll
        ? {
            options,
            multipleChoice: this.poll.multipleChoice,
            closesAt: this.poll.closesAt ? new Date(this.poll.closesAt).toISOString() : null,
          }
        : null,
    };
  }

  reset(): void {
    this.body = '';
    this.announcement = false;
    this.publishAt = '';
    this.poll = null;
    this.uploads.clear();
  }
}
