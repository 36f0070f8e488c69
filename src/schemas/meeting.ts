/**
 * Meetings of participation bodies (PRODUCT.md §3.5), in `content/meetings/<lang>/<id>.mdx`.
 * The body text is the summary or minutes, and is published: it is scanned for personal data.
 */
import * as z from 'zod';
import { clockTime, oneOf, ref, report, requiredDate, requiredText, type FieldDoc } from './fields.ts';
import { httpsUrl, listItem, listOf, type ItemNoun } from './content-fields.ts';

export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;

const doc = {
  body: {
    fi: 'Kokoontuva toimielin (toimielimen tunnus).',
    sv: 'Organet som sammanträder (organets id).',
    en: 'The body that meets (the body slug).',
  },
  date: { fi: 'Kokouspäivä.', sv: 'Mötesdag.', en: 'The day of the meeting.' },
  start: { fi: 'Alkamisaika, HH:MM.', sv: 'Starttid, HH:MM.', en: 'Start time, HH:MM.' },
  end: { fi: 'Päättymisaika, HH:MM.', sv: 'Sluttid, HH:MM.', en: 'End time, HH:MM.' },
  place: { fi: 'Kokouspaikka.', sv: 'Mötesplats.', en: 'Where the meeting is held.' },
  status: {
    fi: 'Tila: suunniteltu, pidetty tai peruttu.',
    sv: 'Status: planerat, hållet eller inställt.',
    en: 'Status: planned, held or cancelled.',
  },
  agenda: { fi: 'Esityslistan asiat.', sv: 'Ärendena på föredragningslistan.', en: 'The items on the agenda.' },
  agendaItem: { fi: 'Yksi esityslistan asia.', sv: 'Ett ärende på föredragningslistan.', en: 'One agenda item.' },
  online: {
    fi: 'Linkki etäosallistumiseen.',
    sv: 'Länk för att delta på distans.',
    en: 'A link for taking part online.',
  },
} satisfies Record<string, FieldDoc>;

const AGENDA_ITEM: ItemNoun = {
  one: { fi: 'esityslistan kohta', sv: 'punkt på föredragningslistan', en: 'agenda item' },
  plural: { fi: 'esityslistan kohdat', sv: 'punkterna på föredragningslistan', en: 'agenda items' },
  counted: { fi: 'esityslistan kohtaa', sv: 'punkter på föredragningslistan', en: 'agenda items' },
};

export const MeetingSchema = z
  .object({
    /** The slug of the body that meets. */
    body: ref(doc.body),
    /** The day of the meeting. */
    date: requiredDate(doc.date),
    /** Start time, HH:MM. */
    start: clockTime(doc.start),
    /** End time, HH:MM, after the start. */
    end: clockTime(doc.end),
    /** Where the meeting is held. */
    place: requiredText(doc.place, { max: 300 }),
    /** planned, held or cancelled; a held meeting in the past should have minutes. */
    status: oneOf(
      doc.status,
      { fi: 'kelvollinen kokouksen tila', sv: 'en giltig mötesstatus', en: 'a meeting status' },
      MEETING_STATUSES,
      {
        synonyms: {
          suunniteltu: 'planned',
          tuleva: 'planned',
          tulossa: 'planned',
          planerat: 'planned',
          planerad: 'planned',
          kommande: 'planned',
          pidetty: 'held',
          pidetään: 'planned',
          hållet: 'held',
          hållen: 'held',
          peruttu: 'cancelled',
          peruutettu: 'cancelled',
          inställt: 'cancelled',
          inställd: 'cancelled',
          canceled: 'cancelled',
        },
      },
    ),
    /** The items on the agenda, one per line. */
    agenda: listOf(doc.agenda, listItem(doc.agendaItem, { max: 500 }), {
      itemNoun: AGENDA_ITEM,
      example: '"- Kouluruoan teemaviikko"',
    }),
    /** A link for taking part online (https). */
    online: httpsUrl(doc.online),
  })
  .superRefine((m, ctx) => {
    if (m.start !== undefined && m.end !== undefined && m.end <= m.start) {
      report(
        ctx,
        {
          fi: `ei ole alkamisajan ${m.start} jälkeen.`,
          sv: `är inte efter starttiden ${m.start}.`,
          en: `is not after the start time ${m.start}.`,
        },
        {
          code: 'time.order',
          value: m.end,
          expected: {
            fi: `myöhäisempi aika kuin ${m.start}`,
            sv: `en senare tid än ${m.start}`,
            en: `a time later than ${m.start}`,
          },
          fix: {
            fi: 'tarkista alkamis- ja päättymisaika',
            sv: 'kontrollera start- och sluttiden',
            en: 'check the start and end times',
          },
        },
        ['end'],
      );
    }
  });

/**
 * A translation gives the words; date, times and status come from the default-language file.
 * The place is required as it is there; a left-out agenda is shown in the default language.
 */
export const MeetingTranslationSchema = z.object({
  place: requiredText(doc.place, { max: 300 }),
  agenda: listOf(doc.agenda, listItem(doc.agendaItem, { max: 500 }), {
    itemNoun: AGENDA_ITEM,
    example: '"- Skolmatens temavecka"',
  }).optional(),
});

export type Meeting = z.output<typeof MeetingSchema>;
export type MeetingTranslation = z.output<typeof MeetingTranslationSchema>;
