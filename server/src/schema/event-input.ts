import { z } from 'zod';
import { REMINDER_MINUTES, scheduleFrom } from '../agenda/schedule';
import type { EventDetails } from '../agenda/write';
import { builder, type PothosTypes } from './builder';
import { Community } from './community';
import { User } from './user';
import { fields, message } from './validation';

const MAX_CAPACITY = 100_000;
const url = z
  .string()
  .trim()
  .max(500, message('validation.tooLong', { max: 500 }))
  .refine((value) => /^https?:\/\/\S+$/i.test(value), message('validation.url'));

const EventFrequency = builder.enumType('EventFrequency', { values: ['weekly', 'monthly'] as const });

const EventRecurrenceInput = builder.inputType('EventRecurrenceInput', {
  description: 'A series ends with until or count, at most two years after its first occurrence.',
  fields: (t) => ({
    frequency: t.field({ type: EventFrequency, required: true }),
    interval: t.int({
      description: 'Every N weeks or months (default 1).',
      validate: z
        .number()
        .int()
        .min(1)
        .max(12, message('validation.tooMany', { max: 12 })),
    }),
    until: t.field({ type: 'DateTime' }),
    count: t.int({
      validate: z
        .number()
        .int()
        .min(1)
        .max(104, message('validation.tooMany', { max: 104 })),
    }),
  }),
});

type InputFields = PothosSchemaTypes.InputFieldBuilder<
  PothosSchemaTypes.ExtendDefaultTypes<PothosTypes>,
  'InputObject'
>;

/** The fields of the event form, shared by creating and editing. */
const detailFields = (t: InputFields) => ({
  title: t.string({ required: true, validate: fields.text(150) }),
  description: t.string({
    validate: z
      .string()
      .trim()
      .max(10_000, message('validation.tooLong', { max: 10_000 })),
  }),
  startsAt: t.field({ type: 'DateTime', required: true }),
  endsAt: t.field({ type: 'DateTime', required: true }),
  timeZone: t.string({ required: true, validate: fields.timeZone() }),
  allDay: t.boolean(),
  recurrence: t.field({ type: EventRecurrenceInput }),
  location: t.string({
    validate: z
      .string()
      .trim()
      .max(300, message('validation.tooLong', { max: 300 })),
  }),
  onlineUrl: t.string({ validate: url }),
  reminderMinutes: t.intList({
    description:
      'Minutes before each occurrence when those going or maybe are reminded: 1440 (the day before) and/or 60; left out: both; empty: none.',
    validate: z
      .array(z.number())
      .max(REMINDER_MINUTES.length)
      .refine((list) => list.every((minutes) => (REMINDER_MINUTES as readonly number[]).includes(minutes)), {
        message: message('validation.reminders'),
      }),
  }),
  capacity: t.int({
    validate: z
      .number()
      .int()
      .min(1, message('validation.capacity', { max: MAX_CAPACITY }))
      .max(MAX_CAPACITY, message('validation.capacity', { max: MAX_CAPACITY })),
  }),
});

export const CreateEventInput = builder.inputType('CreateEventInput', {
  fields: (t) => ({
    communityId: t.globalID({ for: Community, description: 'Leave out for a company event.' }),
    ...detailFields(t),
    organiserIds: t.globalIDList({
      for: User,
      description: 'Organisers besides the creator (members of the community for a community event).',
    }),
  }),
});

export const UpdateEventInput = builder.inputType('UpdateEventInput', {
  description: 'The whole form: fields left out are cleared (capacity: no limit), organisers excepted.',
  fields: (t) => ({
    ...detailFields(t),
    organiserIds: t.globalIDList({ for: User, description: 'Every organiser; left out: unchanged.' }),
  }),
});

type DetailsInput = {
  title: string;
  description?: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  allDay?: boolean | null;
  recurrence?: {
    frequency: 'weekly' | 'monthly';
    interval?: number | null;
    until?: Date | null;
    count?: number | null;
  } | null;
  location?: string | null;
  onlineUrl?: string | null;
  capacity?: number | null;
  reminderMinutes?: number[] | null;
  organiserIds?: { id: string }[] | null;
};

/** The form's input as the domain functions take it, dates checked. */
export function eventDetails(input: DetailsInput): EventDetails {
  return {
    title: input.title,
    description: input.description ?? '',
    schedule: scheduleFrom({
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      timeZone: input.timeZone,
      allDay: input.allDay ?? false,
      recurrence: input.recurrence
        ? {
            frequency: input.recurrence.frequency,
            interval: input.recurrence.interval ?? 1,
            until: input.recurrence.until ?? null,
            count: input.recurrence.count ?? null,
          }
        : null,
    }),
    location: input.location || null,
    onlineUrl: input.onlineUrl || null,
    capacity: input.capacity ?? null,
    reminderMinutes: [...new Set(input.reminderMinutes ?? REMINDER_MINUTES)],
    organiserIds: input.organiserIds?.map((person) => person.id) ?? null,
  };
}
