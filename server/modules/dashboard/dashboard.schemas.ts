import { z } from 'zod';

/** A number on the dashboard and the list it opens: the react-admin resource and the filter that yields it. */
export const Kpi = z.object({ value: z.number(), resource: z.string(), filter: z.record(z.string(), z.unknown()) });

/** The answer of GET /api/dashboard/kpis; a section is present only when the caller's roles do that work. */
export const KpisResponse = z.object({
  today: z.string(),
  appeals: z
    .object({
      from: z.string(),
      to: z.string(),
      days: z.array(z.object({ date: z.string(), received: Kpi, decided: Kpi })),
      compliance: z.object({ percent: z.number().nullable(), onTime: z.number(), decided: Kpi }),
      backlog: z.array(Kpi.extend({ assigneeId: z.number().nullable(), name: z.string().nullable() })),
      oldest: z
        .object({
          id: z.number(),
          name: z.string(),
          submittedAt: z.string(),
          dueDate: z.string(),
          waitingDays: z.number(),
        })
        .nullable(),
    })
    .optional(),
  units: z
    .object({
      weekStart: z.string(),
      pendingActivation: Kpi,
      activatedThisWeek: Kpi,
      atQuota: Kpi,
      days: z.array(z.object({ date: z.string(), activated: Kpi })),
    })
    .optional(),
  titles: z
    .object({
      plans: z.array(
        z.object({
          planId: z.number(),
          planName: z.string(),
          levels: z.array(z.object({ level: z.string(), reached: Kpi, passed: Kpi, returned: Kpi, rejected: Kpi })),
        }),
      ),
    })
    .optional(),
});
