import { attachmentUrl } from '../posts/attachments-route';
import { builder } from './builder';
import { Post } from './post';

const AttachmentKind = builder.enumType('AttachmentKind', { values: ['image', 'file'] as const });

builder.drizzleObject('postAttachments', {
  name: 'Attachment',
  description: 'An image or document attached to a post, served only to those who may read the post.',
  select: { columns: { id: true } },
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: AttachmentKind }),
    name: t.exposeString('name'),
    mimeType: t.exposeString('mimeType'),
    sizeBytes: t.exposeInt('sizeBytes'),
    width: t.exposeInt('width', { nullable: true, description: 'Of the display image.' }),
    height: t.exposeInt('height', { nullable: true }),
    url: t.string({ description: 'The file as uploaded.', resolve: (a) => attachmentUrl(a.id) }),
    displayUrl: t.string({
      nullable: true,
      description: 'A resized WebP of an image, for display.',
      select: { columns: { displayPath: true } },
      resolve: (a) => (a.displayPath ? `${attachmentUrl(a.id)}/display` : null),
    }),
  }),
});

builder.drizzleObjectField(Post, 'attachments', (t) =>
  t.relation('attachments', { query: { orderBy: { position: 'asc', id: 'asc' } } }),
);
